import { and, eq, sql } from 'drizzle-orm';
import { registerApplication } from '../../applications/create-application.js';
import { applications, services } from '../../db/schema.js';
import { builtOnce } from '../../db/built-once.js';
import { applyForm } from '../../domain/apply-field-spec.js';
import { totalPayable } from '../../domain/convenience-fee.js';
import type { Action, FormSource, StepContext } from '../../engine/capabilities.js';
import { answerVar } from '../../engine/form-field.js';
import { formatKes } from '../../text/kenyan-formats.js';
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

  async function applicableService(ctx: StepContext) {
    const service = await liveApplicable().get({ id: Number(ctx.vars.service) });
    const form = service ? applyForm(service.applyFields) : null;
    return service && form ? { service, form } : null;
  }

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
        },
      };
    }) satisfies Action,

    /** The answers, one line each, for the confirmation screen. */
    summarize_application: (async (ctx) => {
      const found = await applicableService(ctx);
      if (!found) return { outcome: 'not_available' };
      const summary = found.form.map((field) => `${field.label[ctx.lang]}: ${ctx.vars[answerVar(field)] ?? ''}`).join('\n');
      return { outcome: 'ready', vars: { summary } };
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
      const key = `ussd:${ctx.sessionId}:${service.id}`;
      const answers = Object.fromEntries(form.map((field) => [field.name, ctx.vars[answerVar(field)] ?? '']));
      const at = now();
      await registerApplication(db, {
        agencyCode: service.agencyCode,
        serviceId: service.id,
        serviceCode: service.code,
        applicantPhone: ctx.phone,
        channel: 'ussd',
        feeDueKes: service.feeKes,
        answers: JSON.stringify(answers),
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
      return { outcome: 'submitted', vars: { reference: created.reference } };
    }) satisfies Action,
  };

  return { forms, actions };
}
