import { gsm7Length } from '../text/gsm7.js';

/** GSM-7: one SMS carries 160 characters; a longer message is sent in parts of 153 each. */
export function smsSegments(body: string): number {
  const length = gsm7Length(body);
  return length <= 160 ? 1 : Math.ceil(length / 153);
}
