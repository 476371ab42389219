/** The headers a delivery carries; `X-Ecitizen-Signature` is `t=<unix seconds>,v1=<hex HMAC-SHA256>`. */
export const SIGNATURE_HEADER = 'X-Ecitizen-Signature';

/**
 * HMAC-SHA256 of `<t>.<body>` with the endpoint's secret, hex, as Stripe signs its webhooks:
 * the timestamp inside the signed text lets a receiver refuse an old delivery replayed at it.
 * WebCrypto, the same on Node and Workers.
 */
export async function webhookSignature(secret: string, timestamp: number, body: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = await crypto.subtle.sign('HMAC', key, encoder.encode(`${timestamp}.${body}`));
  return [...new Uint8Array(mac)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Everything a delivery's POST carries besides its body. */
export async function webhookHeaders(delivery: { eventId: string; eventType: string; body: string; secret: string; now: number }): Promise<Record<string, string>> {
  const timestamp = Math.floor(delivery.now / 1000);
  return {
    'content-type': 'application/json',
    'user-agent': 'eCitizen-Webhooks/1',
    'x-ecitizen-event-id': delivery.eventId,
    'x-ecitizen-event-type': delivery.eventType,
    [SIGNATURE_HEADER.toLowerCase()]: `t=${timestamp},v1=${await webhookSignature(delivery.secret, timestamp, delivery.body)}`,
  };
}
