import type { LocalizedText } from '../menu/menu-schema.js';

export const CATEGORIES = [
  'immigration', 'civil_registration', 'transport', 'business', 'land', 'health', 'security', 'energy',
  'education', 'aviation', 'tax', 'agriculture', 'environment', 'justice', 'finance', 'ict',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** What a citizen reads for each category; at most 20 characters. */
export const CATEGORY_NAMES: Record<Category, LocalizedText> = {
  immigration: { en: 'Immigration', sw: 'Uhamiaji' },
  civil_registration: { en: 'Births and deaths', sw: 'Vizazi na vifo' },
  transport: { en: 'Transport', sw: 'Uchukuzi' },
  business: { en: 'Business', sw: 'Biashara' },
  land: { en: 'Land', sw: 'Ardhi' },
  health: { en: 'Health', sw: 'Afya' },
  security: { en: 'Security', sw: 'Usalama' },
  energy: { en: 'Energy', sw: 'Nishati' },
  education: { en: 'Education', sw: 'Elimu' },
  aviation: { en: 'Aviation', sw: 'Usafiri wa anga' },
  tax: { en: 'Tax', sw: 'Kodi' },
  agriculture: { en: 'Agriculture', sw: 'Kilimo' },
  environment: { en: 'Environment', sw: 'Mazingira' },
  justice: { en: 'Justice', sw: 'Haki' },
  finance: { en: 'Finance', sw: 'Fedha' },
  ict: { en: 'ICT', sw: 'TEHAMA' },
};
