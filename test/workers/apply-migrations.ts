import { applyD1Migrations } from 'cloudflare:test';
import { env } from 'cloudflare:workers';

// The same drizzle/ migrations that wrangler and the Node migrator apply.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
