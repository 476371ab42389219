import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCREEN_LIMITS } from '../../src/domain/screen-limits.js';
import { drainOutbox } from '../../src/sms/drain-outbox.js';
import { gsm7Length } from '../../src/text/gsm7.js';
import { createTestApp, serveWithLocalGateway, testClock } from '../support/test-app.js';
import { postHop } from '../support/ussd-client.js';
import { Transcript } from './transcript-schema.js';

/** Hops here come from Safaricom (postHop's networkCode), whose screens carry at most 160 characters. */
const SCREEN_LIMIT = DEFAULT_SCREEN_LIMITS['63902']!;

const dir = new URL('./', import.meta.url);
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((file) => ({ file, transcript: Transcript.safeParse(JSON.parse(readFileSync(new URL(file, dir), 'utf8'))) }));

const MINUTE = 60_000;

/**
 * The app for one transcript, with its own demo database and clock. A transcript that drains
 * gets the app over HTTP with the built-in Africa's Talking gateway, and `received()` sends
 * the queued SMS through it and answers what the phone's inbox holds.
 */
async function start(transcript: Transcript) {
  const clock = testClock();
  if (!transcript.drain) {
    const harness = await createTestApp({ now: clock.now });
    return { clock, app: harness.app, received: null, close: async () => harness.close() };
  }
  const served = await serveWithLocalGateway({ now: clock.now });
  const { harness, local } = served;
  const received = async () => {
    await drainOutbox({ db: harness.db, gateway: served.sdkGateway(), now: clock.now, logger: harness.logger });
    await local.flushDeliveryReports();
    return local.inbox(transcript.phone).map((message) => message.message);
  };
  return { clock, app: harness.app, received, close: () => served.close() };
}

describe('USSD transcripts (test/transcripts/*.json)', () => {
  it('are there, one per conversation', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  it.each(files.map(({ file, transcript }) => [transcript.success ? transcript.data.name : file, file, transcript] as const))('%s', async (_, file, parsed) => {
    if (!parsed.success) throw new Error(`${file} is not a transcript:\n${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n')}`);
    const transcript = parsed.data;
    const app = await start(transcript);
    try {
      let session = '';
      let inputs: string[] = [];
      for (const [index, step] of transcript.steps.entries()) {
        if ('clockAdvanceMinutes' in step) {
          app.clock.advance(step.clockAdvanceMinutes * MINUTE);
          continue;
        }
        if ('dial' in step) {
          session = `${file}-${index + 1}`;
          inputs = [];
        } else {
          inputs.push(step.send);
        }
        const hop = await postHop(app.app, { sessionId: session, phoneNumber: transcript.phone, text: inputs.join('*') });
        const where = `${file}, step ${index + 1} (${'dial' in step ? 'dial' : `send ${JSON.stringify(step.send)}`}), reply:\n${hop.body}\n`;
        expect(hop.status, where).toBe(200);
        expect(hop.body.slice(0, 4), where).toBe(step.end ? 'END ' : 'CON ');
        expect(gsm7Length(hop.body.slice(4)), `${where}is longer than ${SCREEN_LIMIT} GSM-7 characters`).toBeLessThanOrEqual(SCREEN_LIMIT);
        for (const text of step.expect) expect(hop.body, where).toContain(text);
        if (step.match !== undefined) expect(hop.body, where).toMatch(new RegExp(step.match));
      }
      if (!app.received) return;
      const received = await app.received();
      const unmatched = [...received];
      for (const { contains } of transcript.sms ?? []) {
        const at = unmatched.findIndex((message) => message.includes(contains));
        expect(at, `${file}: no SMS containing ${JSON.stringify(contains)} among:\n${received.join('\n')}`).toBeGreaterThanOrEqual(0);
        unmatched.splice(at, 1);
      }
      expect(unmatched, `${file}: SMS the transcript does not list`).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
