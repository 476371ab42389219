import { and, desc, eq, gte, isNull, ne, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { ussdSessions } from '../db/schema.js';
import { SessionState } from '../engine/session-state.js';

export interface StoredSession {
  sessionId: string;
  phone: string;
  /** Null when the stored state no longer parses (a format change): the hop replays instead. */
  state: SessionState | null;
  lastText: string;
  lastReply: string;
  hops: number;
  /** The screens the session showed, in order, a screen again each time it was returned to (see addToPath). */
  path: string[];
  /** The dropped session this one offered to continue, while the citizen has not answered. */
  resumeFrom: string | null;
}

export interface SessionRecord extends Omit<StoredSession, 'state'> {
  serviceCode: string;
  networkCode: string | null;
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

/** Longer than any USSD session can last (the telco ends them after about three minutes). */
export const LONGEST_SESSION_MS = 60 * 60 * 1000;

/**
 * The shape of the state JSON this server writes (`v` in it). A state of this version was
 * written by the server from a SessionState, so it is read as written, without parsing it with
 * the schema again on every hop; any other (older rows, a hand-edited one) is parsed and
 * defaulted by the schema. Bump it whenever SessionState changes.
 */
export const STATE_VERSION = 1;

/** The state as a hop stores it: JSON marked with the version it was written at. */
export function stateJson(state: SessionState): string {
  return JSON.stringify({ ...state, v: STATE_VERSION });
}

export function createSessionStore(db: Database): SessionStore {
  // Every hop loads and saves its session: both statements are built and prepared once, not on
  // each hop (drizzle otherwise rebuilds the SQL and the driver prepares it on every run).
  const placeholder = (name: keyof typeof ussdSessions.$inferInsert) => sql.placeholder(name);
  const loadSession = db.select(storedColumns).from(ussdSessions).where(eq(ussdSessions.sessionId, sql.placeholder('sessionId'))).prepare();
  const latestOfPhone = db
    .select({ ...storedColumns, status: ussdSessions.status, resume: ussdSessions.resume })
    .from(ussdSessions)
    .where(
      and(
        eq(ussdSessions.phone, sql.placeholder('phone')),
        // Bounds the walk of the phone's sessions: none lasts an hour (telcos end them after minutes).
        gte(ussdSessions.createdAt, sql.placeholder('createdSince')),
        gte(ussdSessions.updatedAt, sql.placeholder('since')),
        ne(ussdSessions.sessionId, sql.placeholder('exclude')),
      ),
    )
    .orderBy(desc(ussdSessions.createdAt))
    .limit(1)
    .prepare();
  // The phone is not among them: a session keeps its phone (another phone's hop is refused), and
  // leaving it out keeps the upsert from rewriting the phone index on every hop.
  const changed = {
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
    .values({ sessionId: placeholder('sessionId'), phone: placeholder('phone'), ...changed, createdAt: placeholder('updatedAt') })
    .onConflictDoUpdate({
      target: ussdSessions.sessionId,
      // The new row's values, for every column a hop changes (created_at stays).
      set: Object.fromEntries(Object.keys(changed).map((key) => [key, sql.raw(`excluded.${ussdSessions[key as keyof typeof changed].name}`)])),
    })
    .prepare();

  // An offer is made once; the answer replaces only a pending offer.
  const markResume = (pending: SQL) =>
    db
      .update(ussdSessions)
      .set({ resume: sql`${sql.placeholder('resume')}` })
      .where(and(eq(ussdSessions.sessionId, sql.placeholder('sessionId')), pending))
      .prepare();
  const offerOnce = markResume(isNull(ussdSessions.resume));
  const answerOffer = markResume(eq(ussdSessions.resume, 'offered'));

  return {
    async load(sessionId) {
      const row = await loadSession.get({ sessionId });
      return row ? readStoredSession(row) : null;
    },

    async save({ now, state, path, ...record }) {
      await saveSession.run({
        ...record,
        state: stateJson(state),
        path: JSON.stringify(path),
        status: state.ended ? 'ended' : 'open',
        updatedAt: now,
      });
    },

    async findResumable(phone, since, exclude) {
      const row = await latestOfPhone.get({ phone, since, createdSince: since - LONGEST_SESSION_MS, exclude });
      if (!row || row.status !== 'open' || row.resume !== null) return null;
      return readStoredSession(row);
    },

    async markResume(sessionId, resume) {
      await (resume === 'offered' ? offerOnce : answerOffer).run({ sessionId, resume });
    },
  };
}

/** What a hop reads of its session. */
const storedColumns = {
  sessionId: ussdSessions.sessionId,
  phone: ussdSessions.phone,
  state: ussdSessions.state,
  lastText: ussdSessions.lastText,
  lastReply: ussdSessions.lastReply,
  hops: ussdSessions.hops,
  path: ussdSessions.path,
  resumeFrom: ussdSessions.resumeFrom,
};

/** A session row as both stores read it: the columns of `storedColumns`, named as they are. */
export type SessionRow = { [K in keyof typeof storedColumns]: (typeof ussdSessions.$inferSelect)[K] };

export function readStoredSession(row: SessionRow): StoredSession {
  const path = safeJson(row.path);
  return {
    sessionId: row.sessionId,
    phone: row.phone,
    state: readState(row.state),
    lastText: row.lastText,
    lastReply: row.lastReply,
    hops: row.hops,
    path: Array.isArray(path) ? path.filter((node): node is string => typeof node === 'string') : [],
    resumeFrom: row.resumeFrom,
  };
}

function readState(text: string): SessionState | null {
  const json = safeJson(text);
  if (typeof json === 'object' && json !== null && (json as { v?: unknown }).v === STATE_VERSION) return json as SessionState;
  const parsed = SessionState.safeParse(json);
  return parsed.success ? parsed.data : null;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
