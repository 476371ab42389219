import { and, desc, eq, gte, isNull, ne, or, sql } from 'drizzle-orm';
import { registerApplication } from '../../applications/create-application.js';
import { applications, services } from '../../db/schema.js';
import { builtOnce } from '../../db/built-once.js';
import { applyForm } from '../../domain/apply-field-spec.js';
import { totalPayable } from '../../domain/convenience-fee.js';
import type { Action, ActionResult, FormSource, StepContext } from '../../engine/capabilities.js';
import { answerVar, type FormField } from '../../engine/form-field.js';
import { formatKes } from '../../text/kenyan-formats.js';
import { nairobiDayStart } from '../../text/nairobi-day.js';
import type { CapabilityDeps } from './capability-deps.js';

/** Applying by phone for a service an agency marked USSD-applicable, with the fields it defined. */
export function applyCapabilities({ db, now, onSmsQueued }: CapabilityDeps) {
  const liveApplicable = builtOnce(() =>
    db
      .select()
      .from(services)
      .where(and(eq(services.id, sql.placeholder('id')), eq(services.status, 'live'), eq(services.ussdApply, true)))
      .prepare(),
  );
  const applicationByKey = builtOnce(() =>
    db.select({ reference: applications.reference }).from(applications).where(eq(applications.idempotencyKey, sql.placeholder('key'))).prepare(),
  );
  // Another session's application by this phone, for this service, with these answers, since the
  // given moment. This session's own is left out: a replayed confirmation must find the summary again.
  const sameApplicationSince = builtOnce(() =>
    db
      .select({ reference: applications.reference })
      .from(applications)
      .where(
        and(
          eq(applications.applicantPhone, sql.placeholder('phone')),
          gte(applications.createdAt, sql.placeholder('since')),
          eq(applications.serviceId, sql.placeholder('serviceId')),
          eq(applications.answers, sql.placeholder('answers')),
          or(isNull(applications.idempotencyKey), ne(applications.idempotencyKey, sql.placeholder('key'))),
        ),
      )
      .orderBy(desc(applications.createdAt))
      .limit(1)
      .prepare(),
  );

  async function applicableService(ctx: StepContext) {
    const service = await liveApplicable().get({ id: Number(ctx.vars.service) });
    const form = service ? applyForm(service.applyFields) : null;
    return service && form ? { service, form } : null;
  }

  /** What the application stores of the citizen's answers, as JSON: also what finds the same one made twice. */
  const answersJson = (ctx: StepContext, form: FormField[]) => JSON.stringify(Object.fromEntries(form.map((field) => [field.name, ctx.vars[answerVar(field)] ?? ''])));
  /** One confirmation per session and service: what makes a repeated confirmation create nothing. */
  const submissionKey = (ctx: StepContext, serviceId: number) => `ussd:${ctx.sessionId}:${serviceId}`;

  const forms = {
    apply_fields: (async (ctx) => (await applicableService(ctx))?.form ?? []) satisfies FormSource,
  };

  const actions = {
    prepare_application: (async (ctx) => {
      const found = await applicableService(ctx);
      if (!found) return { outcome: 'not_available' };
      const { service } = found;
      return {
        outcome: 'ready',
        vars: {
          service_name: ctx.lang === 'sw' ? service.nameSw : service.nameEn,
          total: formatKes(totalPayable(service.feeKes)),
          fee_due: service.feeKes > 0 ? 'yes' : 'no',
        },
      };
    }) satisfies Action,

    /**
     * The answers, one line each, for the confirmation screen; `ready_free` when there is nothing
     * to pay. A citizen who redials and applies again with the same answers on the same day is
     * first told of the application they already made (`already_applied`).
     */
    summarize_application: (async (ctx): Promise<ActionResult> => {
      const found = await applicableService(ctx);
      if (!found) return { outcome: 'not_available' };
      const { service, form } = found;
      const summary = form.map((field) => `${field.label[ctx.lang]}: ${ctx.vars[answerVar(field)] ?? ''}`).join('\n');
      const earlier = await sameApplicationSince().get({
        phone: ctx.phone,
        since: nairobiDayStart(now()),
        serviceId: service.id,
        answers: answersJson(ctx, form),
        key: submissionKey(ctx, service.id),
      });
      if (earlier) return { outcome: 'already_applied', vars: { summary, earlier_reference: earlier.reference } };
      return { outcome: service.feeKes > 0 ? 'ready' : 'ready_free', vars: { summary } };
    }) satisfies Action,

    /**
     * Creates the application, its first event and the confirmation SMS in one atomic write.
     * Keyed by session and service: confirming again, a retransmission or a replay finds the
     * application the first confirmation created and creates nothing.
     */
    submit_application: (async (ctx) => {
      const found = await applicableService(ctx);
      if (!found) return { outcome: 'not_available' };
      const { service, form } = found;
      const key = submissionKey(ctx, service.id);
      await registerApplication(db, {
        agencyCode: service.agencyCode,
        serviceId: service.id,
        serviceCode: service.code,
        applicantPhone: ctx.phone,
        channel: 'ussd',
        feeDueKes: service.feeKes,
        answers: answersJson(ctx, form),
        idempotencyKey: key,
        actor: 'citizen',
        note: null,
        now: now(),
        sms: {
          language: ctx.lang,
          causedBy: 'citizen',
          values: { service_name: ctx.lang === 'sw' ? service.nameSw : service.nameEn, service_code: ctx.vars.service_code ?? '' },
        },
      });
      onSmsQueued?.();
      const created = await applicationByKey().get({ key });
      if (!created) throw new Error(`application ${key} was not created`);
      return { outcome: service.feeKes > 0 ? 'submitted' : 'submitted_free', vars: { reference: created.reference } };
    }) satisfies Action,
  };

  return { forms, actions };
}
