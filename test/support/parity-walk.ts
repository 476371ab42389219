import { DEMO_PHONES } from '../../src/db/demo-applications.js';
import type { Language } from '../../src/menu/menu-schema.js';
import { walkMenus, type WalkBounds, type WalkStep } from './walk-menus.js';

/**
 * The walk both runtimes take for the parity test (test/workers/parity.test.ts): from each
 * demo phone, so each language, to the depth where the apply journey reaches its answer.
 * Free of Node modules: workerd imports it too.
 */
declare module 'vitest' {
  export interface ProvidedContext {
    /** The parity walk as Node + SQLite answered it (test/parity/provide-node-walk.ts), and the clock it ran at. */
    nodeParityWalk: { now: number; steps: WalkStep[] };
  }
}

export const PARITY_BOUNDS: WalkBounds = { maxDepth: 7, maxHops: 3000, firstItems: 2 };

/** The runtime under test: one hop of a new session, and a write to put a citizen's settings back. */
export interface ParityRuntime {
  post: (fields: { sessionId: string; phoneNumber: string; text: string }) => Promise<string>;
  /** Runs one SQL statement with positional parameters. */
  run: (statement: string, params: unknown[]) => Promise<unknown>;
}

/** What a citizen types at each prompt: a valid answer, so the walk goes on past it. */
const SAMPLE_ANSWERS: { prompt: RegExp; answer: Record<Language, string> }[] = [
  // The phone's own application, with a fee due for the Kiswahili one (so Pay shows its instructions).
  { prompt: /reference|nambari ya ombi/i, answer: { en: 'EC20418375', sw: 'EC31500421' } },
  { prompt: /national ID|kitambulisho chako:/i, answer: { en: '12345678', sw: '12345678' } },
  { prompt: /full name|jina lako kamili/i, answer: { en: 'Amina Wanjiru', sw: 'Amina Wanjiru' } },
  { prompt: /Type a word|Andika neno/, answer: { en: 'passport', sw: 'pasipoti' } },
];

const PHONES: Record<Language, string> = { en: DEMO_PHONES.english, sw: DEMO_PHONES.kiswahili };

/**
 * Walks the menus from both demo phones. Every path is a new session, and before it the
 * phone's language and SMS setting are put back as seeded: a path that switches the language
 * does not change the paths after it.
 */
export async function parityWalk(runtime: ParityRuntime): Promise<WalkStep[]> {
  let sessions = 0;
  const roots = (['en', 'sw'] as const).map((lang) => ({
    name: lang,
    hop: async (text: string) => {
      await runtime.run('update citizens set language = ?, sms_opt_out = 0, opted_out_at = null where phone = ?', [lang, PHONES[lang]]);
      sessions += 1;
      return runtime.post({ sessionId: `parity-${sessions}`, phoneNumber: PHONES[lang], text });
    },
    answer: (screen: string) => SAMPLE_ANSWERS.find(({ prompt }) => prompt.test(screen.split('\n')[0] ?? ''))?.answer[lang],
  }));
  return walkMenus(roots, PARITY_BOUNDS);
}
