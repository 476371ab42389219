import { canPromptMpesa } from '../../domain/mpesa-network.js';
import { asc, desc, eq, sql } from 'drizzle-orm';
import { describeApplication, findOwnApplication, lookUpApplication } from '../../applications/look-up-application.js';
import { builtOnce, perLanguage } from '../../db/built-once.js';
import { applicationEvents, applications, services } from '../../db/schema.js';
import { describeStatus } from '../../domain/application-status.js';
import type { Action, ActionContext, ListSource } from '../../engine/capabilities.js';
import { queueSms } from '../../sms/queue-sms.js';
import { formatDate } from '../../text/kenyan-formats.js';
import type { CapabilityDeps } from './capability-deps.js';

/** A payment's entry in the history a citizen reads. */
const PAID_WORD = { en: 'Paid', sw: 'Limelipiwa' } as const;

/** A citizen's own applications: status, history, payment. Nobody sees another phone's application. */
export function applicationCapabilities({ db, now, onSmsQueued, mpesa }: CapabilityDeps) {
  // `mpesa_due`: the status screen offers the push itself, ahead of the paybill instructions;
  // only to a phone on a network M-Pesa can prompt.
  const withPay = <T extends Record<string, string>>(ctx: ActionContext, vars: T) => {
    const push = Boolean(mpesa) && canPromptMpesa(ctx.network);
    return { ...vars, mpesa: push ? 'yes' : 'no', mpesa_due: push && vars.fee_due === 'yes' ? 'yes' : 'no' };
  };
  const lookUp = (ctx: ActionContext) =>
    lookUpApplication(db, ctx.vars.reference ?? '', { phone: ctx.phone, lang: ctx.lang, idempotencyKey: ctx.idempotencyKey, now: now() });

  // Prepared once (per language), run by each hop with its values.
  const ownApplications = perLanguage((lang) =>
    db
      .select({ id: applications.id, status: applications.status, detail: applications.statusDetail, name: lang === 'sw' ? services.nameSw : services.nameEn })
      .from(applications)
      .innerJoin(services, eq(services.id, applications.serviceId))
      .where(eq(applications.applicantPhone, sql.placeholder('phone')))
      .orderBy(desc(applications.createdAt), desc(applications.id))
      .limit(sql.placeholder('limit'))
      .offset(sql.placeholder('offset'))
      .prepare(),
  );
  const historyOf = builtOnce(() =>
    db
      .select({ status: applicationEvents.status, kind: applicationEvents.kind, at: applicationEvents.createdAt })
      .from(applicationEvents)
      .where(eq(applicationEvents.applicationId, sql.placeholder('application')))
      .orderBy(asc(applicationEvents.createdAt), asc(applicationEvents.id))
      .prepare(),
  );

  const sources = {
    /** The dialling phone's applications, newest first. */
    my_applications: (async (ctx, { offset, limit }) => {
      const rows = await ownApplications(ctx.lang).all({ phone: ctx.phone, limit, offset });
      return rows.map((row) => ({ id: String(row.id), label: `${row.name} - ${describeStatus(row.status, row.detail, ctx.lang).name}` }));
    }) satisfies ListSource,
  };

  const actions = {
    lookup_status: (async (ctx) => {
      const result = await lookUp(ctx);
      if ('locked' in result) return { outcome: 'locked', vars: { locked_until: result.locked } };
      if ('missing' in result) return { outcome: 'not_found' };
      return { outcome: 'found', vars: withPay(ctx, describeApplication(result.found, ctx.lang)) };
    }) satisfies Action,

    /** One of the phone's own applications, chosen from its list, with its history. */
    load_application: (async (ctx) => {
      const row = await findOwnApplication(db, ctx.phone, ctx.lang, { id: Number(ctx.vars.application) });
      if (!row) return { outcome: 'not_found' };
      const events = await historyOf().all({ application: row.application.id });
      const history = events
        .map((event) => `${formatDate(event.at).slice(0, 5)} ${event.kind === 'payment' ? PAID_WORD[ctx.lang] : describeStatus(event.status, null, ctx.lang).name}`)
        .join(', ');
      return { outcome: 'found', vars: withPay(ctx, { ...describeApplication(row, ctx.lang), history }) };
    }) satisfies Action,

    /** What to pay for an application and how (M-Pesa paybill, the reference as account). */
    payment_instructions: (async (ctx) => {
      const result = await lookUp(ctx);
      if ('locked' in result) return { outcome: 'locked', vars: { locked_until: result.locked } };
      if ('missing' in result) return { outcome: 'not_found' };
      const vars = withPay(ctx, describeApplication(result.found, ctx.lang));
      return { outcome: vars.fee_due === 'yes' ? 'due' : vars.paid === 'yes' ? 'paid' : 'nothing_due', vars };
    }) satisfies Action,

    send_payment_instructions: (async (ctx) => {
      const row = await findOwnApplication(db, ctx.phone, ctx.lang, { reference: ctx.vars.reference ?? '' });
      if (!row) return { outcome: 'not_found' };
      await queueSms(db, {
        kind: 'payment_instructions',
        phone: ctx.phone,
        language: ctx.lang,
        dedupeKey: `payment_instructions:${ctx.sessionId}:${row.application.reference}`,
        // The citizen asked for it on this screen: sent even with SMS updates off.
        ignoreOptOut: true,
        now: now(),
        values: describeApplication(row, ctx.lang),
      });
      onSmsQueued?.();
      return { outcome: 'queued' };
    }) satisfies Action,
  };

  return { sources, actions };
}
