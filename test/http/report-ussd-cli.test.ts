import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ussdNodeCounts } from '../../src/db/schema.js';
import { SESSIONS_ROW } from '../../src/ussd/count-session.js';
import { openDatabase } from '../../src/runtime/open-database.js';

// Each run starts tsx: a few seconds in all.
const TIMEOUT_MS = 30_000;

let dir: string;
let databasePath: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ecitizen-report-'));
  databasePath = join(dir, 'ecitizen.sqlite');
  const { db, close } = openDatabase(databasePath);
  // Two sessions on 1 November: both showed main and help; one was left on help, one ended.
  await db.insert(ussdNodeCounts).values([
    { node: 'main', day: '2026-11-01', reached: 2, dropped: 0, completed: 1 },
    { node: 'help', day: '2026-11-01', reached: 2, dropped: 1, completed: 1 },
    { node: SESSIONS_ROW, day: '2026-11-01', reached: 2, dropped: 1, completed: 1 },
  ]);
  close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const report = (...args: string[]) => execFileSync('npx', ['tsx', 'scripts/report-ussd.ts', ...args], { env: { ...process.env, DATABASE_PATH: databasePath }, encoding: 'utf8' });

describe('npm run report:ussd', () => {
  it('totals sessions, not screens: two sessions that each showed two screens are 2', { timeout: TIMEOUT_MS }, () => {
    const lines = report('--from', '2026-11-01', '--to', '2026-11-01').split('\n');
    expect(lines.find((line) => line.startsWith('sessions'))?.split(/\s+/)).toEqual(['sessions', '2', '1', '1', '50.0%']);
    expect(lines.some((line) => line.startsWith('*sessions'))).toBe(false);
  });

  it('says when sessions are counted when a period has none', { timeout: TIMEOUT_MS }, () => {
    expect(report('--from', '2026-10-01', '--to', '2026-10-02')).toMatch(/No sessions were counted in this period\. A session is counted once it has ended/);
  });
});
