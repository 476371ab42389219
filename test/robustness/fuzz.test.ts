import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalAtGateway } from '../../src/local-gateway/local-at-gateway.js';
import { createApiApp } from '../support/api-app.js';
import { recordingLogger } from '../support/test-app.js';

/**
 * Hostile input at every endpoint: never a 5xx, always one of the documented answers. Runs a
 * modest number of cases in `npm test`; FUZZ_RUNS=5000 npm test -- test/robustness for a long run.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);

let harness: Awaited<ReturnType<typeof createApiApp>>;
let key: string;
beforeAll(async () => {
  harness = await createApiApp({ localGateway: createLocalAtGateway({ logger: recordingLogger() }), simulator: true });
  key = await harness.agencyKey('DCI');
});
afterAll(() => harness.close());

const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom('', ' ', '\u0000', '\r\n', "'; DROP TABLE applications;--", '" OR 1=1 --', '%', '_', '*', '#', '+254711000111', 'EC20418375', '💥'.repeat(50), 'x'.repeat(5000)),
  fc.integer().map(String),
);

/** A form body with the expected fields, some missing, some hostile, some repeated. */
const formBody = (fields: string[]) =>
  fc
    .tuple(fc.dictionary(fc.constantFrom(...fields, 'extra', ''), nasty, { maxKeys: fields.length + 2 }), fc.array(fc.tuple(fc.constantFrom(...fields), nasty), { maxLength: 3 }))
    .map(([values, repeats]) => {
      const params = new URLSearchParams(values);
      for (const [name, value] of repeats) params.append(name, value);
      return params.toString();
    });

const contentType = fc.constantFrom('application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json', 'text/plain', '', 'application/x-www-form-urlencoded; charset=utf-8');

const CALLBACKS: [string, string[], number[]][] = [
  ['/ussd', ['sessionId', 'serviceCode', 'phoneNumber', 'networkCode', 'text'], [200, 400, 409, 413]],
  ['/ussd/events', ['sessionId', 'serviceCode', 'phoneNumber', 'status', 'cost', 'durationInMillis', 'hopsCount', 'input', 'errorMessage'], [200, 400, 413]],
  ['/sms/inbound', ['id', 'from', 'to', 'text', 'date', 'linkId'], [200, 400, 413]],
  ['/sms/delivery', ['id', 'status', 'phoneNumber', 'failureReason', 'networkCode'], [200, 400, 413]],
];

describe.each(CALLBACKS)('%s with hostile input', (path, fields, documented) => {
  it('answers only the documented statuses, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(formBody(fields), contentType, async (body, type) => {
        const response = await harness.app.request(path, { method: 'POST', headers: type ? { 'content-type': type } : {}, body });
        expect(documented, `${response.status} for ${body.slice(0, 200)}`).toContain(response.status);
        const text = await response.text();
        if (response.status >= 400) expect(text).toMatch(/^(Bad request|payload_too_large|conflict): /);
      }),
      { numRuns: RUNS },
    );
  });
});

const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, nasty, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 10 }), tie('value'), { maxKeys: 5 })),
})).value;

const API_CALLS: [string, string][] = [
  ['PUT', '/services/FUZZ-1'],
  ['POST', '/applications'],
  ['POST', '/applications/EC20418375/events'],
  ['POST', '/applications/events:batch'],
  ['POST', '/agencies'],
];

describe.each(API_CALLS)('%s /api/v1%s with hostile bodies', (method, path) => {
  it('answers a JSON error with a code, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(jsonValue.map((value) => JSON.stringify(value)), nasty), fc.constantFrom('application/json', 'text/plain', ''), fc.boolean(), async (body, type, operator) => {
        const headers: Record<string, string> = { authorization: `Bearer ${operator ? 'operator-key-0123456789abcdef' : key}` };
        if (type) headers['content-type'] = type;
        const response = await harness.app.request(`/api/v1${path}`, { method, headers, body });
        expect(response.status, body.slice(0, 200)).toBeLessThan(500);
        if (response.status >= 400) expect(((await response.json()) as { error: { code: string } }).error.code).toMatch(/^[a-z_]+$/);
      }),
      { numRuns: RUNS },
    );
  });
});

const KB = 1024;
/** Every route that takes a body, and the limit README documents for it. */
const BODY_ROUTES: [string, string, number][] = [
  ...CALLBACKS.map(([path]): [string, string, number] => ['POST', path, 16 * KB]),
  ...API_CALLS.map(([method, path]): [string, string, number] => [method, `/api/v1${path}`, 512 * KB]),
  ['POST', '/__at/version1/messaging', 16 * KB],
  ['POST', '/__at/inbox', 16 * KB],
  ['POST', '/__at/control', 16 * KB],
  ['POST', '/simulator/state', 16 * KB],
  ['POST', '/no/such/route', 16 * KB],
];

/**
 * A body of any size around a route's limit (near it byte for byte, or far either side), made
 * of a hostile sample repeated, sent as a stream in chunks of any size (as a chunked body
 * arrives) or whole with its Content-Length.
 */
const sizedBody = fc.record({
  route: fc.constantFrom(...BODY_ROUTES),
  scale: fc.constantFrom(0, 0.5, 1, 1, 1, 2),
  edge: fc.integer({ min: -3, max: 3 }),
  sample: fc.oneof(nasty.map((text) => new TextEncoder().encode(text)), fc.uint8Array({ minLength: 1, maxLength: 64 })),
  chunk: fc.integer({ min: 1, max: 64 * KB }),
  chunked: fc.boolean(),
  type: contentType,
});

function repeated(sample: Uint8Array, size: number): Uint8Array {
  const body = new Uint8Array(size);
  if (sample.byteLength === 0) return body;
  for (let offset = 0; offset < size; offset += sample.byteLength) body.set(sample.subarray(0, size - offset), offset);
  return body;
}

/** The body as a stream of `chunk`-byte pieces (at most 4,096 of them, so a case stays quick). */
function streamed(body: Uint8Array, chunk: number): ReadableStream<Uint8Array> {
  const size = Math.max(chunk, Math.ceil(body.byteLength / 4096));
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= body.byteLength) return controller.close();
      controller.enqueue(body.slice(offset, offset + size));
      offset += size;
    },
  });
}

describe('bodies of any size, chunked or with a Content-Length, on every route', () => {
  it('answers 413 exactly when the body is over the route\'s limit, and never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(sizedBody, async ({ route: [method, path, limit], scale, edge, sample, chunk, chunked, type }) => {
        const size = Math.max(0, Math.round(limit * scale) + edge);
        const body = repeated(sample, size);
        const headers: Record<string, string> = { authorization: `Bearer ${key}` };
        if (type) headers['content-type'] = type;
        if (!chunked) headers['content-length'] = String(size);
        const init = chunked ? { method, headers, body: streamed(body, chunk), duplex: 'half' } : { method, headers, body };
        const response = await harness.app.request(path, init as RequestInit);
        const label = `${response.status} for ${size} bytes to ${method} ${path}, ${chunked ? 'chunked' : 'with Content-Length'}`;
        expect(response.status, label).toBeLessThan(500);
        if (size > limit) expect(response.status, label).toBe(413);
        else expect(response.status, label).not.toBe(413);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the process after all that', () => {
  it('logged no unexpected error', () => {
    expect(harness.logger.entries.filter((entry) => entry.level === 'error')).toEqual([]);
  });
});
