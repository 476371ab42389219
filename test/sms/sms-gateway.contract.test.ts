import AfricasTalking from 'africastalking';
import { Hono } from 'hono';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLocalAtGateway } from '../../src/local-gateway/local-at-gateway.js';
import { createSdkSmsGateway } from '../../src/runtime/africastalking-sms-gateway.js';
import { createFetchSmsGateway } from '../../src/sms/fetch-sms-gateway.js';
import type { SmsGateway } from '../../src/sms/sms-gateway.js';
import { listen } from '../support/http-server.js';
import { recordingLogger } from '../support/test-app.js';

const local = createLocalAtGateway({ logger: recordingLogger() });
let server: Awaited<ReturnType<typeof listen>>;
beforeAll(async () => {
  server = await listen(new Hono().route('/__at', local.app).fetch);
});
afterAll(() => server.close());
beforeEach(() => local.reset());

const TIMEOUT_MS = 400;
const PHONE = '+254711000111';

/** Both implementations, pointed at a base URL (the local gateway over real HTTP unless a test says otherwise). */
const gateways: [string, (baseUrl: string) => SmsGateway][] = [
  ['the africastalking SDK (Node)', (baseUrl) => createSdkSmsGateway({ username: 'sandbox', apiKey: 'test-key', smsUrl: baseUrl, timeoutMs: TIMEOUT_MS })],
  ['fetch (Workers)', (baseUrl) => createFetchSmsGateway({ baseUrl, username: 'sandbox', apiKey: 'test-key', timeoutMs: TIMEOUT_MS })],
];

describe.each(gateways)('the SMS gateway through %s', (_, gatewayAt) => {
  const make = () => gatewayAt(`${server.url}/__at`);

  it('sends, and returns the message id, status code and cost', async () => {
    const outcome = await make().send({ to: PHONE, message: 'Habari', from: 'ECITIZEN' });
    expect(outcome).toEqual({ kind: 'accepted', messageId: expect.stringMatching(/^ATXid_/), statusCode: 101, cost: 'KES 0.8000' });
    expect(local.inbox(PHONE)).toMatchObject([{ message: 'Habari', from: 'ECITIZEN' }]);
  });

  it.each([
    [403, 'rejected', '403 InvalidPhoneNumber'],
    [404, 'rejected', '404 UnsupportedNumberType'],
    [406, 'rejected', '406 UserInBlacklist'],
    [401, 'retry', '401 RiskHold'],
    [405, 'retry', '405 InsufficientBalance'],
    [500, 'retry', '500 InternalServerError'],
    [502, 'retry', '502 RejectedByGateway'],
  ] as const)('reads recipient status %i as %s', async (statusCode, kind, reason) => {
    local.setFaults({ statusFor: { [PHONE]: statusCode } });
    expect(await make().send({ to: PHONE, message: 'x' })).toEqual({ kind, statusCode, reason });
  });

  it.each([
    ['HTTP 500', { http500: 1 }, /^HTTP 500/],
    ['HTTP 503 (down)', { down: true }, /^HTTP 503/],
    ['no answer within the timeout', { slowMs: TIMEOUT_MS + 300 }, new RegExp(`no answer within ${TIMEOUT_MS} ms`)],
  ])('asks for a retry on %s', async (_, faults, reason) => {
    local.setFaults(faults);
    const outcome = await make().send({ to: PHONE, message: 'x' });
    expect(outcome).toMatchObject({ kind: 'retry', reason: expect.stringMatching(reason) });
  });

  it('asks for a retry when nothing listens at all', async () => {
    const closed = await listen(() => new Response());
    await closed.close();
    expect(await gatewayAt(closed.url).send({ to: PHONE, message: 'x' })).toMatchObject({ kind: 'retry', statusCode: null, reason: expect.stringMatching(/network error/) });
  });
});

describe('the africastalking SDK', () => {
  it('keeps sending to the configured URL after another client resets the SDK\'s URLs', async () => {
    const gateway = createSdkSmsGateway({ username: 'sandbox', apiKey: 'test-key', smsUrl: `${server.url}/__at`, timeoutMs: TIMEOUT_MS });
    AfricasTalking({ username: 'someone-else', apiKey: 'other' });
    expect(await gateway.send({ to: PHONE, message: 'still here' })).toMatchObject({ kind: 'accepted' });
    expect(local.inbox(PHONE).at(-1)?.message).toBe('still here');
  });
});
