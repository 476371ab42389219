import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inArray } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { applications, smsOutbox, ussdSessions } from '../../src/db/schema.js';
import { openDatabase } from '../../src/runtime/node.js';
import { spawnNodeServer, waitUntilHealthy, type NodeServerProcess } from '../support/node-server-process.js';

/**
 * Group commit under load: the server answers a turn's hops only after their one transaction
 * is committed, so a SIGKILL right after replies went out loses none of them. Many apply
 * journeys run at once; the moment enough replies (some of them applications) have come back,
 * the server is killed. On the file, and from the server started again: every answered hop's
 * session, every application answered with its reference, and its SMS.
 */
const dir = mkdtempSync(join(tmpdir(), 'ecitizen-group-crash-'));
const database = join(dir, 'crash.sqlite');
const servers: NodeServerProcess[] = [];

afterAll(async () => {
  for (const server of servers) await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function start(): Promise<NodeServerProcess> {
  const server = spawnNodeServer({ DATABASE_PATH: database, LOG_LEVEL: 'error', SEED_DEMO_DATA: 'true' });
  servers.push(server);
  await waitUntilHealthy(server);
  return server;
}

/** Apply for a Birth Certificate: ID, name, county "kaka", the first centre, confirm. */
const APPLY = ['4', '1', '12345678', 'Amina Wanjiru', 'kaka', '1', '1'];
const WALKERS = 40;
const ANSWERED_BEFORE_KILL = 150;
const APPLIED_BEFORE_KILL = 8;

interface Answered {
  sessionId: string;
  phone: string;
  text: string;
  reply: string;
}

const hop = (url: string, sessionId: string, phone: string, text: string) =>
  fetch(`${url}/ussd`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ sessionId, serviceCode: '*2222#', phoneNumber: phone, networkCode: '63902', text }),
  }).then((response) => response.text());

describe('group commit and a crash right after replies', () => {
  it('keeps every answered hop, application and SMS', async () => {
    const server = await start();
    const answered: Answered[] = [];
    const references: string[] = [];
    let killed = false;
    const killNow = () => {
      if (killed) return;
      killed = true;
      process.kill(-server.child.pid!, 'SIGKILL');
    };

    const walk = async (walker: number) => {
      for (let journey = 0; !killed; journey += 1) {
        const sessionId = `crash-${walker}-${journey}`;
        const phone = `+2547400${String(walker * 100 + journey).padStart(5, '0')}`;
        for (let step = 0; step <= APPLY.length && !killed; step += 1) {
          const text = APPLY.slice(0, step).join('*');
          let reply: string;
          try {
            reply = await hop(server.url, sessionId, phone, text);
          } catch {
            return; // The connection died with the server: this hop was never answered.
          }
          answered.push({ sessionId, phone, text, reply });
          const reference = /reference is (EC\d{8})/.exec(reply)?.[1];
          if (reference) references.push(reference);
          // Killed in the same turn the reply arrived: nothing the server does after answering can help.
          if (answered.length >= ANSWERED_BEFORE_KILL && references.length >= APPLIED_BEFORE_KILL) killNow();
        }
      }
    };
    await Promise.all(Array.from({ length: WALKERS }, (_, walker) => walk(walker)));
    await server.exited;
    expect(references.length).toBeGreaterThanOrEqual(APPLIED_BEFORE_KILL);

    const { db, close } = openDatabase(database);
    try {
      const sessions = await db.select({ sessionId: ussdSessions.sessionId, lastText: ussdSessions.lastText }).from(ussdSessions)
        .where(inArray(ussdSessions.sessionId, [...new Set(answered.map((row) => row.sessionId))])).all();
      const lastText = new Map(sessions.map((row) => [row.sessionId, row.lastText]));
      const lost = answered.filter(({ sessionId, text }) => {
        const stored = lastText.get(sessionId);
        return stored === undefined || !(stored === text || text === '' || stored.startsWith(`${text}*`));
      });
      expect(lost).toEqual([]);

      const saved = await db.select({ reference: applications.reference }).from(applications).where(inArray(applications.reference, references)).all();
      expect(saved.map((row) => row.reference).sort()).toEqual([...references].sort());
      const sms = await db.select({ body: smsOutbox.body }).from(smsOutbox).all();
      for (const reference of references) expect(sms.some((row) => row.body.includes(reference)), reference).toBe(true);
    } finally {
      close();
    }

    // Started again, the server gives a retransmitted hop the reply it gave before the crash.
    const again = await start();
    const last = answered.at(-1)!;
    expect(await hop(again.url, last.sessionId, last.phone, last.text)).toBe(last.reply);
  }, 90_000);
});
