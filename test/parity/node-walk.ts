import { createTestApp } from '../support/test-app.js';
import { postHop } from '../support/ussd-client.js';
import { parityWalk } from '../support/parity-walk.js';

/** The parity walk on Node: the app on a real SQLite file, seeded with the demo data at TEST_NOW. */
export async function nodeWalk() {
  const harness = await createTestApp();
  try {
    return await parityWalk({
      post: async (fields) => (await postHop(harness.app, fields)).body,
      run: async (statement, params) => harness.sqlite.prepare(statement).run(...params),
    });
  } finally {
    harness.close();
  }
}
