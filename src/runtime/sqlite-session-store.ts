import type BetterSqlite3 from 'better-sqlite3';
import { LONGEST_SESSION_MS, readStoredSession, stateJson, type SessionRow, type SessionStore } from '../ussd/session-store.js';

const STORED_COLUMNS = `session_id AS sessionId, phone, state, last_text AS lastText, last_reply AS lastReply, hops, path, resume_from AS resumeFrom`;

/**
 * The session store on better-sqlite3, as plain prepared statements: the same SQL as
 * createSessionStore (src/ussd/session-store.ts, what Workers run on D1) writes through
 * drizzle, without drizzle's query objects and row mapping on the two statements every hop runs.
 * Both stores pass the same tests (test/ussd/session-stores.test.ts).
 */
export function createSqliteSessionStore(sqlite: BetterSqlite3.Database): SessionStore {
  const load = sqlite.prepare<[string], SessionRow>(`SELECT ${STORED_COLUMNS} FROM ussd_sessions WHERE session_id = ?`);
  // Bounded by created_at (no session lasts an hour) so it walks only the phone's recent rows.
  const latestOfPhone = sqlite.prepare<[string, number, number, string], SessionRow & { status: string; resume: string | null }>(`
    SELECT ${STORED_COLUMNS}, status, resume FROM ussd_sessions
    WHERE phone = ? AND created_at >= ? AND updated_at >= ? AND session_id <> ?
    ORDER BY created_at DESC LIMIT 1`);
  // The phone is not updated: a session keeps its phone, and leaving it out spares its index.
  const save = sqlite.prepare(`
    INSERT INTO ussd_sessions (session_id, phone, service_code, network_code, state, last_text, last_reply, hops, path, resume_from, status, created_at, updated_at)
    VALUES (@sessionId, @phone, @serviceCode, @networkCode, @state, @lastText, @lastReply, @hops, @path, @resumeFrom, @status, @updatedAt, @updatedAt)
    ON CONFLICT (session_id) DO UPDATE SET service_code = excluded.service_code, network_code = excluded.network_code, state = excluded.state,
      last_text = excluded.last_text, last_reply = excluded.last_reply, hops = excluded.hops, path = excluded.path,
      resume_from = excluded.resume_from, status = excluded.status, updated_at = excluded.updated_at`);
  // An offer is made once; the answer replaces only a pending offer.
  const offerOnce = sqlite.prepare<[string, string]>(`UPDATE ussd_sessions SET resume = ? WHERE session_id = ? AND resume IS NULL`);
  const answerOffer = sqlite.prepare<[string, string]>(`UPDATE ussd_sessions SET resume = ? WHERE session_id = ? AND resume = 'offered'`);

  return {
    async load(sessionId) {
      const row = load.get(sessionId);
      return row ? readStoredSession(row) : null;
    },
    async save({ now, state, path, sessionId, phone, serviceCode, networkCode, lastText, lastReply, hops, resumeFrom }) {
      save.run({ sessionId, phone, serviceCode, networkCode, lastText, lastReply, hops, resumeFrom, state: stateJson(state), path: JSON.stringify(path), status: state.ended ? 'ended' : 'open', updatedAt: now });
    },
    async findResumable(phone, since, exclude) {
      const row = latestOfPhone.get(phone, since - LONGEST_SESSION_MS, since, exclude);
      if (!row || row.status !== 'open' || row.resume !== null) return null;
      return readStoredSession(row);
    },
    async markResume(sessionId, resume) {
      (resume === 'offered' ? offerOnce : answerOffer).run(resume, sessionId);
    },
  };
}
