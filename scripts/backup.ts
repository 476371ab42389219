// `npm run backup -- <FILE>`: a consistent copy of the SQLite file at DATABASE_PATH (default
// data/ecitizen.sqlite), taken while the service runs. How to restore one: README, "Backups".
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { backupDatabase } from '../src/runtime/backup-database.js';

const USAGE = `usage: npm run backup -- <FILE>

Copies the database at DATABASE_PATH (now: ${process.env.DATABASE_PATH || 'data/ecitizen.sqlite'}) into FILE, a new file,
through SQLite's online backup API: safe while the service runs, whatever it is writing.
The copy is readable only by you (it holds citizens' phone numbers and what they typed) and is
checked with PRAGMA integrity_check. To restore it: stop the service, put FILE at
DATABASE_PATH (removing that file's -wal and -shm), start the service.`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const [destination, ...extra] = args;
if (!destination || extra.length > 0) fail(USAGE);

const source = process.env.DATABASE_PATH || 'data/ecitizen.sqlite';
if (!existsSync(source)) fail(`no database at ${source}: set DATABASE_PATH to the service's SQLite file`);
if (existsSync(destination)) fail(`${destination} already exists: a backup never overwrites a file; name a new one`);
if (!existsSync(dirname(destination))) fail(`no folder ${dirname(destination)}: create it first`);

// Personal data: the copy (and anything SQLite writes beside it) is for its owner only.
process.umask(0o077);
const { pages, integrity } = await backupDatabase(source, destination);
if (integrity !== 'ok') fail(`the copy at ${destination} failed its integrity check:\n${integrity}`);
console.log(`backed up ${source} to ${destination}: ${pages} pages, integrity ok`);
