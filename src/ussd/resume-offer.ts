import { ENGINE_MESSAGES } from '../engine/engine-messages.js';
import type { Language } from '../menu/menu-schema.js';

const OFFER: Record<Language, string> = {
  en: 'You did not finish your last session.\n1. Continue where you left off\n2. Start over',
  sw: 'Hukumaliza ulichokuwa ukifanya mara ya mwisho.\n1. Endelea ulipoishia\n2. Anza upya',
};

export const RESUME_KEYS = { continue: '1', startOver: '2' } as const;

/** The screen that offers to continue a dropped session, in the language it was in. */
export function resumeOfferScreen(lang: Language, invalid = false): string {
  return invalid ? `${ENGINE_MESSAGES[lang].invalidChoice}\n${OFFER[lang]}` : OFFER[lang];
}
