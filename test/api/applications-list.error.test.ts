import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiApp } from '../support/api-app.js';
import { api } from '../support/api-client.js';

let harness: Awaited<ReturnType<typeof createApiApp>>;
let crs: string;
beforeEach(async () => {
  harness = await createApiApp();
  crs = await harness.agencyKey('CRS');
});
afterEach(() => harness.close());

const get = (query: string) => api(harness.app, 'GET', `/applications${query}`, { key: crs });

describe('listing applications with a query that does not fit', () => {
  it.each([
    ['a misspelt filter', '?statuss=submitted', 'statuss'],
    ['an unknown status', '?status=done', 'status'],
    ['a bad service code', '?service=birth cert', 'service'],
    ['a date that is not ISO 8601', '?from=yesterday', 'from'],
    ['from after to', '?from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z', 'from'],
    ['a limit over 100', '?limit=1000', 'limit'],
    ['a cursor this API never gave', '?cursor=bm90LWEtY3Vyc29y', 'cursor'],
  ])('answers 400 naming the parameter for %s', async (_case, query, parameter) => {
    const answer = await get(query);
    expect(answer.status).toBe(400);
    expect(answer.json.error.details.map((detail: { path: string }) => detail.path)).toContain(parameter);
  });

  it('refuses a cursor made for the other order, saying which order it continues', async () => {
    const first = await get('?order=oldest&limit=1');
    const mixed = await get(`?order=newest&cursor=${first.json.nextCursor}`);
    expect(mixed.status).toBe(400);
    expect(mixed.json.error.message).toMatch(/order=oldest/);
  });

  it('answers 422 for a well-formed service code that is not one of the agency\'s', async () => {
    const answer = await get('?service=GOOD-CONDUCT');
    expect(answer.status).toBe(422);
    expect(answer.json.error.details).toEqual([{ path: 'service', message: 'not one of your services' }]);
  });
});
