import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { citizens } from '../db/schema.js';
import type { Language } from '../menu/menu-schema.js';

/** The language a phone chose before, if it ever did: its query prepared once, for the USSD dial. */
export function languageLookup(db: Database): (phone: string) => Promise<Language | null> {
  const query = db.select({ language: citizens.language }).from(citizens).where(eq(citizens.phone, sql.placeholder('phone'))).prepare();
  return async (phone) => (await query.get({ phone }))?.language ?? null;
}

/** Remembers a phone's language; repeating it is harmless. */
export async function setCitizenLanguage(db: Database, phone: string, language: Language, now: number): Promise<void> {
  await db
    .insert(citizens)
    .values({ phone, language, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({ target: citizens.phone, set: { language, updatedAt: now } });
}
