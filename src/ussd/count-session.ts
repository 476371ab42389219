import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { ussdNodeCounts, ussdSessions } from '../db/schema.js';
import { nairobiDay } from '../text/nairobi-day.js';

export interface NodeCount {
  node: string;
  day: string;
  reached: number;
  dropped: number;
  completed: number;
}

/**
 * What one session adds to the funnel, on the day it started in Nairobi: every node on its
 * path was reached (once, however often it was shown); an ended session completed after each
 * of them; an open one was left at the last screen it showed.
 */
export function sessionCounts(session: { path: string[]; status: 'open' | 'ended'; createdAt: number }): NodeCount[] {
  const day = nairobiDay(session.createdAt);
  const last = session.path.at(-1);
  return [...new Set(session.path)].map((node) => ({
    node,
    day,
    reached: 1,
    dropped: session.status === 'open' && node === last ? 1 : 0,
    completed: session.status === 'ended' ? 1 : 0,
  }));
}

/** D1 binds at most 100 parameters per statement; each row binds five. */
const ROWS_PER_UPSERT = Math.floor(100 / 5);

/**
 * Adds a session to ussd_node_counts, once however often it is called, by however many
 * callers. The session is marked counted first, by a conditional UPDATE that only one caller
 * can win; the upserts follow. Neither driver gives an async transaction, so a crash between
 * the two loses this one session's counts rather than ever counting it twice.
 * Returns whether this call counted it (false: already counted, or no such session).
 */
export async function countSession(db: Database, sessionId: string, now: number): Promise<boolean> {
  const [marked] = await db
    .update(ussdSessions)
    .set({ countedAt: now })
    .where(and(eq(ussdSessions.sessionId, sessionId), isNull(ussdSessions.countedAt)))
    .returning({ path: ussdSessions.path, status: ussdSessions.status, createdAt: ussdSessions.createdAt });
  if (!marked) return false;
  const counts = sessionCounts({ ...marked, path: parsePath(marked.path) });
  for (let start = 0; start < counts.length; start += ROWS_PER_UPSERT) {
    await db
      .insert(ussdNodeCounts)
      .values(counts.slice(start, start + ROWS_PER_UPSERT))
      .onConflictDoUpdate({
        target: [ussdNodeCounts.node, ussdNodeCounts.day],
        set: {
          reached: sql`${ussdNodeCounts.reached} + excluded.reached`,
          dropped: sql`${ussdNodeCounts.dropped} + excluded.dropped`,
          completed: sql`${ussdNodeCounts.completed} + excluded.completed`,
        },
      });
  }
  return true;
}

function parsePath(text: string): string[] {
  try {
    const path: unknown = JSON.parse(text);
    return Array.isArray(path) ? path.filter((node): node is string => typeof node === 'string') : [];
  } catch {
    return [];
  }
}
