import { and, asc, count, desc, eq, gt, min } from 'drizzle-orm';
import { applicationEvents, applications, services, statusLookupFailures } from '../../db/schema.js';
import { describeStatus } from '../../domain/application-status.js';
import { ECITIZEN_PAYBILL, totalPayable } from '../../domain/convenience-fee.js';
import type { Action, ActionContext, ListSource, StepContext } from '../../engine/capabilities.js';
import { queueSms } from '../../sms/queue-sms.js';
import { formatDate, formatKes, formatTime } from '../../text/kenyan-formats.js';
import type { CapabilityDeps } from './capability-deps.js';

/** Five look-ups that find nothing within an hour lock a phone's look-ups until the oldest is an hour old. */
export const LOOKUP_LIMIT = 5;
export const LOOKUP_WINDOW_MS = 60 * 60 * 1000;

/** A citizen's own applications: status, history, payment. Nobody sees another phone's application. */
export function applicationCapabilities({ db, now }: CapabilityDeps) {
  /**
   * The application with this reference, only if this phone applied for it. Any other phone is
   * answered as for a reference that does not exist, so nobody learns that it exists, and the
   * miss counts towards the phone's look-up limit.
   */
  async function lookUp(ctx: ActionContext, reference: string) {
    const since = now() - LOOKUP_WINDOW_MS;
    const misses = await db
      .select({ misses: count(), oldest: min(statusLookupFailures.createdAt) })
      .from(statusLookupFailures)
      .where(and(eq(statusLookupFailures.phone, ctx.phone), gt(statusLookupFailures.createdAt, since)))
      .get();
    if ((misses?.misses ?? 0) >= LOOKUP_LIMIT) {
      return { locked: formatTime((misses?.oldest ?? now()) + LOOKUP_WINDOW_MS) } as const;
    }
    const found = await findApplication(ctx, eq(applications.reference, reference));
    if (found) return { found } as const;
    await db
      .insert(statusLookupFailures)
      .values({ phone: ctx.phone, idempotencyKey: ctx.idempotencyKey, createdAt: now() })
      .onConflictDoNothing();
    return {} as const;
  }

  async function findApplication(ctx: StepContext, which: ReturnType<typeof eq>) {
    const row = await db
      .select({ application: applications, serviceName: ctx.lang === 'sw' ? services.nameSw : services.nameEn, feeKes: services.feeKes })
      .from(applications)
      .innerJoin(services, eq(services.id, applications.serviceId))
      .where(and(which, eq(applications.applicantPhone, ctx.phone)))
      .get();
    return row ?? null;
  }

  /** The variables the status, details and payment screens show. */
  function describe(ctx: StepContext, row: NonNullable<Awaited<ReturnType<typeof findApplication>>>) {
    const { application } = row;
    const status = describeStatus(application.status, application.statusDetail, ctx.lang);
    const open = !['rejected', 'cancelled', 'collected'].includes(application.status);
    return {
      reference: application.reference,
      service_name: row.serviceName,
      status: status.name,
      next_step: status.nextStep,
      updated: formatDate(application.updatedAt),
      fee_due: open && application.feeDueKes > 0 ? 'yes' : 'no',
      total: formatKes(totalPayable(application.feeDueKes)),
      paybill: ECITIZEN_PAYBILL,
    };
  }

  const sources = {
    /** The dialling phone's applications, newest first. */
    my_applications: (async (ctx, { offset, limit }) => {
      const rows = await db
        .select({ id: applications.id, status: applications.status, detail: applications.statusDetail, name: ctx.lang === 'sw' ? services.nameSw : services.nameEn })
        .from(applications)
        .innerJoin(services, eq(services.id, applications.serviceId))
        .where(eq(applications.applicantPhone, ctx.phone))
        .orderBy(desc(applications.createdAt), desc(applications.id))
        .limit(limit)
        .offset(offset);
      return rows.map((row) => ({ id: String(row.id), label: `${row.name} - ${describeStatus(row.status, row.detail, ctx.lang).name}` }));
    }) satisfies ListSource,
  };

  const actions = {
    lookup_status: (async (ctx) => {
      const result = await lookUp(ctx, ctx.vars.reference ?? '');
      if (result.locked) return { outcome: 'locked', vars: { locked_until: result.locked } };
      if (!result.found) return { outcome: 'not_found' };
      return { outcome: 'found', vars: describe(ctx, result.found) };
    }) satisfies Action,

    /** One of the phone's own applications, chosen from its list, with its history. */
    load_application: (async (ctx) => {
      const row = await findApplication(ctx, eq(applications.id, Number(ctx.vars.application)));
      if (!row) return { outcome: 'not_found' };
      const events = await db
        .select({ status: applicationEvents.status, at: applicationEvents.createdAt })
        .from(applicationEvents)
        .where(eq(applicationEvents.applicationId, row.application.id))
        .orderBy(asc(applicationEvents.createdAt), asc(applicationEvents.id));
      const history = events.map((event) => `${formatDate(event.at).slice(0, 5)} ${describeStatus(event.status, null, ctx.lang).name}`).join(', ');
      return { outcome: 'found', vars: { ...describe(ctx, row), history } };
    }) satisfies Action,

    /** What to pay for an application and how (M-Pesa paybill, the reference as account). */
    payment_instructions: (async (ctx) => {
      const result = await lookUp(ctx, ctx.vars.reference ?? '');
      if (result.locked) return { outcome: 'locked', vars: { locked_until: result.locked } };
      if (!result.found) return { outcome: 'not_found' };
      const vars = describe(ctx, result.found);
      return { outcome: vars.fee_due === 'yes' ? 'due' : 'nothing_due', vars };
    }) satisfies Action,

    send_payment_instructions: (async (ctx) => {
      const row = await findApplication(ctx, eq(applications.reference, ctx.vars.reference ?? ''));
      if (!row) return { outcome: 'not_found' };
      const vars = describe(ctx, row);
      await queueSms(db, {
        kind: 'payment_instructions',
        phone: ctx.phone,
        language: ctx.lang,
        dedupeKey: `payment_instructions:${ctx.sessionId}:${row.application.reference}`,
        now: now(),
        values: vars,
      });
      return { outcome: 'queued' };
    }) satisfies Action,
  };

  return { sources, actions };
}
