import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { z } from 'zod';
import { createSdkSmsGateway } from '../../src/runtime/africastalking-sms-gateway.js';
import { openPeerDatabase } from './peer/open-peer-database.js';
import { answerHop } from './peer/peer-menu.js';
import { createPeerQueries, type NewApplication } from './peer/peer-queries.js';
import { createPeerSessionStore } from './peer/peer-session-store.js';
import { listenPort } from './listen-port.js';

/**
 * The fair peer: the plain peer's ussd-menu-builder menus (bench/servers/peer/) with the work
 * this project does on each hop added around them, so the two are compared doing the same work:
 * the form checked with a zod schema; the reply stored per session and given again to a
 * retransmission; on a dial, the phone's language and a resumable session looked up (the menus
 * are English and offer no resume, but the look-ups are paid); an application and its SMS
 * written in one transaction, and the SMS sent through the africastalking SDK after the reply
 * (AT_SMS_URL, the bench's local gateway). Its session store (`peer_sessions`) and its reply
 * store (`fair_peer_hops`) are tables in the same SQLite file, with the project's pragmas.
 */
const sqlite = openPeerDatabase();

const RESUME_WINDOW_MS = 120_000;

sqlite.exec(`CREATE TABLE IF NOT EXISTS fair_peer_hops (
  session_id TEXT PRIMARY KEY, phone TEXT NOT NULL, last_text TEXT NOT NULL, reply TEXT NOT NULL,
  ended INTEGER NOT NULL, updated_at INTEGER NOT NULL);
  CREATE INDEX IF NOT EXISTS fair_peer_hops_phone ON fair_peer_hops (phone, updated_at)`);
const lastHop = sqlite.prepare<[string], { phone: string; lastText: string; reply: string }>(
  'SELECT phone, last_text AS lastText, reply FROM fair_peer_hops WHERE session_id = ?',
);
const saveHop = sqlite.prepare<[string, string, string, string, number, number]>(`
  INSERT INTO fair_peer_hops (session_id, phone, last_text, reply, ended, updated_at) VALUES (?, ?, ?, ?, ?, ?)
  ON CONFLICT (session_id) DO UPDATE SET last_text = excluded.last_text, reply = excluded.reply, ended = excluded.ended, updated_at = excluded.updated_at`);
const languageOf = sqlite.prepare<[string], { language: string }>('SELECT language FROM citizens WHERE phone = ?');
const resumable = sqlite.prepare<[string, number, string], { sessionId: string }>(`
  SELECT session_id AS sessionId FROM fair_peer_hops WHERE phone = ? AND ended = 0 AND updated_at >= ? AND session_id <> ?
  ORDER BY updated_at DESC LIMIT 1`);
const queueSms = sqlite.prepare<[string, string, string, number, number, number]>(`
  INSERT INTO sms_outbox (dedupe_key, kind, phone, language, body, segments, state, attempts, next_attempt_at, created_at, updated_at)
  VALUES (?, 'application_received', ?, 'en', ?, 1, 'queued', 0, ?, ?, ?)`);
const markSent = sqlite.prepare<[string, number, number]>("UPDATE sms_outbox SET state = ?, attempts = 1, updated_at = ? WHERE id = ?");

const gatewayUrl = process.env.AT_SMS_URL;
const gateway = gatewayUrl ? createSdkSmsGateway({ username: 'sandbox', apiKey: 'bench', smsUrl: gatewayUrl, timeoutMs: 10_000 }) : null;

/** SMS queued by this turn's hops, sent once their replies are on the way. */
const outgoing: { id: number; to: string; message: string }[] = [];

const plainQueries = createPeerQueries(sqlite);
const insertWithSms = sqlite.transaction((row: NewApplication) => {
  const inserted = plainQueries.insertApplication(row);
  const message = `e-Citizen: we received your application ${row.reference}. We will SMS you when it moves.`;
  const queued = queueSms.run(`application:${row.reference}`, row.phone, message, row.now, row.now, row.now);
  outgoing.push({ id: Number(queued.lastInsertRowid), to: row.phone, message });
  return inserted;
});
const queries = { ...plainQueries, insertApplication: (row: NewApplication) => insertWithSms(row) };
const deps = { queries, sessions: createPeerSessionStore(sqlite) };

const HopForm = z.object({
  sessionId: z.string().min(1).max(100),
  serviceCode: z.string().max(40).default(''),
  phoneNumber: z.string().regex(/^\+?\d{9,15}$/),
  networkCode: z.string().max(10).optional(),
  text: z.string().max(1_000).default(''),
});

const app = new Hono();
app.post('/ussd', async (c) => {
  const parsed = HopForm.safeParse(Object.fromEntries(new URLSearchParams(await c.req.text())));
  if (!parsed.success) return c.text(`Bad request: ${parsed.error.issues.map((issue) => issue.path.join('.')).join(', ')}`, 400);
  const form = parsed.data;
  const stored = lastHop.get(form.sessionId);
  if (stored && stored.phone !== form.phoneNumber) return c.text('Bad request: sessionId belongs to another phone number', 400);
  if (stored && stored.lastText === form.text) return c.text(stored.reply);
  const now = Date.now();
  if (!stored && form.text === '') {
    languageOf.get(form.phoneNumber);
    resumable.get(form.phoneNumber, now - RESUME_WINDOW_MS, form.sessionId);
  }
  const reply = await answerHop(deps, { sessionId: form.sessionId, serviceCode: form.serviceCode, phoneNumber: form.phoneNumber, text: form.text });
  saveHop.run(form.sessionId, form.phoneNumber, form.text, reply, reply.startsWith('END') ? 1 : 0, now);
  if (outgoing.length > 0) setImmediate(sendQueued);
  return c.text(reply);
});
app.get('/healthz', (c) => c.json({ status: 'ok' }));

function sendQueued() {
  for (const sms of outgoing.splice(0)) {
    if (!gateway) continue;
    void gateway.send({ to: sms.to, message: sms.message }).then((outcome) => markSent.run(outcome.kind === 'accepted' ? 'sent' : 'failed', Date.now(), sms.id));
  }
}

serve({ fetch: app.fetch, hostname: '127.0.0.1', port: listenPort() });
process.on('SIGTERM', () => {
  sqlite.close();
  process.exit(0);
});
