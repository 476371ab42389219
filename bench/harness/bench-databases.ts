import BetterSqlite3 from 'better-sqlite3';
import { CATEGORIES } from '../../src/domain/service-categories.js';

/**
 * The databases the servers run on, made from one file this project seeded. Each change is one
 * transaction through better-sqlite3, made while no server has the file open.
 */

function open(path: string) {
  const sqlite = new BetterSqlite3(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  return sqlite;
}

function withDatabase<T>(path: string, change: (sqlite: BetterSqlite3.Database) => T): T {
  const sqlite = open(path);
  try {
    return change(sqlite);
  } finally {
    sqlite.close();
  }
}

/** A consistent copy (`VACUUM INTO`), safe even while a server has the source open. */
export function copyDatabase(from: string, to: string): void {
  withDatabase(from, (sqlite) => sqlite.prepare('VACUUM INTO ?').run(to));
}

export function countRows(path: string, table: 'services' | 'ussd_sessions' | 'sms_outbox'): number {
  return withDatabase(path, (sqlite) => (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n);
}

const KINDS = [
  'Permit', 'Licence', 'Certificate', 'Registration', 'Renewal', 'Clearance', 'Search', 'Inspection', 'Approval', 'Levy',
  'Exemption', 'Transfer', 'Replacement', 'Extension', 'Appeal', 'Card', 'Booking', 'Refund', 'Waiver', 'Return',
  'Objection', 'Amendment', 'Verification', 'Passport', 'Visa',
];
const QUALIFIERS = ['Annual', 'Temporary', 'Provisional', 'Special', 'Standard', 'Express', 'Bulk', 'Regional', 'County', 'National'];

/**
 * Makes the catalogue hold `total` services. Fewer than the seed: the services no application
 * names go, the immigration ones (the category the bench lists) last. More: generated services
 * ("Express Permit 1234"), spread evenly over the live agencies and the 16 categories; one in
 * 25 is a "Passport" one, so a word search has matches to sort at every size.
 */
export function setCatalogueSize(path: string, total: number): void {
  withDatabase(path, (sqlite) => {
    const current = (sqlite.prepare('SELECT count(*) AS n FROM services').get() as { n: number }).n;
    sqlite.transaction(() => {
      if (total < current) trimCatalogue(sqlite, total);
      if (total > current) growCatalogue(sqlite, total - current);
    })();
  });
}

function trimCatalogue(sqlite: BetterSqlite3.Database, total: number) {
  const keep = new Set((sqlite.prepare('SELECT DISTINCT service_id AS id FROM applications').all() as { id: number }[]).map((row) => row.id));
  const candidates = sqlite.prepare("SELECT id FROM services ORDER BY category = 'immigration' DESC, id").all() as { id: number }[];
  for (const { id } of candidates) {
    if (keep.size >= total) break;
    keep.add(id);
  }
  sqlite.exec('CREATE TEMP TABLE bench_keep (id INTEGER PRIMARY KEY)');
  const insert = sqlite.prepare('INSERT INTO bench_keep (id) VALUES (?)');
  for (const id of keep) insert.run(id);
  sqlite.exec('DELETE FROM services WHERE id NOT IN (SELECT id FROM bench_keep); DROP TABLE bench_keep');
}

function growCatalogue(sqlite: BetterSqlite3.Database, extra: number) {
  const agencies = (sqlite.prepare("SELECT code FROM agencies WHERE onboarding_state = 'live' ORDER BY code").all() as { code: string }[]).map((row) => row.code);
  const insert = sqlite.prepare(`
    INSERT INTO services (agency_code, code, name_en, name_sw, description_en, description_sw, category, fee_kes,
      requirements_en, requirements_sw, processing_time_en, processing_time_sw, ussd_apply, apply_fields, status, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, NULL, 'live', ?, ?)`);
  const now = Date.now();
  for (let index = 0; index < extra; index += 1) {
    const name = `${QUALIFIERS[index % QUALIFIERS.length]} ${KINDS[Math.floor(index / QUALIFIERS.length) % KINDS.length]} ${index + 1}`;
    insert.run(
      agencies[index % agencies.length],
      `BENCH-${index + 1}`,
      name,
      `${name} (sw)`,
      `A generated service for the benchmark: ${name}.`,
      `Huduma ya majaribio: ${name}.`,
      CATEGORIES[index % CATEGORIES.length],
      (index % 50) * 100,
      'National ID, KRA PIN, passport photo',
      'Kitambulisho, PIN ya KRA, picha',
      '7 working days',
      'Siku 7 za kazi',
      now,
      now,
    );
  }
}

/**
 * Stores up to `count` more finished sessions, as the service holds them between the sweep's
 * runs: ended, counted into the funnel, touched within the last 5 minutes (so no sweep touches
 * them while the bench runs), from 200,000 phones outside the load's ranges. Inserts in
 * transactions of 50,000 and stops after `budgetMs`; returns how many it stored.
 */
export function addStoredSessions(path: string, count: number, budgetMs: number): number {
  return withDatabase(path, (sqlite) => {
    const insert = sqlite.prepare(`
      INSERT INTO ussd_sessions (session_id, phone, service_code, network_code, state, last_text, last_reply, hops, status, path, counted_at, created_at, updated_at)
      VALUES (?, ?, '*2222#', '63902', ?, '1*3*passport*2', ?, 4, 'ended', ?, ?, ?, ?)`);
    const state = JSON.stringify({ node: 'find.sms_queued', pageStarts: [0], shown: 0, more: false, history: [], vars: {}, attempts: 0, field: 0, lang: 'en', ended: true });
    const path = JSON.stringify(['main', 'find.how', 'find.search', 'find.search_results', 'find.details', 'find.sms_queued']);
    const reply = 'END We will send the details by SMS shortly.';
    const now = Date.now();
    const deadline = now + budgetMs;
    const insertBatch = sqlite.transaction((from: number, to: number) => {
      for (let index = from; index < to; index += 1) {
        const at = now - (index % 300_000);
        insert.run(`stored-${index}`, `+25479${String(index % 200_000).padStart(7, '0')}`, state, reply, path, at, at - 60_000, at);
      }
    });
    let stored = 0;
    while (stored < count && Date.now() < deadline) {
      const to = Math.min(count, stored + 50_000);
      insertBatch(stored, to);
      stored = to;
    }
    return stored;
  });
}

/** Queues `count` SMS in the outbox, due now, to phones outside the load's ranges. */
export function queueSms(path: string, count: number): void {
  withDatabase(path, (sqlite) => {
    const insert = sqlite.prepare(`
      INSERT INTO sms_outbox (dedupe_key, kind, phone, language, body, segments, state, attempts, next_attempt_at, created_at, updated_at)
      VALUES (?, 'service_details', ?, 'en', ?, 1, 'queued', 0, ?, ?, ?)`);
    const body = 'Certificate of Good Conduct (DCI): fee KES 1,050 + e-Citizen fee KES 50 = KES 1,100. Time: 14 working days.';
    const now = Date.now() - 1_000;
    sqlite.transaction(() => {
      for (let index = 0; index < count; index += 1) insert.run(`bench:${index}`, `+25478${String(index).padStart(7, '0')}`, body, now, now, now);
    })();
  });
}
