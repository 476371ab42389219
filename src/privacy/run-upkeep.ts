import type { Database } from '../db/database.js';
import type { Logger } from '../logging/logger.js';
import { sweepSessions, type SweepSettings } from '../ussd/sweep-sessions.js';
import { eraseExpiredData, type RetentionSettings } from './erase-expired-data.js';

export interface UpkeepDeps {
  db: Database;
  now: () => number;
  logger: Logger;
  sessions: SweepSettings;
  retention: RetentionSettings;
  /** Rows each step handles per call at most. */
  limit?: number;
  /**
   * Runs after a run that erased or deleted anything, even one that then failed: on Node, the
   * truncating WAL checkpoint that takes the old bytes out of the file.
   */
  afterErasure?: () => void | Promise<void>;
}

/**
 * The periodic upkeep both runtimes run (Node on a timer, Workers on the cron): the session
 * sweep, then the retention rules for everything else.
 */
export async function runUpkeep(deps: UpkeepDeps): Promise<void> {
  const { db, now, limit } = deps;
  const bounded = limit === undefined ? {} : { limit };
  let erasedAny = false;
  try {
    const swept = await sweepSessions({ db, now, settings: deps.sessions, ...bounded });
    erasedAny = swept.purged + swept.scrubbed > 0;
    if (swept.counted + swept.purged + swept.scrubbed > 0) deps.logger.info('swept ussd sessions', { ...swept });
    const erased = await eraseExpiredData({ db, now, settings: deps.retention, ...bounded });
    if (Object.values(erased).some((count) => count > 0)) {
      erasedAny = true;
      deps.logger.info('erased expired personal data', { ...erased });
    }
  } finally {
    if (erasedAny) await deps.afterErasure?.();
  }
}
