import { and, asc, eq } from 'drizzle-orm';
import { setCitizenLanguage } from '../citizens/citizen-language.js';
import type { Database } from '../db/database.js';
import { agencies, applications, services } from '../db/schema.js';
import { describeStatus } from '../domain/application-status.js';
import type { Capabilities } from '../engine/capabilities.js';
import { Language } from '../menu/menu-schema.js';
import { formatDate, formatKes } from '../text/kenyan-formats.js';

export interface CapabilityDeps {
  db: Database;
  now: () => number;
}

/** The data sources and actions the menus name, backed by the database. */
export function createUssdCapabilities({ db, now }: CapabilityDeps): Capabilities {
  return {
    sources: {
      /** Agencies that are live on the channel, alphabetical in the citizen's language. */
      agencies: async (ctx, { offset, limit }) => {
        const name = ctx.lang === 'sw' ? agencies.shortNameSw : agencies.shortNameEn;
        return db
          .select({ id: agencies.code, label: name })
          .from(agencies)
          .where(eq(agencies.onboardingState, 'live'))
          .orderBy(asc(name), asc(agencies.code))
          .limit(limit)
          .offset(offset);
      },

      /** The live services of the chosen agency (`agency`), alphabetical. */
      agency_services: async (ctx, { offset, limit }) => {
        const name = ctx.lang === 'sw' ? services.nameSw : services.nameEn;
        const rows = await db
          .select({ id: services.id, label: name })
          .from(services)
          .where(and(eq(services.agencyCode, ctx.vars.agency ?? ''), eq(services.status, 'live')))
          .orderBy(asc(name), asc(services.id))
          .limit(limit)
          .offset(offset);
        return rows.map((row) => ({ id: String(row.id), label: row.label }));
      },
    },

    actions: {
      load_service: async (ctx) => {
        const sw = ctx.lang === 'sw';
        const row = await db
          .select({ service: services, agencyName: sw ? agencies.nameSw : agencies.nameEn })
          .from(services)
          .innerJoin(agencies, eq(agencies.code, services.agencyCode))
          .where(and(eq(services.id, Number(ctx.vars.service)), eq(services.status, 'live')))
          .get();
        if (!row) return { outcome: 'not_found' };
        const { service } = row;
        return {
          outcome: 'found',
          vars: {
            service_name: sw ? service.nameSw : service.nameEn,
            agency_name: row.agencyName,
            fee: formatKes(service.feeKes),
            requirements: sw ? service.requirementsSw : service.requirementsEn,
            processing_time: sw ? service.processingTimeSw : service.processingTimeEn,
            description: sw ? service.descriptionSw : service.descriptionEn,
          },
        };
      },

      /**
       * An application is shown only to the phone that applied: any other phone gets the same
       * answer as a reference that does not exist, so nobody learns that it exists.
       */
      lookup_status: async (ctx) => {
        const reference = ctx.vars.reference ?? '';
        const sw = ctx.lang === 'sw';
        const row = await db
          .select({ application: applications, serviceName: sw ? services.nameSw : services.nameEn })
          .from(applications)
          .innerJoin(services, eq(services.id, applications.serviceId))
          .where(eq(applications.reference, reference))
          .get();
        if (!row || row.application.applicantPhone !== ctx.phone) return { outcome: 'not_found' };
        const { application } = row;
        const status = describeStatus(application.status, application.statusDetail, ctx.lang);
        return {
          outcome: 'found',
          vars: {
            service_name: row.serviceName,
            status: status.name,
            next_step: status.nextStep,
            updated: formatDate(application.updatedAt),
          },
        };
      },

      set_language: async (ctx) => {
        const lang = Language.parse(ctx.params.lang);
        await setCitizenLanguage(db, ctx.phone, lang, now());
        return { outcome: 'saved', lang };
      },
    },
  };
}
