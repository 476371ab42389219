import BetterSqlite3 from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const MIGRATIONS = new URL('../../drizzle', import.meta.url).pathname;
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The migrations folder as it was before 0006, so a database can be built as production has it now. */
function migrationsBefore0006(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ecitizen-migrations-'));
  dirs.push(dir);
  cpSync(MIGRATIONS, dir, { recursive: true });
  const journalPath = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { idx: number }[] };
  journal.entries = journal.entries.filter((entry) => entry.idx < 6);
  writeFileSync(journalPath, JSON.stringify(journal));
  return dir;
}

describe('migration 0006 on a database that has data', () => {
  it('fills in each application\'s agency and version, each event\'s place and previous status, and each SMS\'s application and cause', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecitizen-0006-'));
    dirs.push(dir);
    const sqlite = new BetterSqlite3(join(dir, 'db.sqlite'));
    const db = drizzle(sqlite);
    migrate(db, { migrationsFolder: migrationsBefore0006() });
    sqlite.exec(`
      insert into agencies (code, name_en, name_sw, short_name_en, short_name_sw, onboarding_state, created_at, updated_at) values ('DCI', 'DCI', 'DCI', 'DCI', 'DCI', 'live', 1, 1);
      insert into services (id, agency_code, code, name_en, name_sw, description_en, description_sw, category, fee_kes, requirements_en, requirements_sw, processing_time_en, processing_time_sw, created_at, updated_at)
        values (7, 'DCI', 'GOOD-CONDUCT', 'Good conduct', 'Tabia njema', 'd', 'd', 'police', 1050, 'r', 'r', 't', 't', 1, 1);
      insert into applications (id, reference, service_id, applicant_phone, status, channel, created_at, updated_at) values (1, 'EC20418375', 7, '+254711000111', 'approved', 'web', 100, 300);
      insert into application_events (application_id, status, actor, created_at) values (1, 'submitted', 'citizen', 100), (1, 'under_review', 'DCI', 200), (1, 'approved', 'DCI', 300);
      insert into citizens (phone, language, sms_opt_out, created_at, updated_at) values ('+254711000111', 'en', 1, 1, 400);
      insert into sms_outbox (dedupe_key, kind, phone, language, body, segments, state, next_attempt_at, created_at, updated_at)
        values ('status_update:DCI:x', 'status_update', '+254711000111', 'en', 'e-Citizen EC20418375 (Good conduct): Approved.', 1, 'sent', 1, 1, 1),
               ('application_received:api:EC20418375', 'application_received', '+254711000111', 'en', 'Reference EC20418375.', 1, 'sent', 1, 1, 1),
               ('inbound:1', 'command_help', '+254711000111', 'en', 'help', 1, 'sent', 1, 1, 1);
      insert into idempotency_records (scope, key, request_hash, status, body, created_at) values ('agency:DCI', 'k1', 'h', 201, '{}', 500);
    `);

    migrate(db, { migrationsFolder: MIGRATIONS });

    expect(sqlite.prepare('select agency_code, version from applications').get()).toEqual({ agency_code: 'DCI', version: 2 });
    expect(sqlite.prepare('select seq, from_status, status from application_events order by id').all()).toEqual([
      { seq: 0, from_status: null, status: 'submitted' },
      { seq: 1, from_status: 'submitted', status: 'under_review' },
      { seq: 2, from_status: 'under_review', status: 'approved' },
    ]);
    expect(sqlite.prepare('select kind, application_id, caused_by from sms_outbox order by id').all()).toEqual([
      { kind: 'status_update', application_id: 1, caused_by: 'agency' },
      { kind: 'application_received', application_id: 1, caused_by: 'agency' },
      { kind: 'command_help', application_id: null, caused_by: 'citizen' },
    ]);
    expect(sqlite.prepare('select opted_out_at from citizens').get()).toEqual({ opted_out_at: 400 });
    expect(sqlite.prepare('select completed_at from idempotency_records').get()).toEqual({ completed_at: 500 });
    sqlite.close();
  });
});
