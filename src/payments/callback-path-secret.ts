/**
 * The secret path segment of Daraja's callback URL (`/daraja/callback/<secret>`). Daraja signs
 * nothing, so knowing the URL is what makes a callback ours to read. It is derived, not set: an
 * HMAC-SHA256 keyed with the Daraja consumer secret, so an operator has nothing more to keep and
 * nobody without the consumer secret can work it out. It changes when the consumer secret does;
 * a push asked for before that is settled by the sweep's query instead of its callback.
 */
export async function callbackPathSecret(consumerSecret: string, shortcode: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey('raw', encoder.encode(consumerSecret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = await crypto.subtle.sign('HMAC', key, encoder.encode(`ecitizen-ussd daraja callback ${shortcode}`));
  return [...new Uint8Array(mac)].slice(0, 20).map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Where the app answers Daraja's callbacks. */
export const DARAJA_CALLBACK_PATH = '/daraja/callback';
