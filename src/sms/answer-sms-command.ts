import { eq } from 'drizzle-orm';
import { describeApplication, lookUpApplication } from '../applications/look-up-application.js';
import { setCitizenLanguage } from '../citizens/citizen-language.js';
import { setSmsUpdates } from '../citizens/sms-updates.js';
import type { Database } from '../db/database.js';
import { citizens } from '../db/schema.js';
import { normalizeReference } from '../domain/application-reference.js';
import type { Language } from '../menu/menu-schema.js';
import { parseSmsCommand } from './parse-sms-command.js';
import { queueSms } from './queue-sms.js';
import type { SmsKind } from './sms-templates.js';

export interface InboundSms {
  /** AT's id for the message: the same message posted twice is answered once. */
  id: string;
  phone: string;
  text: string;
}

/**
 * Carries out a citizen's SMS command and queues the reply in the outbox. Status follows the
 * USSD rule: only the applicant's phone gets it, and misses count towards the look-up limit.
 * Returns the kind of reply queued, or null when there was nothing to confirm (a STOP when
 * SMS updates were already off).
 */
export async function answerSmsCommand(deps: { db: Database; now: () => number; serviceCode: string }, sms: InboundSms): Promise<SmsKind | null> {
  const { db } = deps;
  const now = deps.now();
  const command = parseSmsCommand(sms.text);
  const known = await db.select({ language: citizens.language }).from(citizens).where(eq(citizens.phone, sms.phone)).get();
  const lang: Language = command.kind === 'unknown' ? (known?.language ?? 'en') : command.lang;
  const reply = (kind: SmsKind, values: Record<string, string> = {}, ignoreOptOut = false) =>
    queueSms(db, { kind, phone: sms.phone, language: lang, values: { service_code: deps.serviceCode, ...values }, dedupeKey: `inbound:${sms.id}`, now, ignoreOptOut }).then(() => kind);

  // A status look-up and a language change are answers the citizen asked for by name, not
  // updates: sent even after STOP. Help, and text we cannot read, stay quiet after STOP (it may be
  // a citizen trying to stop in other words).
  const answerAsked = (kind: SmsKind, values: Record<string, string> = {}) => reply(kind, values, true);
  switch (command.kind) {
    case 'status': {
      const reference = normalizeReference(command.reference) ?? command.reference.slice(0, 20);
      const result = await lookUpApplication(db, reference, { phone: sms.phone, lang, idempotencyKey: `inbound:${sms.id}`, now });
      if ('locked' in result) return answerAsked('command_locked', { locked_until: result.locked });
      if ('missing' in result) return answerAsked('command_not_found', { reference });
      return answerAsked('command_status', describeApplication(result.found, lang));
    }
    case 'stop':
    case 'start': {
      const changed = await setSmsUpdates(db, sms.phone, { optOut: command.kind === 'stop', language: lang, now });
      // STOP is confirmed once per opt-out (the one SMS an opted-out citizen still gets), however
      // many arrive; START is always answered, since its reply is what the citizen asked for.
      if (!changed && command.kind === 'stop') return null;
      return reply(command.kind === 'stop' ? 'command_stop' : 'command_start', {}, true);
    }
    case 'language':
      await setCitizenLanguage(db, sms.phone, command.to, now);
      return answerAsked('command_language');
    case 'help':
    case 'unknown':
      return reply('command_help');
  }
}
