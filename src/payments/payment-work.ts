import type { Database } from '../db/database.js';
import type { Logger } from '../logging/logger.js';
import { DARAJA_TIMEOUT_MS, darajaCallback, type DarajaConfig } from './daraja-config.js';
import { drainPayments } from './drain-payments.js';
import { createFetchDarajaClient } from './fetch-daraja-client.js';
import { reconcilePayments } from './reconcile-payments.js';

export interface PaymentWorkDeps {
  db: Database;
  config: DarajaConfig;
  logger: Logger;
  serviceCode: string;
  now: () => number;
  fetch?: typeof fetch;
}

/**
 * What both runtimes run for M-Pesa payments, built once per process or isolate (the token is
 * cached in its client): the callback's secret path, the drain that sends owed pushes (after
 * the hop that asked, and on the outbox timer or cron), and the sweep's reconciliation.
 */
export function createPaymentWork(deps: PaymentWorkDeps) {
  const daraja = createFetchDarajaClient({ ...deps.config, timeoutMs: DARAJA_TIMEOUT_MS, now: deps.now, fetch: deps.fetch });
  const callback = darajaCallback(deps.config);
  const common = { db: deps.db, daraja, now: deps.now, logger: deps.logger, serviceCode: deps.serviceCode };
  return {
    callbackSecret: callback.then((value) => value.secret),
    /** Sends what is owed, claim after claim while full claims come back. */
    async drain() {
      const callbackUrl = (await callback).url;
      for (;;) {
        if (!(await drainPayments({ ...common, callbackUrl, callTimeoutMs: DARAJA_TIMEOUT_MS })).more) break;
      }
    },
    reconcile: () => reconcilePayments(common),
  };
}

export type PaymentWork = ReturnType<typeof createPaymentWork>;
