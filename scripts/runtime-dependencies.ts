// `npm run deps:runtime`: every package a production install (`npm ci --omit=dev`) brings,
// name@version, one per line, from package-lock.json. docs/runtime-dependencies.txt keeps the
// list; a test fails when the lock brings anything the list does not name, so a new runtime
// dependency is a decision someone wrote down, not an accident of a transitive upgrade.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface LockPackage {
  version?: string;
  dev?: boolean;
  devOptional?: boolean;
}

export function runtimeDependencies(lockText: string): string[] {
  const lock = JSON.parse(lockText) as { packages: Record<string, LockPackage> };
  const names = Object.entries(lock.packages)
    .filter(([path, entry]) => path !== '' && !entry.dev && !entry.devOptional)
    .map(([path, entry]) => `${path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length)}@${entry.version}`);
  return [...new Set(names)].sort();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  console.log(runtimeDependencies(readFileSync(`${root}package-lock.json`, 'utf8')).join('\n'));
}
