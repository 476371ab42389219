import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import type * as schema from './schema.js';

/**
 * The drizzle database whichever driver is behind it: better-sqlite3 answers synchronously,
 * D1 asynchronously, so every call site awaits and both fit.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Database = BaseSQLiteDatabase<'sync' | 'async', any, typeof schema>;
