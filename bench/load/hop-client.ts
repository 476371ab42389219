import http from 'node:http';
import { hopForm, isUssdReply } from './journeys.js';

export interface TimedReply {
  body: string;
  ms: number;
}

/**
 * One keep-alive connection that sends hops one at a time and times each, from the request's
 * start to the last byte of the answer. A timing loop with nothing else in flight measures a
 * hop's cost, not a queue's.
 */
export function createHopClient(baseUrl: string) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const url = new URL('/ussd', baseUrl);

  function post(sessionId: string, phone: string, text: string): Promise<TimedReply> {
    const form = hopForm(sessionId, phone, text);
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const request = http.request(
        {
          agent,
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(form) },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            const ms = performance.now() - started;
            const body = Buffer.concat(chunks).toString();
            if (response.statusCode === 200 && isUssdReply(body)) resolve({ body, ms });
            else reject(new Error(`text=${JSON.stringify(text)} answered ${response.statusCode}: ${body.slice(0, 120)}`));
          });
        },
      );
      request.setTimeout(10_000, () => request.destroy(new Error(`text=${JSON.stringify(text)} got no answer within 10 s`)));
      request.on('error', reject);
      request.end(form);
    });
  }

  return { post, close: () => agent.destroy() };
}

export type HopClient = ReturnType<typeof createHopClient>;

/** A session driven one input at a time; `text` accumulates as Africa's Talking sends it. */
export class HopSession {
  private inputs: string[] = [];
  private dialled = false;

  constructor(
    private readonly client: HopClient,
    private readonly sessionId: string,
    private readonly phone: string,
  ) {}

  /** The dial when called first (without an input), then one hop per input. */
  hop(input?: string): Promise<TimedReply> {
    if (this.dialled && input === undefined) throw new Error('only the dial comes without an input');
    if (input !== undefined) this.inputs.push(input);
    this.dialled = true;
    return this.client.post(this.sessionId, this.phone, this.inputs.join('*'));
  }
}
