// `npm run build`: bundles what runs in production into dist/, one ES module per entry point, with
// the menus inlined and every package left to node_modules. `npm ci` runs it (as `prepare`, also
// with --omit=dev: esbuild is a runtime dependency for that reason), and so does every npm script
// that runs dist/, so what runs is always the source as it is now (about 0.1 s).
// Plain JavaScript: it runs where no TypeScript tooling is installed.
//
// Each output sits two folders below the root, like its source (src/runtime/node.ts ->
// dist/runtime/node.js), so paths the code resolves against its own file (the migrations at
// `../../drizzle`) mean the same from the source and from the build.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

await build({
  absWorkingDir: fileURLToPath(new URL('..', import.meta.url)),
  entryPoints: {
    'runtime/node': 'src/runtime/node.ts',
    'scripts/create-database': 'scripts/create-database.ts',
    'scripts/keys': 'scripts/keys.ts',
    'scripts/backup': 'scripts/backup.ts',
    'scripts/report-ussd': 'scripts/report-ussd.ts',
  },
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
