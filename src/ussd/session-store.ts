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
  /** The nodes the session showed, in order, each once. */
  path: string[];
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
      const path = safeJson(row.path);
      return {
        sessionId: row.sessionId,
        phone: row.phone,
        serviceCode: row.serviceCode,
        networkCode: row.networkCode,
        state: state.success ? state.data : null,
        lastText: row.lastText,
        lastReply: row.lastReply,
        hops: row.hops,
        path: Array.isArray(path) ? path.filter((node): node is string => typeof node === 'string') : [],
        createdAt: row.createdAt,
      };
    },

    async save({ now, state, path, ...record }) {
      const values = { ...record, state: JSON.stringify(state), path: JSON.stringify(path), status: state.ended ? ('ended' as const) : ('open' as const), updatedAt: now };
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
