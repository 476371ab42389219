import { env } from 'cloudflare:workers';
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import worker, { type WorkerEnv } from '../../src/runtime/worker.js';

/** The Worker as `npm run dev:worker` runs it (wrangler.toml's development vars), with `vars` changed. */
async function get(path: string, vars: Partial<WorkerEnv> = {}, init: Pick<RequestInit, 'method' | 'headers' | 'body'> = {}) {
  const ctx = createExecutionContext();
  const response = await worker.fetch(new Request(`http://worker.test${path}`, init), { ...(env as unknown as WorkerEnv), ...vars }, ctx);
  await waitOnExecutionContext(ctx);
  return { status: response.status, body: await response.text() };
}

/** The note the simulator shows where its SMS inbox would be, read from the page's configuration. */
async function inboxNote(vars: Partial<WorkerEnv> = {}) {
  const page = await get('/simulator', vars);
  expect(page.status).toBe(200);
  // What Node says with an Africa's Talking account; a Worker never sends through a built-in gateway.
  if (!vars.AT_API_KEY) expect(page.body).not.toMatch(/sends SMS through Africa\\?'s Talking/);
  const config = JSON.parse(/const CONFIG = (\{.*\});/.exec(page.body)![1]!) as { noInboxNote: string };
  return config.noInboxNote;
}

describe('the simulator under npm run dev:worker', () => {
  it('has no built-in gateway to show an inbox from: the page learns so from the inbox answering 404', async () => {
    const inbox = await get('/__at/inbox', {}, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'phoneNumber=%2B254711000111' });
    expect(inbox.status).toBe(404);
  });

  it.each([
    { name: 'without a gateway, SMS wait in the D1 outbox, and it says how to read them', vars: {}, says: [/no built-in SMS gateway/, /wait in the sms_outbox table/, /wrangler d1 execute DB --local/, /AT_SMS_URL/] },
    { name: 'with AT_SMS_URL, the configured gateway sends them', vars: { AT_SMS_URL: 'http://127.0.0.1:9' }, says: [/no built-in SMS gateway/, /sent by the gateway at AT_SMS_URL/, /sms_outbox/] },
    { name: 'with AT_API_KEY, Africa\'s Talking sends them', vars: { AT_API_KEY: 'atsk_test', AT_USERNAME: 'sandbox' }, says: [/no built-in SMS gateway/, /sent through Africa's Talking/, /sms_outbox/] },
  ])('explains its empty inbox: $name', async ({ vars, says }) => {
    const note = await inboxNote(vars);
    for (const words of says) expect(note).toMatch(words);
  });
});
