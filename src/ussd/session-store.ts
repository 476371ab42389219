import { and, desc, eq, gte, isNull, ne, sql } from 'drizzle-orm';
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
  /** The dropped session this one offered to continue, while the citizen has not answered. */
  resumeFrom: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface SessionRecord extends Omit<StoredSession, 'state' | 'createdAt' | 'updatedAt'> {
  state: SessionState;
  now: number;
}

/** Where USSD sessions live between hops: the database, so any instance can take the next hop. */
export interface SessionStore {
  load(sessionId: string): Promise<StoredSession | null>;
  /** Stores the state, reply and text of a hop in one write. */
  save(record: SessionRecord): Promise<void>;
  /**
   * The phone's latest session since `since` (other than `exclude`), if it was left on a CON
   * screen and no later session has offered to continue it yet.
   */
  findResumable(phone: string, since: number, exclude: string): Promise<StoredSession | null>;
  /** Records that a later session offered to continue this one, and what the citizen answered. */
  markResume(sessionId: string, resume: 'offered' | 'taken' | 'declined'): Promise<void>;
}

export function createSessionStore(db: Database): SessionStore {
  // Every hop loads and saves its session: both statements are built and prepared once, not on
  // each hop (drizzle otherwise rebuilds the SQL and the driver prepares it on every run).
  const placeholder = (name: keyof typeof ussdSessions.$inferInsert) => sql.placeholder(name);
  const loadSession = db.select().from(ussdSessions).where(eq(ussdSessions.sessionId, sql.placeholder('sessionId'))).prepare();
  const changed = {
    phone: placeholder('phone'),
    serviceCode: placeholder('serviceCode'),
    networkCode: placeholder('networkCode'),
    state: placeholder('state'),
    lastText: placeholder('lastText'),
    lastReply: placeholder('lastReply'),
    hops: placeholder('hops'),
    path: placeholder('path'),
    resumeFrom: placeholder('resumeFrom'),
    status: placeholder('status'),
    updatedAt: placeholder('updatedAt'),
  };
  const saveSession = db
    .insert(ussdSessions)
    .values({ sessionId: placeholder('sessionId'), ...changed, createdAt: placeholder('updatedAt') })
    .onConflictDoUpdate({
      target: ussdSessions.sessionId,
      // The new row's values, for every column a hop changes (created_at stays).
      set: Object.fromEntries(Object.keys(changed).map((key) => [key, sql.raw(`excluded.${ussdSessions[key as keyof typeof changed].name}`)])),
    })
    .prepare();

  return {
    async load(sessionId) {
      const row = await loadSession.get({ sessionId });
      return row ? toStored(row) : null;
    },

    async save({ now, state, path, ...record }) {
      await saveSession.run({
        ...record,
        state: JSON.stringify(state),
        path: JSON.stringify(path),
        status: state.ended ? 'ended' : 'open',
        updatedAt: now,
      });
    },

    async findResumable(phone, since, exclude) {
      const row = await db
        .select()
        .from(ussdSessions)
        .where(and(eq(ussdSessions.phone, phone), gte(ussdSessions.updatedAt, since), ne(ussdSessions.sessionId, exclude)))
        .orderBy(desc(ussdSessions.updatedAt))
        .limit(1)
        .get();
      if (!row || row.status !== 'open' || row.resume !== null) return null;
      return toStored(row);
    },

    async markResume(sessionId, resume) {
      // An offer is made once; the answer replaces only a pending offer.
      const pending = resume === 'offered' ? isNull(ussdSessions.resume) : eq(ussdSessions.resume, 'offered');
      await db.update(ussdSessions).set({ resume }).where(and(eq(ussdSessions.sessionId, sessionId), pending));
    },
  };
}

function toStored(row: typeof ussdSessions.$inferSelect): StoredSession {
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
    resumeFrom: row.resumeFrom,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
