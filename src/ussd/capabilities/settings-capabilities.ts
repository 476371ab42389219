import { setCitizenLanguage } from '../../citizens/citizen-language.js';
import { setSmsUpdates, smsOptedOut } from '../../citizens/sms-updates.js';
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
    load_settings: (async (ctx) => ({ outcome: 'loaded', vars: { sms_on: (await smsOptedOut(db, ctx.phone)) ? 'no' : 'yes' } })) satisfies Action,

    /** SMS updates on (`params.on` = "yes") or off: the same flag the SMS STOP command sets. */
    set_sms_updates: (async (ctx) => {
      const optOut = ctx.params.on !== 'yes';
      await setSmsUpdates(db, ctx.phone, { optOut, language: ctx.lang, now: now() });
      return { outcome: 'saved', vars: { sms_on: optOut ? 'no' : 'yes' } };
    }) satisfies Action,
  };
  return { actions };
}
