import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import { drizzle } from 'drizzle-orm/d1';
import { describe, expect, it } from 'vitest';
import * as schema from '../../src/db/schema.js';
import worker from '../../src/runtime/worker.js';
import { sweepSessions } from '../../src/ussd/sweep-sessions.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const settings = { resumeWindowMs: 10 * 60 * 1000, retentionMs: 30 * DAY_MS };

async function post(path: string, fields: Record<string, string>) {
  const response = await exports.default.fetch(
    new Request(`http://worker.test${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields),
    }),
  );
  return { status: response.status, body: await response.text() };
}

/** Each node's counts over all days. */
const countsOf = async (prefix: string) =>
  (
    await env.DB.prepare(
      'select node, sum(reached) as reached, sum(dropped) as dropped, sum(completed) as completed from ussd_node_counts where node like ? group by node order by node',
    )
      .bind(`${prefix}%`)
      .all()
  ).results;

/** A session row as the hop writes it, with a path of `nodes` node ids, last touched at `updatedAt`. */
async function insertSession(sessionId: string, nodes: string[], updatedAt: number) {
  await env.DB.prepare(
    `insert into ussd_sessions (session_id, phone, service_code, state, last_text, last_reply, hops, status, path, created_at, updated_at)
     values (?, '+254711000111', '*2222#', '{"vars":{"reference":"EC20418375"}}', '2*EC20418375', 'CON EC20418375', 2, 'open', ?, ?, ?)`,
  )
    .bind(sessionId, JSON.stringify(nodes), updatedAt, updatedAt)
    .run();
}

describe('the funnel on D1', () => {
  it("counts a session once when Africa's Talking notifies its end, however often", async () => {
    expect((await post('/ussd', { sessionId: 'wf1', serviceCode: '*2222#', phoneNumber: '+254711000111', text: '' })).status).toBe(200);
    const before = await countsOf('main');
    const notice = { sessionId: 'wf1', phoneNumber: '+254711000111', status: 'Incomplete', durationInMillis: '9000', hopsCount: '1', cost: 'KES 0.10' };
    expect(await post('/ussd/events', notice)).toEqual({ status: 200, body: 'OK' });
    expect(await post('/ussd/events', notice)).toEqual({ status: 200, body: 'OK' });
    const after = await countsOf('main');
    const reached = (rows: Record<string, unknown>[]) => rows.reduce((sum, row) => sum + Number(row.reached), 0);
    expect(reached(after) - reached(before)).toBe(1);
    const row = await env.DB.prepare('select end_status, duration_ms, counted_at from ussd_sessions where session_id = ?').bind('wf1').first();
    expect(row).toMatchObject({ end_status: 'Incomplete', duration_ms: 9000, counted_at: expect.any(Number) });
  });

  it('counts a path longer than the 100 parameters D1 binds in one statement', async () => {
    const nodes = Array.from({ length: 45 }, (_, index) => `d1long.${String(index).padStart(2, '0')}`);
    await insertSession('wf-long', nodes, Date.now());
    const result = await sweepSessions({ db: drizzle(env.DB, { schema }), now: () => Date.now() + 6 * 60 * 1000, settings });
    expect(result.counted).toBeGreaterThanOrEqual(1);
    const counts = await countsOf('d1long.');
    expect(counts).toHaveLength(45);
    expect(counts.at(-1)).toEqual({ node: 'd1long.44', reached: 1, dropped: 1, completed: 0 });
  });

  it('sweeps on the cron: counts, scrubs and in time deletes old sessions', async () => {
    await insertSession('wf-old', ['d1cron.main', 'd1cron.status'], Date.now() - 31 * DAY_MS);
    await insertSession('wf-hour', ['d1cron.main'], Date.now() - 60 * 60 * 1000);
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: '*/5 * * * *' }), env, ctx);
    await waitOnExecutionContext(ctx);
    expect(await countsOf('d1cron.')).toEqual([
      { node: 'd1cron.main', reached: 2, dropped: 1, completed: 0 },
      { node: 'd1cron.status', reached: 1, dropped: 1, completed: 0 },
    ]);
    expect(await env.DB.prepare('select 1 from ussd_sessions where session_id = ?').bind('wf-old').first()).toBeNull();
    const scrubbed = await env.DB.prepare('select * from ussd_sessions where session_id = ?').bind('wf-hour').first();
    expect(scrubbed).toMatchObject({ last_text: '', last_reply: '', last_input: null });
    expect(JSON.stringify(scrubbed)).not.toContain('EC20418375');
  });
});
