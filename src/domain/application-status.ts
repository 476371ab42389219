import type { ApplicationStatus } from '../db/schema.js';
import type { Language } from '../menu/menu-schema.js';

interface StatusWords {
  name: string;
  /** What the citizen does next; `{detail}` is the place to collect or the reason. */
  next: string;
}

/** A status in plain words, and the next step, for USSD screens and SMS alike. */
const STATUS_WORDS: Record<ApplicationStatus, Record<Language, StatusWords>> = {
  submitted: {
    en: { name: 'Received', next: 'We will SMS you when its status changes.' },
    sw: { name: 'Limepokelewa', next: 'Tutakutumia SMS hali yake ikibadilika.' },
  },
  under_review: {
    en: { name: 'Under review', next: 'We will SMS you when its status changes.' },
    sw: { name: 'Linashughulikiwa', next: 'Tutakutumia SMS hali yake ikibadilika.' },
  },
  approved: {
    en: { name: 'Approved', next: 'We will SMS you when it is ready.' },
    sw: { name: 'Limeidhinishwa', next: 'Tutakutumia SMS likiwa tayari.' },
  },
  rejected: {
    en: { name: 'Rejected', next: 'Reason: {detail}' },
    sw: { name: 'Limekataliwa', next: 'Sababu: {detail}' },
  },
  ready_for_collection: {
    en: { name: 'Ready for collection', next: 'Collect it at {detail} with your ID.' },
    sw: { name: 'Liko tayari kuchukuliwa', next: 'Lichukue katika {detail} ukiwa na kitambulisho chako.' },
  },
  collected: {
    en: { name: 'Collected', next: 'Thank you for using e-Citizen.' },
    sw: { name: 'Limechukuliwa', next: 'Asante kwa kutumia e-Citizen.' },
  },
  cancelled: {
    en: { name: 'Cancelled', next: 'Apply again on e-Citizen if you still need it.' },
    sw: { name: 'Limeghairiwa', next: 'Omba tena kupitia e-Citizen ukiihitaji.' },
  },
};

const UNSTATED_DETAIL: Record<Language, string> = { en: 'the office you chose', sw: 'ofisi uliyochagua' };

export function describeStatus(status: ApplicationStatus, detail: string | null, lang: Language) {
  const words = STATUS_WORDS[status][lang];
  return { name: words.name, nextStep: words.next.replace('{detail}', detail ?? UNSTATED_DETAIL[lang]) };
}

/**
 * Applications whose course has run: nothing more is owed to the citizen. A rejection can still
 * be reopened by the agency, but only by a deliberate review, not as the next step.
 */
export const FINISHED_STATUSES = ['collected', 'cancelled', 'rejected'] as const satisfies readonly ApplicationStatus[];
