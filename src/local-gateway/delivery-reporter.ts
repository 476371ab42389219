import type { Logger } from '../logging/logger.js';
import { maskPhone } from '../phone/phone-number.js';

/** The final outcomes Africa's Talking reports for a message (AT-API.md, "Delivery reports"). */
export type DeliveryStatus = 'Success' | 'Failed' | 'Rejected';

export interface DeliveryReport {
  messageId: string;
  phoneNumber: string;
  status: DeliveryStatus;
  /** Only with Failed or Rejected. */
  failureReason?: string | undefined;
}

export interface DeliveryReporterDeps {
  delayMs: number;
  /** Read when a report is due, so the URL can be set after messages were sent. */
  reportUrl: () => string | undefined;
  fetch: typeof fetch;
  logger: Logger;
}

/** Safaricom's network code; every Kenyan mobile number is reported as Safaricom's here. */
const NETWORK_CODE = '63902';

/** A receiver that accepts the connection and never answers must not hold up `flush()` forever. */
const POST_TIMEOUT_MS = 10_000;

/**
 * Posts delivery reports the way Africa's Talking does, each `delayMs` after the message was
 * accepted. A report that cannot be posted is logged and dropped: Africa's Talking retries for
 * about 10 minutes, but this is a development gateway and a retry would only repeat the log.
 */
export function createDeliveryReporter(deps: DeliveryReporterDeps) {
  // Called unbound: Workers refuse a fetch called as a method of another object.
  const { fetch, logger } = deps;
  const inFlight = new Set<Promise<void>>();
  const cancels = new Set<() => void>();

  async function post(report: DeliveryReport) {
    const url = deps.reportUrl();
    if (url === undefined) return;
    const form = new URLSearchParams({
      id: report.messageId,
      status: report.status,
      phoneNumber: report.phoneNumber,
      networkCode: NETWORK_CODE,
      ...(report.status === 'Success' ? {} : { failureReason: report.failureReason ?? 'DeliveryFailure' }),
      retryCount: '0',
    });
    // The URL is not logged: it may carry the callback secret.
    const fields = { messageId: report.messageId, phone: maskPhone(report.phoneNumber) };
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form.toString(),
        signal: AbortSignal.timeout(POST_TIMEOUT_MS),
      });
      await response.body?.cancel();
      if (!response.ok) logger.warn('local gateway delivery report refused', { ...fields, status: response.status });
    } catch (error) {
      logger.warn('local gateway delivery report failed', { ...fields, error: error instanceof Error ? error.message : String(error) });
    }
  }

  return {
    /** After the delay, runs `settle` (the message's delivery outcome) and posts the report. */
    schedule(report: DeliveryReport, settle: (report: DeliveryReport) => void) {
      let cancel = () => {};
      const done = new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          cancels.delete(cancel);
          settle(report);
          void post(report).finally(resolve);
        }, deps.delayMs);
        cancel = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      cancels.add(cancel);
      inFlight.add(done);
      void done.then(() => inFlight.delete(done));
    },

    /** Resolves once every report scheduled so far, and any scheduled meanwhile, has been posted. */
    async flush() {
      while (inFlight.size > 0) await Promise.all(inFlight);
    },

    /** Drops the reports not yet due; one already being posted finishes. */
    cancelAll() {
      for (const cancel of cancels) cancel();
      cancels.clear();
    },
  };
}
