import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issueApiKey } from '../../src/http/api/api-key.js';
import { api, serviceBody } from '../support/api-client.js';
import { createTestApp, TEST_NOW } from '../support/test-app.js';

let harness: Awaited<ReturnType<typeof createTestApp>>;
let key: string;
beforeEach(async () => {
  harness = await createTestApp();
  ({ key } = await issueApiKey(harness.db, 'KSA', TEST_NOW));
});
afterEach(() => harness.close());

describe('PUT /services/{code} refuses a body that does not fit, naming each field', () => {
  it.each([
    ['a missing Kiswahili name', serviceBody({ name: { en: 'Satellite Data' } }), 'name.sw'],
    ['a name too long for a USSD list', serviceBody({ name: { en: 'x'.repeat(39), sw: 'y' } }), 'name.en'],
    ['curly quotes', serviceBody({ description: { en: 'The agency’s data', sw: 'Data' } }), 'description.en'],
    ['an unknown category', serviceBody({ category: 'space' }), 'category'],
    ['a negative fee', serviceBody({ feeKes: -1 }), 'feeKes'],
    ['a fee in cents', serviceBody({ feeKes: 10.5 }), 'feeKes'],
    ['USSD applications without questions', serviceBody({ ussdApply: true }), 'applyFields'],
    ['a question with an unknown validator', serviceBody({ ussdApply: true, applyFields: [{ name: 'x', label: { en: 'X', sw: 'X' }, prompt: { en: 'X?', sw: 'X?' }, validate: { kind: 'dna' } }] }), 'applyFields.0.validate'],
    ['an unknown field', { ...serviceBody(), colour: 'blue' }, 'colour'],
  ])('%s', async (_, body, path) => {
    const response = await api(harness.app, 'PUT', '/services/SAT-X', { key, body });
    expect(response.status).toBe(422);
    expect(response.json.error.code).toBe('unprocessable');
    expect(response.json.error.details.map((detail: { path: string }) => detail.path)).toContain(path);
  });

  it.each([
    ['not JSON', '{"name":', 'application/json', /not valid JSON/],
    ['a form', 'name=x', 'application/x-www-form-urlencoded', /expected a JSON body/],
  ])('answers %s with 400', async (_, rawBody, contentType, message) => {
    const response = await api(harness.app, 'PUT', '/services/SAT-X', { key, rawBody, contentType });
    expect(response.status).toBe(400);
    expect(response.json.error.message).toMatch(message);
  });

  it('answers 413 to a body far larger than any service', async () => {
    const response = await api(harness.app, 'PUT', '/services/SAT-X', { key, rawBody: JSON.stringify({ pad: 'x'.repeat(600 * 1024) }) });
    expect(response.status).toBe(413);
    expect(response.json.error.code).toBe('payload_too_large');
  });

  it('answers 404 for a service code of the right shape that is not one of the agency\'s', async () => {
    expect((await api(harness.app, 'GET', '/services/NOPE', { key })).status).toBe(404);
    expect((await api(harness.app, 'DELETE', '/services/NOPE', { key })).status).toBe(404);
  });

  it.each([['GET'], ['PUT'], ['DELETE']])('answers %s of a code of the wrong shape 422 naming the code and its pattern, not 404', async (method) => {
    const answer = await api(harness.app, method, '/services/lower-case', { key, ...(method === 'PUT' ? { body: serviceBody() } : {}) });
    expect(answer.status).toBe(422);
    expect(answer.json.error.details).toEqual([{ path: 'code', message: 'upper-case letters, digits and dashes, 2 to 32 characters' }]);
  });
});
