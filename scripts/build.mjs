// `npm run build`: bundles what runs in production into dist/, one ES module per entry point, with
// the menus inlined and every package left to node_modules. `npm ci` runs it (as `prepare`, also
// with --omit=dev: esbuild is a runtime dependency for that reason). The npm scripts that run
// dist/ call it with --if-stale first, so what runs is always the source as it is now, and a
// production install whose code nobody changed is never written to (it may well be read-only).
// Plain JavaScript: it runs where no TypeScript tooling is installed.
//
// Each output sits two folders below the root, like its source (src/runtime/node.ts ->
// dist/runtime/node.js), so paths the code resolves against its own file (the migrations at
// `../../drizzle`) mean the same from the source and from the build.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const entryPoints = {
  'runtime/node': 'src/runtime/node.ts',
  'scripts/create-database': 'scripts/create-database.ts',
  'scripts/keys': 'scripts/keys.ts',
  'scripts/backup': 'scripts/backup.ts',
  'scripts/report-ussd': 'scripts/report-ussd.ts',
};

/** Newest modification time of the files under `dir` (what a bundle is built from: src, scripts, menus). */
function newest(dir) {
  return Math.max(0, ...readdirSync(dir, { withFileTypes: true }).map((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? newest(path) : statSync(path).mtimeMs;
  }));
}

function stale() {
  const source = Math.max(...['src', 'scripts', 'menus'].map((dir) => newest(join(root, dir))));
  try {
    return Object.keys(entryPoints).some((name) => statSync(join(root, 'dist', `${name}.js`)).mtimeMs < source);
  } catch {
    return true;
  }
}

if (!process.argv.includes('--if-stale') || stale()) {
  // Loaded only to build: a start that finds dist/ fresh does not pay for it.
  const { build } = await import('esbuild');
  await build({
    absWorkingDir: root,
    entryPoints,
    outdir: 'dist',
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Stack traces in the logs point at the TypeScript (node --enable-source-maps).
    sourcemap: true,
    logLevel: 'warning',
  });
}
