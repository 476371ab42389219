// `npm run db:create`: creates and migrates the SQLite file at DATABASE_PATH, once, before the
// first production start (production never creates a database by itself: see src/runtime/node.ts).
import { existsSync } from 'node:fs';
import { openDatabase } from '../src/runtime/open-database.js';

const path = process.env.DATABASE_PATH || 'data/ecitizen.sqlite';
if (path === ':memory:' || existsSync(path)) {
  console.error(`${path === ':memory:' ? 'DATABASE_PATH is :memory:' : `there is already a database at ${path}`}: nothing created (migrations run at every start)`);
  process.exit(1);
}
const { close } = openDatabase(path);
close();
console.log(`created and migrated an empty database at ${path} (no demo data)`);
