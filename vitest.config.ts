import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

/** Two projects: the Node runtime (better-sqlite3) and the Workers runtime (workerd with D1). */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/workers/**'],
        },
      },
      {
        plugins: [
          cloudflareTest(async () => ({
            wrangler: { configPath: './wrangler.toml' },
            // The operator key, so the Workers tests can onboard an agency over the API as an operator would.
            miniflare: { bindings: { TEST_MIGRATIONS: await readD1Migrations('./drizzle'), ADMIN_API_KEY: 'workers-test-operator-key-0123456789' } },
          })),
        ],
        test: {
          name: 'workers',
          include: ['test/workers/**/*.test.ts'],
          setupFiles: ['test/workers/apply-migrations.ts'],
          // Runs in Node: the parity walk on Node + SQLite, for test/workers/parity.test.ts to compare with.
          globalSetup: ['test/parity/provide-node-walk.ts'],
        },
      },
    ],
  },
});
