import { eq } from 'drizzle-orm';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ussdSessions } from '../../src/db/schema.js';
import type { SessionState } from '../../src/engine/session-state.js';
import { openDatabase } from '../../src/runtime/node.js';
import { createSqliteSessionStore } from '../../src/runtime/sqlite-session-store.js';
import { createSessionStore, type SessionRecord, type SessionStore } from '../../src/ussd/session-store.js';

/**
 * The two session stores, drizzle's (Workers, D1) and the prepared-statement one (Node), read
 * and write the same rows the same way, on a real SQLite file.
 */
const NOW = Date.UTC(2026, 0, 15, 9, 0, 0);
const STATE: SessionState = { node: 'find.how', pageStarts: [0], shown: 2, more: false, history: [{ node: 'main', pageStarts: [0] }], vars: { service_code: '*2222#' }, attempts: 0, field: 0, lang: 'sw', screenLimit: 160, ended: false };

const record = (overrides: Partial<SessionRecord> = {}): SessionRecord => ({
  sessionId: 'ATUid_1', phone: '+254711000111', serviceCode: '*2222#', networkCode: '63902', state: STATE,
  lastText: '1', lastReply: 'CON Find a service by:', hops: 1, path: ['main', 'find.how'], resumeFrom: null, now: NOW, ...overrides,
});

let dir: string;
let opened: ReturnType<typeof openDatabase>;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ecitizen-stores-'));
  opened = openDatabase(join(dir, 'stores.sqlite'));
});
afterEach(() => {
  opened.close();
  rmSync(dir, { recursive: true, force: true });
});

const STORES: [string, () => SessionStore][] = [
  ['drizzle (Workers)', () => createSessionStore(opened.db)],
  ['prepared statements (Node)', () => createSqliteSessionStore(opened.sqlite)],
];

describe.each(STORES)('the session store: %s', (_name, createStore) => {
  it('loads what it saved, and a second save of the session replaces the first', async () => {
    const store = createStore();
    expect(await store.load('ATUid_1')).toBeNull();
    await store.save(record());
    await store.save(record({ lastText: '1*1', lastReply: 'CON Choose an agency:', hops: 2, state: { ...STATE, node: 'find.agency' }, path: ['main', 'find.how', 'find.agency'], now: NOW + 5_000 }));
    expect(await store.load('ATUid_1')).toEqual({
      sessionId: 'ATUid_1', phone: '+254711000111', state: { ...STATE, node: 'find.agency', v: 1 }, lastText: '1*1', lastReply: 'CON Choose an agency:', hops: 2, path: ['main', 'find.how', 'find.agency'], resumeFrom: null,
    });
    const [row] = await opened.db.select().from(ussdSessions).where(eq(ussdSessions.sessionId, 'ATUid_1')).all();
    expect(row).toMatchObject({ status: 'open', createdAt: NOW, updatedAt: NOW + 5_000, networkCode: '63902' });
  });

  it.each([
    ['a state of this version is read as written, not parsed again', { ...STATE, v: 1, screenLimit: 170 }, { ...STATE, v: 1, screenLimit: 170 }],
    ['an older state (no version) is parsed: its missing budget gets the safe default', { ...STATE, screenLimit: undefined }, { ...STATE, screenLimit: 160 }],
    ['an older state that no longer parses is null: the hop replays', { node: 'main' }, null],
  ])('%s', async (_case, stored, expected) => {
    const store = createStore();
    await store.save(record());
    await opened.db.update(ussdSessions).set({ state: JSON.stringify(stored) }).where(eq(ussdSessions.sessionId, 'ATUid_1'));
    expect((await store.load('ATUid_1'))?.state).toEqual(expected);
  });

  it('finds the phone\'s latest session left on a CON screen, offers it once, and takes the answer once', async () => {
    const store = createStore();
    await store.save(record({ sessionId: 'dropped', now: NOW }));
    await store.save(record({ sessionId: 'finished', state: { ...STATE, ended: true }, now: NOW - 1_000 }));
    expect((await store.findResumable('+254711000111', NOW - 60_000, 'new'))?.sessionId).toBe('dropped');
    expect(await store.findResumable('+254711000111', NOW + 1, 'new')).toBeNull();
    expect(await store.findResumable('+254711000111', NOW - 60_000, 'dropped')).toBeNull();
    await store.markResume('dropped', 'offered');
    expect(await store.findResumable('+254711000111', NOW - 60_000, 'new')).toBeNull();
    await store.markResume('dropped', 'taken');
    await store.markResume('dropped', 'declined');
    const [row] = await opened.db.select({ resume: ussdSessions.resume }).from(ussdSessions).where(eq(ussdSessions.sessionId, 'dropped')).all();
    expect(row?.resume).toBe('taken');
  });
});
