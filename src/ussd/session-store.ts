import { eq } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { ussdSessions } from '../db/schema.js';
import { SessionState } from '../engine/session-state.js';

export interface StoredSession {
  sessionId: string;
  phone: string;
  serviceCode: string;
  networkCode: string | null;
  /** Null when the stored state no longer parses (a format change): the hop replays instead. */
  state: SessionState | null;
  lastText: string;
  lastReply: string;
  hops: number;
  createdAt: number;
}

export interface SessionRecord extends Omit<StoredSession, 'state' | 'createdAt'> {
  state: SessionState;
  now: number;
}

/** Where USSD sessions live between hops: the database, so any instance can take the next hop. */
export interface SessionStore {
  load(sessionId: string): Promise<StoredSession | null>;
  /** Stores the state, reply and text of a hop in one write. */
  save(record: SessionRecord): Promise<void>;
}

export function createSessionStore(db: Database): SessionStore {
  return {
    async load(sessionId) {
      const row = await db.select().from(ussdSessions).where(eq(ussdSessions.sessionId, sessionId)).get();
      if (!row) return null;
      const state = SessionState.safeParse(safeJson(row.state));
      return { ...row, state: state.success ? state.data : null };
    },

    async save({ now, state, ...record }) {
      const values = { ...record, state: JSON.stringify(state), status: state.ended ? ('ended' as const) : ('open' as const), updatedAt: now };
      await db
        .insert(ussdSessions)
        .values({ ...values, createdAt: now })
        .onConflictDoUpdate({ target: ussdSessions.sessionId, set: values });
    },
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
