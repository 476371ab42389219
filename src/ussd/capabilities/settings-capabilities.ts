import { eq } from 'drizzle-orm';
import { setCitizenLanguage } from '../../citizens/citizen-language.js';
import { citizens } from '../../db/schema.js';
import type { Action } from '../../engine/capabilities.js';
import { Language } from '../../menu/menu-schema.js';
import type { CapabilityDeps } from './capability-deps.js';

/** A citizen's settings, remembered by phone number: language and SMS updates. */
export function settingsCapabilities({ db, now }: CapabilityDeps) {
  const actions = {
    set_language: (async (ctx) => {
      const lang = Language.parse(ctx.params.lang);
      await setCitizenLanguage(db, ctx.phone, lang, now());
      return { outcome: 'saved', lang };
    }) satisfies Action,

    /** Sets `sms_on` for the settings screen. */
    load_settings: (async (ctx) => {
      const row = await db.select({ optOut: citizens.smsOptOut }).from(citizens).where(eq(citizens.phone, ctx.phone)).get();
      return { outcome: 'loaded', vars: { sms_on: row?.optOut ? 'no' : 'yes' } };
    }) satisfies Action,

    /** SMS updates on (`params.on` = "yes") or off: the same flag the SMS STOP command sets. */
    set_sms_updates: (async (ctx) => {
      const optOut = ctx.params.on !== 'yes';
      const at = now();
      await db
        .insert(citizens)
        .values({ phone: ctx.phone, language: ctx.lang, smsOptOut: optOut, createdAt: at, updatedAt: at })
        .onConflictDoUpdate({ target: citizens.phone, set: { smsOptOut: optOut, updatedAt: at } });
      return { outcome: 'saved', vars: { sms_on: optOut ? 'no' : 'yes' } };
    }) satisfies Action,
  };
  return { actions };
}
