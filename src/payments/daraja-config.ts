import type { Env } from '../config/parse-env.js';
import { callbackPathSecret, DARAJA_CALLBACK_PATH } from './callback-path-secret.js';

/** Daraja's published base URLs (DARAJA.md). */
export const DARAJA_BASE_URLS = { sandbox: 'https://sandbox.safaricom.co.ke', production: 'https://api.safaricom.co.ke' } as const;

/** The longest one call to Daraja may take. */
export const DARAJA_TIMEOUT_MS = 10_000;

export interface DarajaConfig {
  baseUrl: string;
  consumerKey: string;
  consumerSecret: string;
  shortcode: string;
  passkey: string;
  /** The public base URL Daraja posts callbacks to. */
  publicUrl: string;
}

/** The Daraja account the configuration names, or null (parseEnv has refused a half-set one). */
export function darajaConfig(env: Env): DarajaConfig | null {
  const { DARAJA_CONSUMER_KEY: consumerKey, DARAJA_CONSUMER_SECRET: consumerSecret, DARAJA_SHORTCODE: shortcode, DARAJA_PASSKEY: passkey, DARAJA_CALLBACK_URL: publicUrl } = env;
  if (!consumerKey || !consumerSecret || !shortcode || !passkey || !publicUrl) return null;
  const url = env.DARAJA_URL ?? 'sandbox';
  const baseUrl = url === 'sandbox' || url === 'production' ? DARAJA_BASE_URLS[url] : url;
  return { baseUrl, consumerKey, consumerSecret, shortcode, passkey, publicUrl };
}

/** The callback URL's secret segment and the full URL pushes carry. */
export async function darajaCallback(config: DarajaConfig): Promise<{ secret: string; url: string }> {
  const secret = await callbackPathSecret(config.consumerSecret, config.shortcode);
  return { secret, url: `${config.publicUrl.replace(/\/$/, '')}${DARAJA_CALLBACK_PATH}/${secret}` };
}

/**
 * The stand-in's account, when the development tools run without a Daraja one: Safaricom's
 * published sandbox shortcode with a local passkey, the callback to this same server.
 */
export function localDarajaConfig(selfUrl: string, standInPath: string): DarajaConfig {
  return { baseUrl: `${selfUrl}${standInPath}`, consumerKey: 'local-daraja', consumerSecret: 'local-daraja-secret', shortcode: '174379', passkey: 'local-daraja-passkey', publicUrl: selfUrl };
}
