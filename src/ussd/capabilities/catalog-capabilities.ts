import { and, asc, eq, exists, or, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { agencies, services } from '../../db/schema.js';
import { convenienceFee, totalPayable } from '../../domain/convenience-fee.js';
import { CATEGORY_NAMES, isCategory } from '../../domain/service-categories.js';
import type { Action, ListSource, StepContext } from '../../engine/capabilities.js';
import { queueSms } from '../../sms/queue-sms.js';
import { formatKes } from '../../text/kenyan-formats.js';
import type { CapabilityDeps } from './capability-deps.js';

/** Browsing the catalogue: by agency, by category, by a typed word; a service's details. */
export function catalogCapabilities({ db, now, onSmsQueued }: CapabilityDeps) {
  const serviceName = (ctx: StepContext) => (ctx.lang === 'sw' ? services.nameSw : services.nameEn);
  const live = eq(services.status, 'live');

  /** Services matching `where`, alphabetical in the citizen's language, labelled with their agency when it helps. */
  const serviceList = (where: (ctx: StepContext) => SQL | undefined, withAgency: boolean): ListSource =>
    async (ctx, { offset, limit }) => {
      const name = serviceName(ctx);
      const rows = await db
        .select({ id: services.id, name, agency: services.agencyCode })
        .from(services)
        .where(and(live, where(ctx)))
        .orderBy(alphabetical(name), asc(services.id))
        .limit(limit)
        .offset(offset);
      return rows.map((row) => ({ id: String(row.id), label: withAgency ? `${row.name} (${row.agency})` : row.name }));
    };

  const sources = {
    /** Agencies live on the channel with at least one live service, alphabetical in the citizen's language. */
    agencies: (async (ctx, { offset, limit }) => {
      const name = ctx.lang === 'sw' ? agencies.shortNameSw : agencies.shortNameEn;
      return db
        .select({ id: agencies.code, label: name })
        .from(agencies)
        .where(and(eq(agencies.onboardingState, 'live'), exists(db.select({ one: sql`1` }).from(services).where(and(eq(services.agencyCode, agencies.code), live)))))
        .orderBy(alphabetical(name), asc(agencies.code))
        .limit(limit)
        .offset(offset);
    }) satisfies ListSource,

    agency_services: serviceList((ctx) => eq(services.agencyCode, ctx.vars.agency ?? ''), false),

    /** The categories that have live services, alphabetical in the citizen's language. */
    categories: (async (ctx, { offset, limit }) => {
      const rows = await db.selectDistinct({ category: services.category }).from(services).where(live);
      return rows
        .map((row) => row.category)
        .filter(isCategory)
        .map((category) => ({ id: category, label: CATEGORY_NAMES[category][ctx.lang] }))
        .sort((a, b) => a.label.localeCompare(b.label))
        .slice(offset, offset + limit);
    }) satisfies ListSource,

    category_services: serviceList((ctx) => eq(services.category, ctx.vars.category ?? ''), true),

    /** Services whose name (either language) or agency code contains the typed word, any case. */
    search_services: serviceList((ctx) => {
      const word = ctx.vars.query ?? '';
      return or(contains(services.nameEn, word), contains(services.nameSw, word), contains(services.agencyCode, word));
    }, true),

    /** Services citizens can apply for by phone. */
    applicable_services: serviceList(() => eq(services.ussdApply, true), true),
  };

  const actions = {
    /** Sets the chosen service's details (and `can_apply`) for the details screen. */
    load_service: (async (ctx) => {
      const row = await findService(ctx);
      if (!row) return { outcome: 'not_found' };
      return { outcome: 'found', vars: describeService(ctx, row) };
    }) satisfies Action,

    /** Queues the service's details by SMS; asking twice in one session sends one SMS. */
    send_service_details: (async (ctx) => {
      const row = await findService(ctx);
      if (!row) return { outcome: 'not_found' };
      await queueSms(db, {
        kind: 'service_details',
        phone: ctx.phone,
        language: ctx.lang,
        dedupeKey: `service_details:${ctx.sessionId}:${row.service.id}`,
        now: now(),
        values: describeService(ctx, row),
      });
      onSmsQueued?.();
      return { outcome: 'queued' };
    }) satisfies Action,
  };

  async function findService(ctx: StepContext) {
    return db
      .select({ service: services, agencyName: ctx.lang === 'sw' ? agencies.nameSw : agencies.nameEn })
      .from(services)
      .innerJoin(agencies, eq(agencies.code, services.agencyCode))
      .where(and(eq(services.id, Number(ctx.vars.service)), live))
      .get();
  }

  return { sources, actions };
}

/** What the details screen and the details SMS say about a service, in the citizen's language. */
function describeService(ctx: StepContext, { service, agencyName }: { service: typeof services.$inferSelect; agencyName: string }) {
  const sw = ctx.lang === 'sw';
  return {
    service_name: sw ? service.nameSw : service.nameEn,
    agency_name: agencyName,
    agency_code: service.agencyCode,
    fee: formatKes(service.feeKes),
    convenience_fee: formatKes(convenienceFee(service.feeKes)),
    total: formatKes(totalPayable(service.feeKes)),
    requirements: sw ? service.requirementsSw : service.requirementsEn,
    processing_time: sw ? service.processingTimeSw : service.processingTimeEn,
    description: sw ? service.descriptionSw : service.descriptionEn,
    can_apply: service.ussdApply && service.applyFields ? 'yes' : 'no',
  };
}

/** A-Z as a citizen reads it: "KRA" among the K's, not before every lower-case letter. */
function alphabetical(column: SQLiteColumn): SQL {
  return sql`${column} collate nocase`;
}

/** Case-insensitive substring match; `%` and `_` typed by a citizen are matched literally. */
function contains(column: SQLiteColumn, word: string): SQL {
  const pattern = `%${word.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
  return sql`lower(${column}) like ${pattern} escape '\\'`;
}
