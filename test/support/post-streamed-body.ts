import { Agent, request } from 'node:http';

const CHUNK = 64 * 1024;
/** However the server behaves, a test gets its answer (or none) within this. */
const DEADLINE_MS = 30_000;

export interface StreamedBody {
  /** How many bytes to send: generated filler, written 64 KB at a time as the socket takes them. */
  bytes: number;
  /** Chunked (no Content-Length, as a body of unknown length goes), or with its Content-Length. */
  chunked: boolean;
  /** The bytes to send instead of filler (then `bytes` is their length). */
  body?: Uint8Array;
  contentType?: string;
}

export interface StreamedAnswer {
  /** Null when the server closed the connection without answering. */
  status: number | null;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** How many bytes the client had written when the answer came (or the connection ended). */
  written: number;
}

/**
 * POSTs a body of any size over real HTTP without ever holding it whole. Writing stops as soon
 * as the answer arrives; a server that answers and then closes the connection mid-body is not
 * an error.
 */
export function postStreamedBody(url: string, options: StreamedBody): Promise<StreamedAnswer> {
  const target = new URL(url);
  const total = options.body?.byteLength ?? options.bytes;
  const headers: Record<string, string> = { 'content-type': options.contentType ?? 'application/x-www-form-urlencoded' };
  if (options.chunked) headers['transfer-encoding'] = 'chunked';
  else headers['content-length'] = String(total);
  const filler = Buffer.alloc(CHUNK, 'a');

  return new Promise((resolve) => {
    const answer: StreamedAnswer = { status: null, headers: {}, body: '', written: 0 };
    let answered = false;
    let settled = false;
    const settle = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outgoing.destroy();
      agent.destroy();
      resolve(answer);
    };
    const timer = setTimeout(settle, DEADLINE_MS);
    // A connection of its own, since one whose body was abandoned mid-way can carry no other
    // request; kept alive all the same, as clients' connections are: a request that says
    // `Connection: close` has Node close the socket right after the answer, with the rest of the
    // body unread, and the reset that follows can reach the client before the answer does.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const outgoing = request({ host: target.hostname, port: target.port, path: target.pathname + target.search, method: 'POST', headers, agent });
    outgoing.on('response', (response) => {
      answered = true;
      answer.status = response.statusCode ?? null;
      answer.headers = response.headers;
      response.setEncoding('utf8');
      response.on('data', (text: string) => (answer.body += text));
      response.on('close', settle);
    });
    outgoing.on('error', () => {
      if (!answered) settle();
    });
    outgoing.on('close', () => {
      if (!answered) settle();
    });

    // One chunk per turn of the event loop, as a body produced on the fly arrives: an answer that
    // comes early is seen before the next chunk, and the server is not left a backlog to drain.
    const pump = () => {
      if (answered || outgoing.destroyed) return;
      if (answer.written >= total) {
        outgoing.end();
        return;
      }
      const size = Math.min(CHUNK, total - answer.written);
      const chunk = options.body ? options.body.subarray(answer.written, answer.written + size) : filler.subarray(0, size);
      answer.written += size;
      if (outgoing.write(chunk)) setImmediate(pump);
      else outgoing.once('drain', pump);
    };
    pump();
  });
}
