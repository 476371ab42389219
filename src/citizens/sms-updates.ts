import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { citizens } from '../db/schema.js';
import type { Language } from '../menu/menu-schema.js';

/**
 * Turns a phone's SMS updates off or on (SMS STOP/START, the USSD settings), remembering when
 * they were last turned off. Returns whether this call changed anything, so that thirty STOPs
 * (from the citizen, or from someone posing as them) are confirmed once, not thirty times.
 * One statement, so two at once cannot both change it.
 */
export async function setSmsUpdates(db: Database, phone: string, update: { optOut: boolean; language: Language; now: number }): Promise<boolean> {
  const { optOut, now } = update;
  const changed = await db
    .insert(citizens)
    .values({ phone, language: update.language, smsOptOut: optOut, optedOutAt: optOut ? now : null, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: citizens.phone,
      set: { smsOptOut: optOut, ...(optOut ? { optedOutAt: now } : {}), updatedAt: now },
      setWhere: sql`${citizens.smsOptOut} <> ${optOut ? 1 : 0}`,
    })
    .returning({ phone: citizens.phone });
  return changed.length > 0;
}

/** Whether a phone turned SMS updates off. */
export async function smsOptedOut(db: Database, phone: string): Promise<boolean> {
  const row = await db.select({ optOut: citizens.smsOptOut }).from(citizens).where(eq(citizens.phone, phone)).get();
  return row?.optOut ?? false;
}
