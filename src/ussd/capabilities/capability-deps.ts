import type { Database } from '../../db/database.js';

export interface CapabilityDeps {
  db: Database;
  now: () => number;
  /** Told when an action queued an SMS, so the outbox is drained after the hop. */
  onSmsQueued?: (() => void) | undefined;
  /** Pay can start an M-Pesa push (Daraja is configured); otherwise it shows the paybill instructions. */
  mpesa?: boolean | undefined;
}
