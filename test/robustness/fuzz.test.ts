import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiApp } from '../support/api-app.js';

/**
 * Hostile input at every endpoint: never a 5xx, always one of the documented answers. Runs a
 * modest number of cases in `npm test`; FUZZ_RUNS=5000 npm test -- test/robustness for a long run.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);

let harness: Awaited<ReturnType<typeof createApiApp>>;
let key: string;
beforeAll(async () => {
  harness = await createApiApp();
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

describe('the process after all that', () => {
  it('logged no unexpected error', () => {
    expect(harness.logger.entries.filter((entry) => entry.level === 'error')).toEqual([]);
  });
});
