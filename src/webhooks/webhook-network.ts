/** One signed POST to an agency's endpoint, and its bounds. */
export interface WebhookPost {
  url: string;
  headers: Record<string, string>;
  body: string;
  /** The whole delivery, name resolution included, gets this long. */
  timeoutMs: number;
  /** At most this much of the answer is read (enough for the delivery's last error). */
  maxResponseBytes: number;
}

/** What became of a POST. A redirect is an answer like any other: it is never followed. */
export type WebhookAnswer =
  | { kind: 'answered'; status: number; body: string }
  /** The guard would not post there (the URL, or what its name resolves to now, is forbidden). */
  | { kind: 'refused'; reason: string }
  /** No answer: the name did not resolve, the connection failed, or the time ran out. */
  | { kind: 'unreachable'; reason: string };

/**
 * The way out to agencies' endpoints, guarded: the service posts to URLs that agencies chose,
 * so it must never reach this host, the operator's network or a cloud metadata service through
 * one. `check` is asked when an endpoint is registered; `post` checks again (DNS can change)
 * and never throws. Node resolves names and connects only to the address it vetted
 * (src/runtime/node-webhook-network.ts); Workers cannot resolve, and have no private network to
 * reach, so they check the URL alone (fetch-webhook-network.ts).
 */
export interface WebhookNetwork {
  /** Why the service must not post to this URL, or null. */
  check(url: string): Promise<string | null>;
  post(request: WebhookPost): Promise<WebhookAnswer>;
}
