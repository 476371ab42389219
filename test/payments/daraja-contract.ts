import { describe, expect, it } from 'vitest';
import { createLocalDaraja, type LocalDaraja } from '../../src/local-gateway/local-daraja.js';
import type { DarajaClient } from '../../src/payments/daraja-client.js';
import { createFetchDarajaClient } from '../../src/payments/fetch-daraja-client.js';

const SHORTCODE = '174379';
const PASSKEY = 'contract-passkey';
const NOW = Date.UTC(2026, 10, 20, 6, 0, 0);
const silent = { info: () => {}, warn: () => {}, error: () => {} };

/** How a runtime reaches the stand-in: over HTTP on 127.0.0.1 (Node), or its app's fetch (workerd). */
export type Reach = (local: LocalDaraja) => Promise<{ baseUrl: string; fetch?: typeof fetch; close: () => Promise<void> }>;

/**
 * The Daraja client's contract, against the local stand-in, on whichever runtime runs it: the
 * same suite on Node and on Workers.
 */
export function describeDarajaContract(runtime: string, reach: Reach) {
  async function setUp(timeoutMs = 5_000): Promise<{ client: DarajaClient; local: LocalDaraja; close: () => Promise<void> }> {
    const local = createLocalDaraja({ logger: silent, shortcode: SHORTCODE, passkey: PASSKEY, now: () => NOW });
    local.setFaults({ holdPrompts: true });
    const reached = await reach(local);
    const client = createFetchDarajaClient({ baseUrl: reached.baseUrl, consumerKey: 'key', consumerSecret: 'secret', shortcode: SHORTCODE, passkey: PASSKEY, timeoutMs, now: () => NOW, fetch: reached.fetch });
    return { client, local, close: reached.close };
  }
  const push = { phone: '+254722000222', amountKes: 55, accountReference: 'EC31500421', description: 'e-Citizen fee', callbackUrl: 'https://ussd.example/daraja/callback/s' };

  describe(`the Daraja client against the stand-in (${runtime})`, () => {
    it('pushes with the Password Daraja checks and gets the CheckoutRequestID, asking for a token once', async () => {
      const { client, local, close } = await setUp();
      const first = await client.push(push);
      const second = await client.push({ ...push, phone: '+254711000111' });
      expect(first.kind).toBe('accepted');
      expect(second.kind).toBe('accepted');
      expect(local.pushes().map((made) => made.checkoutRequestId)).toEqual([first, second].map((answer) => (answer.kind === 'accepted' ? answer.checkoutRequestId : '')));
      expect(local.pushes()[0]).toMatchObject({ phone: '+254722000222', amount: 55, accountReference: 'EC31500421' });
      expect(local.tokensIssued()).toBe(1);
      await close();
    });

    it('is refused for good for a request Daraja rejects, and to be retried after a 500', async () => {
      const { client, local, close } = await setUp();
      expect(await client.push({ ...push, accountReference: 'EC3150042199X' })).toMatchObject({ kind: 'refused', retry: false });
      local.setFaults({ http500: 1 });
      expect(await client.push(push)).toMatchObject({ kind: 'refused', retry: true, reason: expect.stringContaining('HTTP 500') });
      await close();
    });

    it('hears "being processed" while the prompt is open, then the final ResultCode', async () => {
      const { client, local, close } = await setUp();
      const answer = await client.push(push);
      if (answer.kind !== 'accepted') throw new Error('not accepted');
      expect(await client.query(answer.checkoutRequestId)).toMatchObject({ kind: 'pending', reason: expect.stringContaining('500.001.1001') });
      local.setFaults({ callback: 'none' });
      local.answerPrompt(answer.checkoutRequestId, 'cancel');
      expect(await client.query(answer.checkoutRequestId)).toEqual({ kind: 'final', resultCode: 1032, resultDesc: 'Request cancelled by user' });
      await close();
    });

    it('gives up on a token that does not come in time, as a push to try again', async () => {
      const { client, local, close } = await setUp(200);
      local.setFaults({ slowTokenMs: 2_000 });
      expect(await client.push(push)).toMatchObject({ kind: 'refused', retry: true, reason: 'no answer within 200 ms' });
      local.reset();
      await close();
    });
  });
}
