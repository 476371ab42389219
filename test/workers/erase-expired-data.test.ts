import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { drizzle } from 'drizzle-orm/d1';
import { describe, expect, it } from 'vitest';
import * as schema from '../../src/db/schema.js';
import { eraseExpiredData, retentionSettings } from '../../src/privacy/erase-expired-data.js';
import worker from '../../src/runtime/worker.js';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
/** Long before anything other tests write with the real clock, so only this file's rows are due. */
const NOW = Date.now() - 1000 * DAY;
const PHONE = '+254733000888';
const ANSWERS = '{"national_id":"29384756","full_name":"Wairimu Nyokabi"}';
const settings = retentionSettings({ SMS_RETENTION_DAYS: 30, ANSWERS_RETENTION_DAYS: 90 });

async function addSms(key: string, state: string, updatedAt: number) {
  await env.DB.prepare(
    `insert into sms_outbox (dedupe_key, kind, phone, language, body, segments, state, next_attempt_at, cost, created_at, updated_at)
     values (?, 'status_update', ?, 'en', 'EC20418375 is ready for collection', 1, ?, ?, 'KES 0.8000', ?, ?)`,
  )
    .bind(key, PHONE, state, updatedAt, updatedAt, updatedAt)
    .run();
}

async function addApplication(reference: string, status: string, updatedAt: number) {
  await env.DB.batch([
    env.DB.prepare(
      `insert or ignore into agencies (code, name_en, name_sw, short_name_en, short_name_sw, onboarding_state, created_at, updated_at)
       values ('ERASE', 'Erasure test', 'Erasure test', 'Erasure', 'Erasure', 'live', 0, 0)`,
    ),
    env.DB.prepare(
      `insert or ignore into services (agency_code, code, name_en, name_sw, description_en, description_sw, category, fee_kes, requirements_en, requirements_sw, processing_time_en, processing_time_sw, created_at, updated_at)
       values ('ERASE', 'ERASE-1', 'n', 'n', 'd', 'd', 'registration', 0, 'r', 'r', 'p', 'p', 0, 0)`,
    ),
    env.DB.prepare(
      `insert into applications (reference, service_id, applicant_phone, status, channel, answers, created_at, updated_at)
       values (?, (select id from services where agency_code = 'ERASE'), ?, ?, 'ussd', ?, ?, ?)`,
    ).bind(reference, PHONE, status, ANSWERS, updatedAt, updatedAt),
  ]);
}

const one = (sql: string, ...values: unknown[]) => env.DB.prepare(sql).bind(...values).first();

describe('the retention rules on D1', () => {
  it('erase and delete what is past its period, keep the rest, and count what they did', async () => {
    await addSms('d1-old-delivered', 'delivered', NOW - 31 * DAY);
    await addSms('d1-old-queued', 'queued', NOW - 31 * DAY);
    await addSms('d1-recent-sent', 'sent', NOW - 29 * DAY);
    await env.DB.prepare('insert into status_lookup_failures (phone, idempotency_key, created_at) values (?, ?, ?), (?, ?, ?)')
      .bind(PHONE, 'd1-lookup-old', NOW - 2 * HOUR, PHONE, 'd1-lookup-recent', NOW - HOUR / 2)
      .run();
    await env.DB.prepare("insert into idempotency_records (scope, key, request_hash, status, body, created_at) values ('agency:ERASE', ?, 'h', 201, ?, ?), ('agency:ERASE', ?, 'h', 201, ?, ?)")
      .bind('d1-key-old', `{"applicantPhone":"${PHONE}"}`, NOW - 2 * DAY, 'd1-key-recent', `{"applicantPhone":"${PHONE}"}`, NOW - HOUR)
      .run();
    await addApplication('EC70000001', 'collected', NOW - 91 * DAY);
    await addApplication('EC70000002', 'under_review', NOW - 91 * DAY);

    const db = drizzle(env.DB, { schema });
    expect(await eraseExpiredData({ db, now: () => NOW, settings })).toEqual({ smsErased: 1, lookupFailuresDeleted: 1, idempotencyRecordsDeleted: 1, answersErased: 1 });
    expect(await eraseExpiredData({ db, now: () => NOW, settings })).toEqual({ smsErased: 0, lookupFailuresDeleted: 0, idempotencyRecordsDeleted: 0, answersErased: 0 });

    expect(await one("select phone, body, state, cost from sms_outbox where dedupe_key = 'd1-old-delivered'")).toEqual({ phone: '', body: '', state: 'delivered', cost: 'KES 0.8000' });
    for (const kept of ['d1-old-queued', 'd1-recent-sent']) expect(await one('select phone from sms_outbox where dedupe_key = ?', kept)).toEqual({ phone: PHONE });
    expect(await one("select count(*) as n from status_lookup_failures where idempotency_key like 'd1-lookup-%'")).toEqual({ n: 1 });
    expect(await one("select key from idempotency_records where key like 'd1-key-%'")).toEqual({ key: 'd1-key-recent' });
    expect(await one("select answers from applications where reference = 'EC70000001'")).toEqual({ answers: null });
    expect(await one("select answers from applications where reference = 'EC70000002'")).toEqual({ answers: ANSWERS });
  });

  it('run on the cron', async () => {
    await addSms('d1-cron-old', 'failed', Date.now() - 31 * DAY);
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: '* * * * *' }), env, ctx);
    await waitOnExecutionContext(ctx);
    expect(await one("select phone, body, state from sms_outbox where dedupe_key = 'd1-cron-old'")).toEqual({ phone: '', body: '', state: 'failed' });
  });
});

describe('what D1 lets us do about the bytes', () => {
  // If this starts to pass, D1 has opened these up: turn them on in the Worker as on Node.
  it.each(['PRAGMA secure_delete = ON', 'PRAGMA wal_checkpoint(TRUNCATE)'])('refuses %s: its storage is Cloudflare\'s to forget', async (pragma) => {
    await expect(env.DB.prepare(pragma).run()).rejects.toThrow(/not authorized/);
  });
});
