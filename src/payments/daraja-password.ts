import { EAT_OFFSET_MS } from '../text/kenyan-formats.js';

/** Daraja's Timestamp: `YYYYMMDDHHmmss` in Nairobi time (East Africa Time, UTC+3 all year). */
export function darajaTimestamp(epochMs: number): string {
  return new Date(epochMs + EAT_OFFSET_MS).toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

/** Daraja's Password: base64 of the shortcode, the passkey and the Timestamp, run together. */
export function darajaPassword(shortcode: string, passkey: string, timestamp: string): string {
  return btoa(`${shortcode}${passkey}${timestamp}`);
}
