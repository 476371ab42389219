import { vetWebhookUrl, type WebhookUrlPolicy } from './vet-webhook-url.js';
import type { WebhookAnswer, WebhookNetwork } from './webhook-network.js';

/**
 * The way out through `fetch`, for Workers: a Worker's fetch goes out through Cloudflare's
 * network, which cannot reach the operator's private network, and it cannot resolve a name
 * itself, so only the URL is checked (scheme, credentials, a literal address that is not
 * public, localhost). Redirects are answers, never followed; the time and the bytes read are
 * bounded.
 */
export function createFetchWebhookNetwork(policy: WebhookUrlPolicy & { fetch?: typeof fetch }): WebhookNetwork {
  const send = policy.fetch ?? globalThis.fetch.bind(globalThis);
  const check = async (url: string) => {
    const vetted = vetWebhookUrl(url, policy);
    return 'problem' in vetted ? vetted.problem : null;
  };
  return {
    check,
    async post(request): Promise<WebhookAnswer> {
      const problem = await check(request.url);
      if (problem !== null) return { kind: 'refused', reason: `the URL ${problem}` };
      try {
        const response = await send(request.url, {
          method: 'POST',
          headers: request.headers,
          body: request.body,
          redirect: 'manual',
          signal: AbortSignal.timeout(request.timeoutMs),
        });
        return { kind: 'answered', status: response.status, body: await readAtMost(response, request.maxResponseBytes) };
      } catch (error) {
        const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
        return { kind: 'unreachable', reason: timedOut ? `no answer within ${request.timeoutMs} ms` : `network error: ${String(error)}` };
      }
    },
  };
}

/** The start of an answer's body, never more than `limit` bytes read (the rest is not fetched), and what came before the time ran out. */
async function readAtMost(response: Response, limit: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < limit) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value.subarray(0, limit - size));
      size += Math.min(value.byteLength, limit - size);
    }
  } catch {
    // The time ran out mid-body: the status already said how the delivery went.
  }
  await reader.cancel().catch(() => undefined);
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
