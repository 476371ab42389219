import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PHONES } from '../../src/db/demo-applications.js';
import { citizens, smsOutbox } from '../../src/db/schema.js';
import { createTestApp, TEST_NOW } from '../support/test-app.js';

let harness: Awaited<ReturnType<typeof createTestApp>>;
beforeEach(async () => {
  harness = await createTestApp();
});
afterEach(() => harness.close());

let inboundId = 0;
const text = async (from: string, message: string) => {
  const body = new URLSearchParams({ id: `stop-${(inboundId += 1)}`, from, to: '22222', text: message });
  const response = await harness.app.request('/sms/inbound', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
  expect(response.status).toBe(200);
};
const outbox = (phone: string) => harness.db.select().from(smsOutbox).where(eq(smsOutbox.phone, phone)).all();

describe('STOP, however many times it arrives', () => {
  it('is confirmed once per opt-out: 30 STOPs (ACHA among them) make one SMS, not 30', async () => {
    for (let i = 0; i < 30; i += 1) await text(DEMO_PHONES.english, i % 3 === 0 ? 'ACHA' : 'STOP');
    const rows = await outbox(DEMO_PHONES.english);
    expect(rows.map((row) => row.kind)).toEqual(['command_stop']);
    expect(await harness.db.select().from(citizens).where(eq(citizens.phone, DEMO_PHONES.english)).get()).toMatchObject({ smsOptOut: true, optedOutAt: TEST_NOW });
  });

  it('is confirmed again after the citizen turned updates back on and off', async () => {
    await text(DEMO_PHONES.english, 'STOP');
    await text(DEMO_PHONES.english, 'START');
    await text(DEMO_PHONES.english, 'STOP');
    await text(DEMO_PHONES.english, 'STOP');
    expect((await outbox(DEMO_PHONES.english)).map((row) => row.kind)).toEqual(['command_stop', 'command_start', 'command_stop']);
  });
});
