import { issueApiKey } from '../../src/http/api/api-key.js';
import { createTestApp, TEST_NOW, type TestAppOptions } from './test-app.js';

/** An operator key long enough for parseEnv (24 characters or more). */
export const OPERATOR_KEY = 'operator-key-0123456789abcdef';

/**
 * The test app with the operator key set (OPERATOR_KEY unless the options say otherwise;
 * `adminApiKey: undefined` leaves it unset), `api` to call /api/v1 on, and a way to issue keys.
 */
export async function createApiApp(options: TestAppOptions = {}) {
  const adminApiKey = 'adminApiKey' in options ? options.adminApiKey : OPERATOR_KEY;
  const harness = await createTestApp({ ...options, ...(adminApiKey === undefined ? {} : { adminApiKey }) });
  const now = options.now ?? (() => TEST_NOW);
  return {
    ...harness,
    api: harness.app,
    /** A new key for an agency, as `npm run keys -- create` makes it. */
    agencyKey: async (agencyCode: string) => (await issueApiKey(harness.db, agencyCode, now())).key,
  };
}
