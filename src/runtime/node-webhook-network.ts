import { lookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { forbiddenAddress, isLoopbackAddress } from '../webhooks/forbidden-address.js';
import { vetWebhookUrl, type WebhookUrlPolicy } from '../webhooks/vet-webhook-url.js';
import type { WebhookAnswer, WebhookNetwork, WebhookPost } from '../webhooks/webhook-network.js';

/** Every address a name resolves to (tests give their own, to play a DNS that changes its answer). */
export type ResolveHost = (hostname: string) => Promise<string[]>;

const systemResolve: ResolveHost = async (hostname) => (await lookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

/** A registration waits no longer than this for DNS by default (a delivery is bounded by its own timeout too). */
const RESOLVE_TIMEOUT_MS = 5_000;

function withinTime<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error('timed out'), { code: `no answer within ${ms} ms` })), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

type Vetted = { url: URL; address: string } | { refused: string } | { unresolved: string };

/**
 * The way out to agencies' endpoints on Node. A name is resolved here, every address it
 * resolves to must be public, and the connection is made to the address that was vetted (the
 * request's `lookup` answers with it), so a DNS answer that changes between the check and the
 * connection (a rebinding) cannot reach inside. Redirects are answers, never followed; the
 * whole delivery, resolution included, is bounded in time, and the answer in bytes read.
 */
export function createNodeWebhookNetwork(options: WebhookUrlPolicy & { resolve?: ResolveHost; resolveTimeoutMs?: number }): WebhookNetwork {
  const resolve = options.resolve ?? systemResolve;
  const resolveTimeoutMs = options.resolveTimeoutMs ?? RESOLVE_TIMEOUT_MS;

  async function vet(text: string): Promise<Vetted> {
    const vetted = vetWebhookUrl(text, options);
    if ('problem' in vetted) return { refused: `the URL ${vetted.problem}` };
    let addresses: string[];
    try {
      addresses = isIP(vetted.hostname) ? [vetted.hostname] : await withinTime(resolve(vetted.hostname), resolveTimeoutMs);
    } catch (error) {
      return { unresolved: `${vetted.hostname} does not resolve (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
    }
    if (addresses.length === 0) return { unresolved: `${vetted.hostname} does not resolve` };
    // Every address, not only the first: a client may be handed any of them.
    for (const address of addresses) {
      const why = forbiddenAddress(address, options);
      if (why !== null) return { refused: `${vetted.hostname} resolves to a ${why} address (${address})` };
      if (vetted.loopbackOnly && !isLoopbackAddress(address)) return { refused: `${vetted.hostname} is http but resolves to ${address}, not this host` };
    }
    return { url: vetted.url, address: addresses[0]! };
  }

  return {
    async check(url) {
      const vetted = await vet(url);
      return 'refused' in vetted ? vetted.refused : 'unresolved' in vetted ? vetted.unresolved : null;
    },
    post: (request) => post(request, vet),
  };
}

function post(request: WebhookPost, vet: (url: string) => Promise<Vetted>): Promise<WebhookAnswer> {
  return new Promise((settle) => {
    let done = false;
    let outgoing: http.ClientRequest | undefined;
    /** Set once the status line has arrived: the time running out then ends the read, not the answer. */
    let answeredSoFar: (() => void) | undefined;
    const finish = (answer: WebhookAnswer) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      outgoing?.destroy();
      settle(answer);
    };
    const timer = setTimeout(() => (answeredSoFar ? answeredSoFar() : finish({ kind: 'unreachable', reason: `no answer within ${request.timeoutMs} ms` })), request.timeoutMs);
    void vet(request.url).then((vetted) => {
      if (done) return;
      if ('refused' in vetted) return finish({ kind: 'refused', reason: vetted.refused });
      if ('unresolved' in vetted) return finish({ kind: 'unreachable', reason: vetted.unresolved });
      const family = isIP(vetted.address);
      const pinned = ((_hostname, lookupOptions, callback) => {
        if (lookupOptions.all) callback(null, [{ address: vetted.address, family }]);
        else callback(null, vetted.address, family);
      }) as LookupFunction;
      const client = vetted.url.protocol === 'https:' ? https : http;
      const headers = { ...request.headers, 'content-length': String(Buffer.byteLength(request.body)) };
      outgoing = client.request(vetted.url, { method: 'POST', headers, lookup: pinned, agent: false }, (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        const answered = () => finish({ kind: 'answered', status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') });
        answeredSoFar = answered;
        response.on('data', (chunk: Buffer) => {
          chunks.push(chunk.subarray(0, request.maxResponseBytes - size));
          size += Math.min(chunk.byteLength, request.maxResponseBytes - size);
          // Enough for the last error: the connection is closed rather than the rest read.
          if (size >= request.maxResponseBytes) answered();
        });
        response.on('end', answered);
        response.on('error', answered);
      });
      outgoing.on('error', (error) => finish({ kind: 'unreachable', reason: `network error: ${error.message}` }));
      outgoing.end(request.body);
    }, (error: unknown) => finish({ kind: 'unreachable', reason: `could not check the URL: ${String(error)}` }));
  });
}
