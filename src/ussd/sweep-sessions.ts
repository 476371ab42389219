import { and, inArray, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import type { Env } from '../config/parse-env.js';
import type { Database } from '../db/database.js';
import { ussdSessions } from '../db/schema.js';
import { countSession } from './count-session.js';

export interface SweepSettings {
  /** How long a dropped session's state is kept for the next dial to continue it. */
  resumeWindowMs: number;
  /** How long a session row is kept at all, from its start. */
  retentionMs: number;
}

export interface SweepDeps {
  db: Database;
  now: () => number;
  settings: SweepSettings;
  /** Rows each step handles per call at most, so a sweep never holds the database for long. */
  limit?: number;
}

export interface SweepResult {
  /** Sessions added to the funnel. */
  counted: number;
  /** Sessions deleted after the retention period. */
  purged: number;
  /** Sessions whose typed text and replies were erased after the resume window. */
  scrubbed: number;
}

/** The telco ends every session after 180 s; a session this quiet for longer is over. */
const SESSION_OVER_MS = 5 * 60 * 1000;
const DEFAULT_LIMIT = 500;

/** RESUME_WINDOW_MINUTES and SESSION_RETENTION_DAYS in the units the sweep works in. */
export function sweepSettings(env: Pick<Env, 'RESUME_WINDOW_MINUTES' | 'SESSION_RETENTION_DAYS'>): SweepSettings {
  return { resumeWindowMs: env.RESUME_WINDOW_MINUTES * 60_000, retentionMs: env.SESSION_RETENTION_DAYS * 86_400_000 };
}

/**
 * The upkeep of ussd_sessions, safe to run often and from several places at once: counts
 * finished sessions that no end-of-session notification counted, deletes sessions past the
 * retention period (counted first: only counted rows go, and the oldest are counted first),
 * and erases what citizens typed from sessions past the resume window.
 */
export async function sweepSessions(deps: SweepDeps): Promise<SweepResult> {
  const { db, settings } = deps;
  const now = deps.now();
  const limit = deps.limit ?? DEFAULT_LIMIT;

  const finished = await db
    .select({ sessionId: ussdSessions.sessionId })
    .from(ussdSessions)
    // created_at bounds the walk of the partial index ussd_sessions_uncounted (a session is
    // created before its last hop), so only the rows it bounds have updated_at read.
    .where(and(isNull(ussdSessions.countedAt), lt(ussdSessions.createdAt, now - SESSION_OVER_MS), lt(ussdSessions.updatedAt, now - SESSION_OVER_MS)))
    .orderBy(ussdSessions.createdAt)
    .limit(limit);
  let counted = 0;
  for (const { sessionId } of finished) if (await countSession(db, sessionId, now)) counted += 1;

  const expired = db
    .select({ sessionId: ussdSessions.sessionId })
    .from(ussdSessions)
    .where(and(lt(ussdSessions.createdAt, now - settings.retentionMs), isNotNull(ussdSessions.countedAt)))
    .limit(limit);
  const purged = await db.delete(ussdSessions).where(inArray(ussdSessions.sessionId, expired)).returning({ sessionId: ussdSessions.sessionId });

  // created_at bounds the walk of the partial index ussd_sessions_unscrubbed, as above.
  const unscrubbed = db
    .select({ sessionId: ussdSessions.sessionId })
    .from(ussdSessions)
    .where(
      and(
        isNull(ussdSessions.scrubbedAt),
        lt(ussdSessions.createdAt, now - settings.resumeWindowMs),
        lt(ussdSessions.updatedAt, now - settings.resumeWindowMs),
      ),
    )
    .limit(limit);
  const scrubbed = await db
    .update(ussdSessions)
    .set({
      // A state that is not JSON cannot be resumed anyway (the store replays it): it goes whole.
      // The list items a page showed (a citizen's own applications among them) go with the answers.
      state: sql`case when json_valid(${ussdSessions.state}) then json_remove(json_set(${ussdSessions.state}, '$.vars', json('{}')), '$.items') else '{}' end`,
      lastText: '',
      lastReply: '',
      lastInput: null,
      scrubbedAt: now,
    })
    .where(inArray(ussdSessions.sessionId, unscrubbed))
    .returning({ sessionId: ussdSessions.sessionId });

  return { counted, purged: purged.length, scrubbed: scrubbed.length };
}
