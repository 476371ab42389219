import type { Language } from '../menu/menu-schema.js';

/** The engine's own words: navigation and notices that every screen may need. */
export interface EngineMessages {
  more: string;
  back: string;
  invalidChoice: string;
  noMorePages: string;
  invalidInput: string;
  failure: string;
  /** A hop that would replay more inputs than a session can have. */
  tooManyInputs: string;
  /** Above the choices that begin with the letters a citizen typed, when several do. */
  severalMatch: string;
  /** The main-menu key, named on screens with room for it. */
  home: string;
}

export const ENGINE_MESSAGES: Record<Language, EngineMessages> = {
  en: {
    more: '98 More',
    back: '0 Back',
    invalidChoice: 'Invalid choice.',
    noMorePages: 'No more.',
    invalidInput: 'Not valid. Try again.',
    failure: 'Sorry, the service is not available right now. Please dial again in a few minutes.',
    tooManyInputs: 'Sorry, we could not continue this session. Please dial again.',
    severalMatch: 'Choose one of these:',
    home: '00 Main menu',
  },
  sw: {
    more: '98 Zaidi',
    back: '0 Rudi',
    invalidChoice: 'Chaguo si sahihi.',
    noMorePages: 'Hakuna zaidi.',
    invalidInput: 'Si sahihi. Jaribu tena.',
    failure: 'Samahani, huduma haipatikani sasa hivi. Tafadhali piga tena baada ya dakika chache.',
    tooManyInputs: 'Samahani, hatukuweza kuendelea ulipoishia. Tafadhali piga tena.',
    severalMatch: 'Chagua mojawapo ya hizi:',
    home: '00 Menyu kuu',
  },
};
