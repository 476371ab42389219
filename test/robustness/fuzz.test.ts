import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH } from '../../src/http/ussd-route.js';
import { createLocalAtGateway } from '../../src/local-gateway/local-at-gateway.js';
import { createApiApp } from '../support/api-app.js';
import { api, serviceBody } from '../support/api-client.js';
import { recordingLogger } from '../support/test-app.js';
import { findOption, phone, postHop } from '../support/ussd-client.js';

/**
 * Hostile input at every endpoint: never a 5xx, always one of the documented answers. Runs a
 * modest number of cases in `npm test`; FUZZ_RUNS=5000 npm test -- test/robustness for a long run.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);

let harness: Awaited<ReturnType<typeof createApiApp>>;
let key: string;
beforeAll(async () => {
  // The clock is fixed, so a minute never passes: the default limit would refuse all but the first 600 calls.
  harness = await createApiApp({ rateLimitPerMinute: 1_000_000, localGateway: createLocalAtGateway({ logger: recordingLogger() }), simulator: true });
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

/** Pieces of the patterns agencies write, and of the broken ones they might send. */
const PATTERN_PIECES = ['a', 'Z', '0', '.', '\\d', '\\w', '\\s', '\\pL', '\\b', '[a-z]', '[^*#]', '[[:alpha:]]', '\\p{Greek}', '\\x{10FFFF}', '(', ')', '(?:', '(?i)', '(?P<n>', '|', '*', '+', '?', '*?', '{2}', '{2,5}', '{0,80}', '{1000}', '{2,1}', '^', '$', '\\', '[', ']', '{', '}', '(?=', '(?<=', '\\1', '\\Q', '\\E', '\\C'];
const patternSoup = fc.array(fc.oneof(fc.constantFrom(...PATTERN_PIECES), fc.string({ maxLength: 4 })), { maxLength: 40 }).map((pieces) => pieces.join(''));
/** Well-formed patterns: groups, alternation and quantifiers nested at random, the shapes that make a backtracking matcher explode. */
const patternTree = fc.letrec((tie) => ({
  re: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom('a', '\\w', '[A-Z0-9]', '.', '\\s?', '\\pL', '.*a'),
    fc.tuple(tie('re'), fc.constantFrom('+', '*', '?', '{2,5}', '{20}', '{0,999}')).map(([re, quantifier]) => `(?:${re})${quantifier}`),
    fc.tuple(tie('re'), tie('re')).map(([a, b]) => `(${a}|${b})`),
    fc.tuple(tie('re'), tie('re')).map(([a, b]) => `${a}${b}`),
  ),
})).re;
const agencyPattern = fc.oneof(patternSoup, patternTree, fc.constantFrom('(a+)+', '([A-Za-z0-9]+\\s?)+', '(.*a){20}', '(('), fc.string({ minLength: 190, maxLength: 260 }));
const patternValidator = fc.record({ kind: fc.constant('pattern'), pattern: agencyPattern, maxLength: fc.integer({ min: -1, max: 120 }) }, { requiredKeys: ['kind', 'pattern'] });
const patternForm = (validate: unknown) => [{ name: 'code', label: { en: 'Code', sw: 'Nambari' }, prompt: { en: 'Your code:', sw: 'Nambari yako:' }, validate }];
const putPatternService = (code: string, name: string, validate: unknown) =>
  api(harness.app, 'PUT', `/services/${code}`, { key, body: serviceBody({ name: { en: name, sw: name }, ussdApply: true, applyFields: patternForm(validate) }) });

/** What citizens type: anything, the inputs that make patterns backtrack, and more than a hop can carry. */
const citizenAnswer = fc.oneof(
  nasty,
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.tuple(fc.constantFrom('a', 'ab', 'a ', '1', 'x'), fc.integer({ min: 1, max: 300 }), fc.constantFrom('!', '', '#', '*', ' ')).map(([unit, times, end]) => unit.repeat(times) + end),
);

describe('agency-supplied patterns', () => {
  /** Each case is a PUT and a few hops, about 1 to 5 ms each: the long run needs more than the default 5 s. */
  const timeout = 10_000 + RUNS * 20;

  it('PUT /services answers a stored pattern 2xx or 422, never a 5xx', { timeout }, async () => {
    await fc.assert(
      fc.asyncProperty(patternValidator, async (validate) => {
        const response = await putPatternService('FUZZ-PATTERN', 'Fuzz Pattern Check', validate);
        expect([200, 201, 422], JSON.stringify(validate)).toContain(response.status);
        if (response.status === 422) expect(response.json.error.details.map((detail: { path: string }) => detail.path).join(' ')).toMatch(/applyFields\.0\.validate/);
      }),
      { numRuns: RUNS },
    );
  });

  it("answers a citizen's every answer to a stored pattern field CON or END, never a 5xx", { timeout }, async () => {
    expect((await putPatternService('FUZZ-ANSWER', 'Fuzz Answer Check', { kind: 'pattern', pattern: '([A-Za-z0-9]+\\s?)+' })).status).toBe(201);
    // The inputs that reach the question; each case replays them from the root in a new session, with the answer last.
    const inputs: string[] = [];
    const citizen = phone(harness.app, '+254722000999');
    const press = (input: string) => {
      inputs.push(input);
      return citizen.press(input);
    };
    await citizen.dial();
    const choice = await findOption(press, await press('4'), 'Fuzz Answer Check (DCI)');
    expect(await press(choice.option)).toBe('CON Your code:\n0 Back\n00 Main menu');
    const prefix = inputs.join('*');
    let sessions = 0;
    await fc.assert(
      fc.asyncProperty(fc.option(patternValidator, { nil: undefined }), fc.array(citizenAnswer, { minLength: 1, maxLength: 3 }), async (validate, answers) => {
        if (validate) await putPatternService('FUZZ-ANSWER', 'Fuzz Answer Check', validate);
        for (const answer of answers) {
          const text = `${prefix}*${answer}`.slice(0, MAX_TEXT_LENGTH);
          const reply = await postHop(harness.app, { sessionId: `fuzz-${(sessions += 1)}`, phoneNumber: '+254722000999', text });
          expect(reply.status, text.slice(0, 200)).toBe(200);
          expect(reply.body).toMatch(/^(CON|END) /);
        }
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
