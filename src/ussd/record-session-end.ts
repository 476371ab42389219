import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/database.js';
import { ussdSessions } from '../db/schema.js';
import { countSession } from './count-session.js';

/** `Success`, `Incomplete` (left on a CON screen) or `Failed` (our server erred). */
export const SessionEndStatus = z.enum(['Success', 'Incomplete', 'Failed']);

/** Africa's Talking's end-of-session notification, validated, with the phone in E.164. */
export interface SessionEnd {
  sessionId: string;
  phone: string;
  endStatus: z.infer<typeof SessionEndStatus>;
  durationMs: number | null;
  cost: string | null;
  hopsCount: number | null;
  lastInput: string | null;
  errorMessage: string | null;
}

/**
 * Stores the notification on its session, then counts the session into the funnel.
 * `unknown`: no session of that id and phone, nothing stored. `repeated`: the session was
 * notified before; the row stays as the first notification left it (a late repeat must not
 * bring back an input the sweep has scrubbed).
 */
export async function recordSessionEnd(db: Database, end: SessionEnd, now: number): Promise<'stored' | 'repeated' | 'unknown'> {
  const session = await db
    .select({ notifiedAt: ussdSessions.notifiedAt })
    .from(ussdSessions)
    .where(and(eq(ussdSessions.sessionId, end.sessionId), eq(ussdSessions.phone, end.phone)))
    .get();
  if (!session) return 'unknown';
  if (session.notifiedAt === null) {
    await db
      .update(ussdSessions)
      .set({
        endStatus: end.endStatus,
        durationMs: end.durationMs,
        cost: end.cost,
        hopsCount: end.hopsCount,
        lastInput: end.lastInput,
        errorMessage: end.errorMessage,
        notifiedAt: now,
        // The last input is typed data: a session scrubbed before its notification came is scrubbed again.
        scrubbedAt: null,
      })
      .where(and(eq(ussdSessions.sessionId, end.sessionId), isNull(ussdSessions.notifiedAt)));
  }
  // Also on a repeat: a no-op once counted, and it counts a session the first notice stored but did not get to count.
  await countSession(db, end.sessionId, now);
  return session.notifiedAt === null ? 'stored' : 'repeated';
}
