import { afterEach, describe, expect, it } from 'vitest';
import { ussdSessions } from '../../src/db/schema.js';
import { createTestApp } from '../support/test-app.js';
import { postSessionEnd, sessionEnd } from '../support/ussd-events-client.js';
import { postHop } from '../support/ussd-client.js';

let harness: Awaited<ReturnType<typeof createTestApp>> | undefined;
afterEach(() => harness?.close());

const valid = sessionEnd('n1', '+254711000111');
const without = (name: string) => Object.fromEntries(Object.entries(valid).filter(([key]) => key !== name));

describe('POST /ussd/events refuses malformed notifications with a 400 that names the field', () => {
  it.each([
    ['no sessionId', without('sessionId'), /sessionId is required/],
    ['no phoneNumber', without('phoneNumber'), /phoneNumber is required/],
    ['a phone number that is not Kenyan', { ...valid, phoneNumber: '+14155550100' }, /phoneNumber is not a Kenyan mobile number/],
    ['no status', without('status'), /status is required/],
    ['a status Africa\'s Talking does not send', { ...valid, status: 'Weird' }, /status must be one of Success, Incomplete, Failed/],
    ['a duration that is not a number', { ...valid, durationInMillis: 'abc' }, /durationInMillis must be a non-negative integer/],
    ['a negative duration', { ...valid, durationInMillis: '-5' }, /durationInMillis must be a non-negative integer/],
    ['a hop count with a fraction', { ...valid, hopsCount: '1.5' }, /hopsCount must be a non-negative integer/],
  ])('%s', async (_, fields, message) => {
    harness = await createTestApp({ seed: false });
    const reply = await postSessionEnd(harness.app, fields);
    expect(reply.status).toBe(400);
    expect(reply.body).toMatch(/^Bad request: /);
    expect(reply.body).toMatch(message);
  });

  it('refuses a JSON body: it is not a form', async () => {
    harness = await createTestApp({ seed: false });
    const response = await harness.app.request('/ussd/events', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(valid),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/expected a form body/);
  });

  it('refuses a body far larger than any notification with 413', async () => {
    harness = await createTestApp({ seed: false });
    expect((await postSessionEnd(harness.app, { ...valid, lastAppResponse: 'x'.repeat(20_000) })).status).toBe(413);
  });

  it('stores nothing from a refused notification', async () => {
    harness = await createTestApp();
    await postHop(harness.app, { sessionId: 'n1', phoneNumber: '+254711000111', text: '' });
    await postSessionEnd(harness.app, { ...valid, status: 'Weird' });
    const [row] = await harness.db.select().from(ussdSessions).all();
    expect(row).toMatchObject({ endStatus: null, notifiedAt: null, countedAt: null });
  });
});

describe('CALLBACK_SECRET guards the notification URL as it does /ussd', () => {
  it.each([
    ['no secret', '/ussd/events', 403],
    ['a wrong secret', '/ussd/events?secret=not-the-right-one-at-all', 403],
    ['the secret', '/ussd/events?secret=s3cret-s3cret-s3cret', 200],
  ])('answers a notification with %s with %d', async (_, path, status) => {
    harness = await createTestApp({ callbackSecret: 's3cret-s3cret-s3cret' });
    expect((await postSessionEnd(harness.app, valid, path)).status).toBe(status);
  });
});
