import type { Database } from '../../db/database.js';

export interface CapabilityDeps {
  db: Database;
  now: () => number;
}
