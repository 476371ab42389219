import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp } from '../support/test-app.js';

let harness: Awaited<ReturnType<typeof createTestApp>> | undefined;
afterEach(() => harness?.close());

const form = (fields: Record<string, string>) => ({ method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });

describe('SMS callbacks refuse what Africa\'s Talking would never send, with a 400 naming the field', () => {
  it.each([
    ['/sms/delivery', { status: 'Success' }, /id is required/],
    ['/sms/delivery', { id: 'ATXid_1', status: 'Lost' }, /status must be Sent, Submitted, Buffered, Success, Failed or Rejected/],
    ['/sms/inbound', { id: '1', text: 'help' }, /from is required/],
    ['/sms/inbound', { id: '1', from: '+14155550100', text: 'help' }, /from is not a Kenyan mobile number/],
    ['/sms/inbound', { from: '+254711000111', text: 'help' }, /id is required/],
    ['/sms/inbound', { id: '1', from: '+254711000111', text: 'x'.repeat(1001) }, /text is longer than 1000 characters/],
  ])('%s %j', async (path, fields, message) => {
    harness = await createTestApp({ seed: false });
    const response = await harness.app.request(path, form(fields));
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(message);
  });

  it.each(['/sms/delivery', '/sms/inbound'])('%s needs the callback secret when one is set', async (path) => {
    harness = await createTestApp({ seed: false, callbackSecret: 's3cret-s3cret-s3cret' });
    expect((await harness.app.request(path, form({ id: '1', status: 'Success', from: '+254711000111' }))).status).toBe(403);
  });

  it('refuses a JSON body', async () => {
    harness = await createTestApp({ seed: false });
    const response = await harness.app.request('/sms/inbound', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(response.status).toBe(400);
  });
});
