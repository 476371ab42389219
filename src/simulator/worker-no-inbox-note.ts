/** How a Worker sends SMS: the gateway it is configured with, if any (src/runtime/worker.ts). */
export type WorkerSmsGateway = 'none' | 'africastalking' | 'sms-url';

const OUTBOX_QUERY = 'npx wrangler d1 execute DB --local --command "select phone, state, body from sms_outbox order by id desc limit 10"';

/**
 * What the simulator says in place of an inbox on a Worker: a Worker has no built-in gateway
 * (Node's lives in its own process), so its SMS are sent by the gateway it is configured with,
 * or wait in the D1 outbox, and either way the outbox has them.
 */
export function workerNoInboxNote(gateway: WorkerSmsGateway): string {
  const sent = {
    none: 'No gateway is configured (AT_API_KEY, or AT_SMS_URL for a gateway of your own), so SMS wait in the sms_outbox table of the D1 database.',
    africastalking: "SMS are sent through Africa's Talking (AT_API_KEY) and also kept in the sms_outbox table of the D1 database.",
    'sms-url': 'SMS are sent by the gateway at AT_SMS_URL: see them there, or in the sms_outbox table of the D1 database.',
  }[gateway];
  return `SMS inbox: this Worker has no built-in SMS gateway to show one from. ${sent} Read them with: ${OUTBOX_QUERY}`;
}
