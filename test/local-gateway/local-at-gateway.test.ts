import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLocalAtGateway, type LocalAtGatewayOptions } from '../../src/local-gateway/local-at-gateway.js';
import { recordingLogger, TEST_NOW } from '../support/test-app.js';

const PREFIX = '/__at';
const ALICE = '+254711000111';
const BAKARI = '+254722000222';
const MESSAGE_ID = expect.stringMatching(/^ATXid_[0-9a-f]{32}$/);

interface SmsAnswer {
  SMSMessageData: {
    Message: string;
    Recipients: { statusCode: number; number: string; status: string; cost: string; messageId: string }[];
  };
}
const answer = async (response: Response | Promise<Response>) => (await (await response).json()) as SmsAnswer;

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

/** The gateway mounted under a prefix, as the service mounts it, with a fixed clock and no delay. */
function startGateway(options: Partial<LocalAtGatewayOptions> = {}) {
  const logger = recordingLogger();
  const gateway = createLocalAtGateway({ logger, now: () => TEST_NOW, deliveryDelayMs: 0, ...options });
  const host = new Hono().route(PREFIX, gateway.app);
  closers.push(async () => {
    gateway.reset();
    await gateway.flushDeliveryReports();
  });

  const post = (path: string, body: string, headers: Record<string, string>) =>
    host.request(`${PREFIX}${path}`, { method: 'POST', headers, body });
  const formHeaders = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };

  return {
    gateway,
    logger,
    host,
    /** `POST /version1/messaging` as the africastalking SDK sends it. */
    send: (fields: Record<string, string>, headers: Record<string, string> = { apiKey: 'test-api-key' }) =>
      post('/version1/messaging', new URLSearchParams({ username: 'sandbox', ...fields }).toString(), { ...formHeaders, ...headers }),
    inbox: (phoneNumber: string) => post('/inbox', new URLSearchParams({ phoneNumber }).toString(), formHeaders),
    control: (faults: unknown) => post('/control', JSON.stringify(faults), { 'content-type': 'application/json' }),
  };
}

/** A real HTTP server on 127.0.0.1 that keeps every delivery report posted to it. */
async function startReportReceiver() {
  const reports: Record<string, string>[] = [];
  const app = new Hono().post('/sms/delivery', async (c) => {
    reports.push(Object.fromEntries(new URLSearchParams(await c.req.text())));
    return c.text('OK');
  });
  const { server, port } = await new Promise<{ server: ReturnType<typeof serve>; port: number }>((resolve) => {
    const started = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => resolve({ server: started, port: info.port }));
  });
  let open = true;
  const close = async () => {
    if (!open) return;
    open = false;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  closers.push(close);
  return { url: `http://127.0.0.1:${port}/sms/delivery`, reports, close };
}

describe('POST /version1/messaging answers as Africa\'s Talking does', () => {
  it('answers 201 with the recipient, its cost and a message id', async () => {
    const { send } = startGateway();
    const response = await send({ to: ALICE, message: 'Your application EC20418375 is ready.' });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({
      SMSMessageData: {
        Message: 'Sent to 1/1 Total Cost: KES 0.8000',
        Recipients: [{ statusCode: 101, number: ALICE, status: 'Success', cost: 'KES 0.8000', messageId: MESSAGE_ID }],
      },
    });
  });

  it('answers for each of two comma-separated recipients, each with its own message id', async () => {
    const { send } = startGateway();
    const response = await send({ to: `${ALICE}, ${BAKARI}`, message: 'Hello' });
    expect(response.status).toBe(201);
    const body = await answer(response);
    expect(body).toEqual({
      SMSMessageData: {
        Message: 'Sent to 2/2 Total Cost: KES 1.6000',
        Recipients: [
          { statusCode: 101, number: ALICE, status: 'Success', cost: 'KES 0.8000', messageId: MESSAGE_ID },
          { statusCode: 101, number: BAKARI, status: 'Success', cost: 'KES 0.8000', messageId: MESSAGE_ID },
        ],
      },
    });
    const [first, second] = body.SMSMessageData.Recipients;
    expect(first?.messageId).not.toBe(second?.messageId);
  });

  it.each([
    ['a 1-segment message (160 characters)', 'x'.repeat(160), 'KES 0.8000'],
    ['a 2-segment message (161 characters)', 'x'.repeat(161), 'KES 1.6000'],
    ['a 3-segment message (307 characters)', 'x'.repeat(307), 'KES 2.4000'],
  ])('charges KES 0.80 per GSM-7 segment: %s costs %s', async (_, message, cost) => {
    const { send } = startGateway();
    const body = await answer(send({ to: ALICE, message }));
    expect(body.SMSMessageData.Recipients[0]?.cost).toBe(cost);
    expect(body.SMSMessageData.Message).toBe(`Sent to 1/1 Total Cost: ${cost}`);
  });

  it('keeps a number as it was sent, and files it under the phone in E.164', async () => {
    const { send, gateway } = startGateway();
    const body = await answer(send({ to: '0711000111', message: 'Hello' }));
    expect(body.SMSMessageData.Recipients[0]?.number).toBe('0711000111');
    expect(gateway.inbox(ALICE)).toHaveLength(1);
  });

  it('logs each accepted message with the phone masked and never the message text', async () => {
    const { send, logger } = startGateway();
    await send({ to: ALICE, message: 'ID 12345678 approved' });
    const logged = JSON.stringify(logger.entries);
    expect(logger.entries.some((entry) => entry.message === 'local gateway accepted an sms')).toBe(true);
    expect(logged).toContain('***111');
    expect(logged).not.toContain(ALICE);
    expect(logged).not.toContain('12345678');
  });

  it('keeps the newest 10,000 messages and drops the oldest', async () => {
    const { send, gateway } = startGateway();
    await send({ to: '+254700000001', message: 'first' });
    await send({ to: Array(10_000).fill(ALICE).join(','), message: 'Hello' });
    const messages = gateway.messages();
    expect(messages).toHaveLength(10_000);
    expect(messages.some((message) => message.number === '+254700000001')).toBe(false);
  });
});

describe('POST /version1/messaging refuses a request as Africa\'s Talking does', () => {
  it.each([
    ['no apiKey header', {}],
    ['an empty apiKey header', { apiKey: '' }],
  ])('answers 401 to %s', async (_, headers) => {
    const { send, gateway } = startGateway();
    const response = await send({ to: ALICE, message: 'Hello' }, headers);
    expect(response.status).toBe(401);
    expect(await response.text()).toBe('The supplied authentication is invalid');
    expect(gateway.messages()).toEqual([]);
  });

  it('reads the apiKey header whatever its case (the SDK sends `apikey`)', async () => {
    const { send } = startGateway();
    expect((await send({ to: ALICE, message: 'Hello' }, { apikey: 'test-api-key' })).status).toBe(201);
  });

  it.each([
    ['no `to`', { message: 'Hello' }, /to is required/],
    ['a `to` of commas only', { to: ' , ', message: 'Hello' }, /to is required/],
    ['no `message`', { to: ALICE }, /message is required/],
  ])('answers 400 naming the field to %s', async (_, fields, error) => {
    const { send } = startGateway();
    const response = await send(fields);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(error);
  });
});

describe('recipient statuses', () => {
  it.each([
    [401, 'RiskHold'],
    [403, 'InvalidPhoneNumber'],
    [406, 'UserInBlacklist'],
    [502, 'RejectedByGateway'],
  ] as const)('a number configured for %d is refused as %s, at no cost and with no message id', async (code, name) => {
    const { send, gateway } = startGateway();
    gateway.setFaults({ statusFor: { [ALICE]: code } });
    const body = await answer(send({ to: ALICE, message: 'Hello' }));
    expect(body).toEqual({
      SMSMessageData: {
        Message: 'Sent to 0/1 Total Cost: 0',
        Recipients: [{ statusCode: code, number: ALICE, status: name, cost: '0', messageId: 'None' }],
      },
    });
  });

  it('refuses a number that is not a Kenyan mobile number as 403 InvalidPhoneNumber', async () => {
    const { send } = startGateway();
    const body = await answer(send({ to: '+14155550100', message: 'Hello' }));
    expect(body.SMSMessageData.Recipients).toEqual([
      { statusCode: 403, number: '+14155550100', status: 'InvalidPhoneNumber', cost: '0', messageId: 'None' },
    ]);
  });

  it('counts and charges only the accepted recipients', async () => {
    const { send, gateway } = startGateway();
    gateway.setFaults({ statusFor: { [BAKARI]: 406 } });
    const body = await answer(send({ to: `${ALICE},${BAKARI}`, message: 'Hello' }));
    expect(body.SMSMessageData.Message).toBe('Sent to 1/2 Total Cost: KES 0.8000');
  });

  it('answers an accepted status code other than 101 with that code', async () => {
    const { send, gateway } = startGateway();
    gateway.setFaults({ statusFor: { [ALICE]: 102 } });
    const body = await answer(send({ to: ALICE, message: 'Hello' }));
    expect(body.SMSMessageData.Recipients[0]).toMatchObject({ statusCode: 102, status: 'Success', messageId: MESSAGE_ID });
  });
});

describe('faults', () => {
  it('answers the next 5 requests with HTTP 500 after http500: 5, then recovers on the 6th', async () => {
    const { send, gateway } = startGateway();
    gateway.setFaults({ http500: 5 });
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await send({ to: ALICE, message: `try ${i}` })).status);
    expect(statuses).toEqual([500, 500, 500, 500, 500, 201]);
    expect(gateway.messages()).toHaveLength(1);
  });

  it('answers 503 while down, and 201 once back up', async () => {
    const { send, gateway } = startGateway();
    gateway.setFaults({ down: true });
    expect((await send({ to: ALICE, message: 'Hello' })).status).toBe(503);
    expect((await send({ to: ALICE, message: 'Hello' })).status).toBe(503);
    gateway.setFaults({ down: false });
    expect((await send({ to: ALICE, message: 'Hello' })).status).toBe(201);
  });

  it('makes every answer take at least slowMs', async () => {
    const { send, gateway } = startGateway();
    gateway.setFaults({ slowMs: 150 });
    const started = performance.now();
    const response = await send({ to: ALICE, message: 'Hello' });
    expect(response.status).toBe(201);
    expect(performance.now() - started).toBeGreaterThanOrEqual(130);
  });

  it('merges faults: setting one leaves the others', async () => {
    const { send, gateway } = startGateway();
    gateway.setFaults({ statusFor: { [ALICE]: 403 } });
    gateway.setFaults({ http500: 1 });
    expect((await send({ to: ALICE, message: 'Hello' })).status).toBe(500);
    const body = await answer(send({ to: ALICE, message: 'Hello' }));
    expect(body.SMSMessageData.Recipients[0]?.statusCode).toBe(403);
  });

  it.each([
    ['an unknown fault', { http_500: 1 }],
    ['a negative count', { http500: -1 }],
    ['a status code Africa\'s Talking does not use', { statusFor: { [ALICE]: 418 } }],
    ['a number that is not Kenyan', { statusFor: { '+14155550100': 403 } }],
    ['a delivery status that is not a failure', { deliveryFor: { [ALICE]: { status: 'Success' } } }],
  ])('refuses %s', (_, faults) => {
    const { gateway } = startGateway();
    expect(() => gateway.setFaults(faults as never)).toThrow();
  });
});

describe('POST /inbox', () => {
  it('lists only that phone\'s messages, oldest first', async () => {
    let clock = TEST_NOW;
    const { send, inbox } = startGateway({ now: () => clock });
    await send({ to: ALICE, message: 'first', from: 'eCitizen' });
    clock += 1000;
    await send({ to: BAKARI, message: 'for Bakari' });
    clock += 1000;
    await send({ to: ALICE, message: 'second' });

    const response = await inbox('0711 000 111');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      messages: [
        { messageId: MESSAGE_ID, from: 'eCitizen', message: 'first', receivedAt: new Date(TEST_NOW).toISOString(), status: 'accepted', delivery: 'pending' },
        { messageId: MESSAGE_ID, from: 'AFRICASTKNG', message: 'second', receivedAt: new Date(TEST_NOW + 2000).toISOString(), status: 'accepted', delivery: 'pending' },
      ],
    });
  });

  it('shows a refused message with its failure name, never delivered', async () => {
    const { send, inbox, gateway } = startGateway();
    gateway.setFaults({ statusFor: { [ALICE]: 406 } });
    await send({ to: ALICE, message: 'Hello' });
    expect(((await (await inbox(ALICE)).json()) as { messages: unknown[] }).messages).toEqual([
      expect.objectContaining({ messageId: 'None', status: 'UserInBlacklist', delivery: 'none' }),
    ]);
  });

  it('answers an empty list for a phone it has no messages for', async () => {
    const { inbox } = startGateway();
    expect(await (await inbox(BAKARI)).json()).toEqual({ messages: [] });
  });

  it('is reached by POST only, so a phone number never appears in a URL', async () => {
    const { host } = startGateway();
    expect((await host.request(`${PREFIX}/inbox?phoneNumber=%2B254711000111`)).status).toBe(404);
  });

  it('answers 400 without a phone number it can read', async () => {
    const { inbox } = startGateway();
    const response = await inbox('not a phone');
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/phoneNumber is not a Kenyan mobile number/);
  });
});

describe('/control, for tests that drive a gateway in another process', () => {
  it('sets faults with POST and answers 204', async () => {
    const { send, control } = startGateway();
    expect((await control({ statusFor: { [ALICE]: 403 }, http500: 1 })).status).toBe(204);
    expect((await send({ to: ALICE, message: 'Hello' })).status).toBe(500);
    const body = await answer(send({ to: ALICE, message: 'Hello' }));
    expect(body.SMSMessageData.Recipients[0]?.status).toBe('InvalidPhoneNumber');
  });

  it('resets faults and messages with DELETE', async () => {
    const { send, control, host, gateway } = startGateway();
    await send({ to: ALICE, message: 'Hello' });
    await control({ down: true });
    expect((await host.request(`${PREFIX}/control`, { method: 'DELETE' })).status).toBe(204);
    expect(gateway.messages()).toEqual([]);
    expect((await send({ to: ALICE, message: 'Hello' })).status).toBe(201);
  });

  it.each([
    ['faults it does not know', JSON.stringify({ slow: 100 }), /unknown field slow/],
    ['a status code it does not know', JSON.stringify({ statusFor: { [ALICE]: 200 } }), /statusFor: the status code must be one of/],
    ['a body that is not JSON', 'down=true', /expected a JSON body/],
  ])('answers 400 with a JSON error to %s', async (_, body, message) => {
    const { host } = startGateway();
    const response = await host.request(`${PREFIX}/control`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBe(400);
    const error = (await response.json()) as { error: { code: string; message: string } };
    expect(error.error.code).toBe('invalid_request');
    expect(error.error.message).toMatch(message);
  });
});

describe('delivery reports', () => {
  it('posts Success for an accepted message, as Africa\'s Talking does', async () => {
    const receiver = await startReportReceiver();
    const { send, gateway } = startGateway({ deliveryReportUrl: receiver.url });
    const body = await answer(send({ to: ALICE, message: 'Hello' }));
    await gateway.flushDeliveryReports();
    expect(receiver.reports).toEqual([
      { id: body.SMSMessageData.Recipients[0]?.messageId, status: 'Success', phoneNumber: ALICE, networkCode: '63902', retryCount: '0' },
    ]);
    expect(gateway.inbox(ALICE)[0]?.delivery).toBe('Success');
  });

  it('posts the configured failure with its failureReason', async () => {
    const receiver = await startReportReceiver();
    const { send, gateway } = startGateway({ deliveryReportUrl: receiver.url });
    gateway.setFaults({ deliveryFor: { [ALICE]: { status: 'Failed', failureReason: 'UserInBlackList' } } });
    await send({ to: `${ALICE},${BAKARI}`, message: 'Hello' });
    await gateway.flushDeliveryReports();
    expect(receiver.reports).toHaveLength(2);
    expect(receiver.reports).toContainEqual(expect.objectContaining({ phoneNumber: ALICE, status: 'Failed', failureReason: 'UserInBlackList' }));
    expect(receiver.reports.find((report) => report.phoneNumber === BAKARI)).not.toHaveProperty('failureReason');
    expect(gateway.inbox(ALICE)[0]?.delivery).toBe('Failed');
  });

  it('waits deliveryDelayMs before reporting', async () => {
    const receiver = await startReportReceiver();
    const { send, gateway } = startGateway({ deliveryReportUrl: receiver.url, deliveryDelayMs: 100 });
    await send({ to: ALICE, message: 'Hello' });
    expect(gateway.inbox(ALICE)[0]?.delivery).toBe('pending');
    expect(receiver.reports).toEqual([]);
    await gateway.flushDeliveryReports();
    expect(receiver.reports).toHaveLength(1);
  });

  it('posts to a URL set after the gateway was created', async () => {
    const receiver = await startReportReceiver();
    const { send, gateway } = startGateway();
    gateway.setDeliveryReportUrl(receiver.url);
    await send({ to: ALICE, message: 'Hello' });
    await gateway.flushDeliveryReports();
    expect(receiver.reports).toHaveLength(1);
  });

  it('posts nothing without a deliveryReportUrl, nor for a refused recipient', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>();
    const { send, gateway } = startGateway({ fetch });
    await send({ to: ALICE, message: 'Hello' });
    await gateway.flushDeliveryReports();
    gateway.setDeliveryReportUrl('http://127.0.0.1:9/never');
    gateway.setFaults({ statusFor: { [BAKARI]: 403 } });
    await send({ to: BAKARI, message: 'Hello' });
    await gateway.flushDeliveryReports();
    expect(fetch).not.toHaveBeenCalled();
    expect(gateway.inbox(ALICE)[0]?.delivery).toBe('Success');
  });

  it('logs a receiver that is down, with the phone masked, and does not throw', async () => {
    const receiver = await startReportReceiver();
    await receiver.close();
    const { send, gateway, logger } = startGateway({ deliveryReportUrl: receiver.url });
    expect((await send({ to: ALICE, message: 'Hello' })).status).toBe(201);
    await expect(gateway.flushDeliveryReports()).resolves.toBeUndefined();
    const failure = logger.entries.find((entry) => entry.message === 'local gateway delivery report failed');
    expect(failure?.level).toBe('warn');
    expect(failure?.fields.phone).toBe('***111');
    expect(JSON.stringify(logger.entries)).not.toContain(ALICE);
  });

  it('logs a receiver that refuses the report', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(async () => new Response('nope', { status: 500 }));
    const { send, gateway, logger } = startGateway({ fetch, deliveryReportUrl: 'http://127.0.0.1:9/refuses' });
    await send({ to: ALICE, message: 'Hello' });
    await gateway.flushDeliveryReports();
    expect(logger.entries).toContainEqual(
      expect.objectContaining({ message: 'local gateway delivery report refused', fields: expect.objectContaining({ status: 500 }) }),
    );
  });

  it('drops the reports not yet due on reset', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>();
    const { send, gateway } = startGateway({ fetch, deliveryReportUrl: 'http://127.0.0.1:9/never', deliveryDelayMs: 10_000 });
    await send({ to: ALICE, message: 'Hello' });
    gateway.reset();
    await gateway.flushDeliveryReports();
    expect(fetch).not.toHaveBeenCalled();
  });
});
