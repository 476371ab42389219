import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp } from '../support/test-app.js';
import { postHop } from '../support/ussd-client.js';

let harness: Awaited<ReturnType<typeof createTestApp>> | undefined;
afterEach(() => harness?.close());

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const valid = { sessionId: 'e1', serviceCode: '*2222#', phoneNumber: '+254711000111', networkCode: '63902', text: '' };
const without = (name: keyof typeof valid) => Object.fromEntries(Object.entries(valid).filter(([key]) => key !== name));

describe('POST /ussd refuses malformed callbacks with a 400 that names the field', () => {
  it.each([
    ['no sessionId', form(without('sessionId')), /sessionId is required/],
    ['an empty sessionId', form({ ...valid, sessionId: '  ' }), /sessionId is required/],
    ['no phoneNumber', form(without('phoneNumber')), /phoneNumber is required/],
    ['a phone number that is not Kenyan', form({ ...valid, phoneNumber: '+14155550100' }), /phoneNumber is not a Kenyan mobile number/],
    ['a phone number that is not a number', form({ ...valid, phoneNumber: "1' OR '1'='1" }), /phoneNumber is not a Kenyan mobile number/],
    ['text longer than a telco can send', form({ ...valid, text: '1*'.repeat(300) }), /text is longer than 500 characters/],
  ])('%s', async (_, body, message) => {
    harness = await createTestApp({ seed: false });
    const response = await harness.app.request('/ussd', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(message);
  });

  it.each([
    ['JSON', 'application/json', JSON.stringify(valid)],
    ['plain text', 'text/plain', 'sessionId=e1'],
    ['no content type', '', form(valid)],
  ])('refuses a %s body: it is not a form', async (_, type, body) => {
    harness = await createTestApp({ seed: false });
    const response = await harness.app.request('/ussd', { method: 'POST', headers: type ? { 'content-type': type } : {}, body });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/expected a form body/);
  });

  it('refuses a body far larger than any callback with 413', async () => {
    harness = await createTestApp({ seed: false });
    const response = await harness.app.request('/ussd', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form({ ...valid, padding: 'x'.repeat(20_000) }),
    });
    expect(response.status).toBe(413);
  });

  it('refuses a sessionId that belongs to another phone with 409', async () => {
    harness = await createTestApp();
    expect((await postHop(harness.app, { sessionId: 'shared', phoneNumber: '+254711000111', text: '' })).status).toBe(200);
    const other = await postHop(harness.app, { sessionId: 'shared', phoneNumber: '+254722000222', text: '1' });
    expect(other.status).toBe(409);
  });
});

describe('CALLBACK_SECRET', () => {
  it.each([
    ['no secret', '/ussd', 403],
    ['a wrong secret', '/ussd?secret=not-the-right-one-at-all', 403],
    ['the secret', '/ussd?secret=s3cret-s3cret-s3cret', 200],
  ])('answers a callback with %s with %d', async (_, path, status) => {
    harness = await createTestApp({ callbackSecret: 's3cret-s3cret-s3cret' });
    expect((await postHop(harness.app, { sessionId: 'c1', phoneNumber: '+254711000111', text: '' }, path)).status).toBe(status);
  });
});

describe('control characters in what a citizen typed', () => {
  it.each([
    ['NUL', '\u0000'],
    ['BEL', '\u0007'],
    ['ESC', '\u001b'],
    ['DEL', '\u007f'],
    ['C1 CSI', '\u009b'],
  ])('a %s inside a search word is dropped: the hop finds what the word finds, with no apology', async (_, control) => {
    harness = await createTestApp();
    const clean = await postHop(harness.app, { sessionId: 'cc-clean', phoneNumber: '+254711000111', text: '1*3*pass' });
    const dirty = await postHop(harness.app, { sessionId: 'cc-dirty', phoneNumber: '+254711000111', text: `1*3*pa${control}ss` });
    expect(clean.body).toMatch(/^CON Services matching pass:\n1\. /);
    expect(dirty).toEqual(clean);
    expect(harness.logger.entries.filter((entry) => entry.level === 'error')).toEqual([]);
  });
});

describe('a hop that fails inside', () => {
  it('answers END with an apology, never a 5xx, and logs the phone masked', async () => {
    harness = await createTestApp();
    harness.close();
    const reply = await postHop(harness.app, { sessionId: 'f1', phoneNumber: '+254711000111', text: '' });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatch(/^END Sorry, the service is not available right now/);
    const logged = JSON.stringify(harness.logger.entries);
    expect(harness.logger.entries.some((entry) => entry.message === 'ussd hop failed')).toBe(true);
    expect(logged).toContain('***111');
    // At most the last three digits: not even the prefix and network of the number.
    expect(logged).not.toMatch(/254711|711000/);
    harness = undefined;
  });

  it('apologises in Kiswahili to a citizen in a Kiswahili session', async () => {
    harness = await createTestApp();
    await postHop(harness.app, { sessionId: 'f2', phoneNumber: '+254722000222', text: '' });
    await postHop(harness.app, { sessionId: 'f2', phoneNumber: '+254722000222', text: '2' });
    harness.sqlite.exec('DROP TABLE application_events; DROP TABLE applications');
    const reply = await postHop(harness.app, { sessionId: 'f2', phoneNumber: '+254722000222', text: '2*EC31500421' });
    expect(reply.body).toMatch(/^END Samahani, huduma haipatikani/);
  });
});

describe('GET /healthz', () => {
  it('reports the database', async () => {
    harness = await createTestApp({ seed: false });
    const response = await harness.app.request('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('answers 503 when the database is gone', async () => {
    harness = await createTestApp({ seed: false });
    harness.close();
    expect((await harness.app.request('/healthz')).status).toBe(503);
    harness = undefined;
  });
});
