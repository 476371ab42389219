import type { Language } from '../menu/menu-schema.js';
import type { ApplicationStatus } from './schema.js';

/** The two demo phones the README lists: one reads English, the other Kiswahili. */
export const DEMO_PHONES = { english: '+254711000111', kiswahili: '+254722000222' } as const;

export const demoCitizens: { phone: string; language: Language }[] = [
  { phone: DEMO_PHONES.english, language: 'en' },
  { phone: DEMO_PHONES.kiswahili, language: 'sw' },
];

export interface DemoApplication {
  reference: string;
  phone: string;
  agency: string;
  service: string;
  channel: 'ussd' | 'web' | 'counter';
  feePaid: boolean;
  /** Oldest first; the last step is the current status. `detail` is the place or the reason. */
  history: { status: ApplicationStatus; daysAgo: number; detail?: string }[];
}

export const demoApplications: DemoApplication[] = [
  {
    reference: 'EC20418375',
    phone: DEMO_PHONES.english,
    agency: 'DCI',
    service: 'GOOD-CONDUCT',
    channel: 'web',
    feePaid: true,
    history: [
      { status: 'submitted', daysAgo: 6 },
      { status: 'under_review', daysAgo: 2 },
    ],
  },
  {
    reference: 'EC20418376',
    phone: DEMO_PHONES.english,
    agency: 'DIS',
    service: 'PASSPORT-34',
    channel: 'web',
    feePaid: true,
    history: [
      { status: 'submitted', daysAgo: 21 },
      { status: 'under_review', daysAgo: 18 },
      { status: 'approved', daysAgo: 9 },
      { status: 'ready_for_collection', daysAgo: 1, detail: 'Nyayo House, Nairobi' },
    ],
  },
  {
    reference: 'EC20418377',
    phone: DEMO_PHONES.english,
    agency: 'NTSA',
    service: 'DL-RENEW-1Y',
    channel: 'ussd',
    feePaid: true,
    history: [
      { status: 'submitted', daysAgo: 4 },
      { status: 'approved', daysAgo: 1 },
    ],
  },
  {
    reference: 'EC20418378',
    phone: DEMO_PHONES.english,
    agency: 'BRS',
    service: 'BN-REG',
    channel: 'web',
    feePaid: true,
    history: [
      { status: 'submitted', daysAgo: 3 },
      { status: 'rejected', daysAgo: 1, detail: 'the business name is already registered' },
    ],
  },
  {
    reference: 'EC31500421',
    phone: DEMO_PHONES.kiswahili,
    agency: 'CRS',
    service: 'BIRTH-CERT',
    channel: 'counter',
    feePaid: false,
    history: [{ status: 'submitted', daysAgo: 0 }],
  },
  {
    reference: 'EC31500422',
    phone: DEMO_PHONES.kiswahili,
    agency: 'DIS',
    service: 'PASSPORT-34',
    channel: 'web',
    feePaid: true,
    history: [
      { status: 'submitted', daysAgo: 10 },
      { status: 'under_review', daysAgo: 7 },
    ],
  },
  {
    reference: 'EC31500423',
    phone: DEMO_PHONES.kiswahili,
    agency: 'DCI',
    service: 'GOOD-CONDUCT',
    channel: 'web',
    feePaid: true,
    history: [
      { status: 'submitted', daysAgo: 40 },
      { status: 'under_review', daysAgo: 35 },
      { status: 'approved', daysAgo: 30 },
      { status: 'ready_for_collection', daysAgo: 29, detail: 'Huduma Centre GPO, Nairobi' },
      { status: 'collected', daysAgo: 25 },
    ],
  },
  {
    reference: 'EC31500424',
    phone: DEMO_PHONES.kiswahili,
    agency: 'KAA',
    service: 'AIRPORT-PASS',
    channel: 'web',
    feePaid: true,
    history: [
      { status: 'submitted', daysAgo: 5 },
      { status: 'cancelled', daysAgo: 2 },
    ],
  },
];
