import { forbiddenAddress, isIpAddress } from './forbidden-address.js';

export const WEBHOOK_URL_MAX_LENGTH = 2048;

export interface WebhookUrlPolicy {
  /**
   * Outside production: `http://127.0.0.1:<port>`, `http://localhost` and loopback addresses
   * are allowed, so tests and a developer's machine can run a local receiver. Never any other
   * http URL, nor any other private address.
   */
  allowLoopback: boolean;
}

export type VettedUrl =
  | { problem: string }
  /** `hostname` without IPv6 brackets; `loopbackOnly`: a development http URL, which may only ever reach this host. */
  | { url: URL; hostname: string; loopbackOnly: boolean };

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * What can be told of a URL before any name is resolved: HTTPS (or, in development, http to
 * this host), no credentials, and no literal address or name that is not public. Both runtimes
 * run this; Node then checks every address the name resolves to.
 */
export function vetWebhookUrl(text: string, policy: WebhookUrlPolicy): VettedUrl {
  if (text.length > WEBHOOK_URL_MAX_LENGTH) return { problem: `must be at most ${WEBHOOK_URL_MAX_LENGTH} characters` };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { problem: 'is not a URL' };
  }
  const loopbackName = LOOPBACK_NAMES.has(url.hostname);
  const httpAllowed = policy.allowLoopback && loopbackName;
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && httpAllowed)) {
    return { problem: policy.allowLoopback ? 'must be https (http only to 127.0.0.1 or localhost outside production)' : 'must be https' };
  }
  // Credentials in a URL end up in logs and lists; an endpoint authenticates us by the signature.
  if (url.username !== '' || url.password !== '') return { problem: 'must not carry a user name or password: verify the signature instead' };
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  const vetted = { url, hostname, loopbackOnly: url.protocol === 'http:' };
  if (isIpAddress(hostname)) {
    const why = forbiddenAddress(hostname, policy);
    return why === null ? vetted : { problem: `is a ${why} address` };
  }
  if (!httpAllowed) {
    if (hostname === 'localhost' || hostname.endsWith('.localhost')) return { problem: 'names this host (localhost)' };
    if (!hostname.includes('.') || hostname.endsWith('.')) return { problem: 'must name a public host (a fully qualified domain name)' };
  }
  return vetted;
}
