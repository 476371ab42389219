import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { demoServices } from '../../src/db/demo-catalogue.js';
import { API_ANSWERS, type ApiAnswerName } from '../../src/http/api/api-answers.js';
import { createApiV1 } from '../../src/http/api/create-api-v1.js';
import { OPERATIONS } from '../../src/http/api/openapi-document.js';
import { createApiApp, OPERATOR_KEY } from '../support/api-app.js';
import { api, serviceBody } from '../support/api-client.js';
import { phone } from '../support/ussd-client.js';

let harness: Awaited<ReturnType<typeof createApiApp>>;
let document: any;
beforeAll(async () => {
  harness = await createApiApp();
  document = await (await harness.app.request('/api/v1/openapi.json')).json();
});
afterAll(() => harness.close());

/** The answer an operation documents for a status. */
const documented = (method: string, path: string, status: number): ApiAnswerName => {
  const operation = OPERATIONS.find((candidate) => candidate.method === method && candidate.path === path);
  const response = operation?.responses[status];
  if (!response || typeof response === 'string') throw new Error(`${method} ${path} documents no answer for ${status}`);
  return response.answer;
};

describe('the API documentation', () => {
  it('serves an OpenAPI 3.1 document without a key, with every route and the schemas of their bodies', async () => {
    expect(document.openapi).toBe('3.1.0');
    for (const operation of OPERATIONS) expect(document.paths[operation.path], operation.path).toHaveProperty(operation.method);
    const refs = JSON.stringify(document.paths).match(/#\/components\/schemas\/\w+/g) ?? [];
    for (const ref of refs) expect(document.components.schemas).toHaveProperty(ref.split('/').pop()!);
    expect(document.components.schemas.ServiceBody.required).toEqual(expect.arrayContaining(['name', 'category', 'feeKes']));
    expect(document.paths['/agencies'].post.requestBody).toBeDefined();
  });

  it('documents every route the API serves, and nothing it does not', () => {
    const served = createApiV1({ db: harness.db, logger: harness.logger, now: () => 0 })
      .routes.filter((route) => route.method !== 'ALL')
      .map((route) => `${route.method.toLowerCase()} ${route.path.replace(/:action\{([^}]+)\}/, '$1').replace(/\/:(\w+)/g, '/{$1}')}`)
      .filter((route) => !/openapi\.json|\/docs$/.test(route));
    expect(new Set(served)).toEqual(new Set(OPERATIONS.map((operation) => `${operation.method} ${operation.path}`)));
  });

  it('gives every success answer a schema, so a client generator gets types rather than unknown', () => {
    for (const [path, methods] of Object.entries<Record<string, any>>(document.paths)) {
      for (const [method, operation] of Object.entries<any>(methods)) {
        for (const [status, response] of Object.entries<any>(operation.responses)) {
          if (Number(status) < 300) expect(response.content?.['application/json']?.schema?.$ref, `${method} ${path} ${status}`).toMatch(/^#\/components\/schemas\/\w+$/);
        }
      }
    }
  });

  it('documents the pattern of a service code and the query parameters of lists and reports', () => {
    const code = document.paths['/services/{code}'].get.parameters.find((parameter: any) => parameter.name === 'code');
    expect(code.schema.pattern).toBe('^[A-Z0-9][A-Z0-9-]{1,31}$');
    expect(document.paths['/applications'].get.parameters.map((parameter: any) => parameter.name)).toEqual(['status', 'service', 'channel', 'from', 'to', 'order', 'limit', 'cursor']);
    expect(document.paths['/reports/ussd'].get.parameters.map((parameter: any) => parameter.name)).toEqual(['from', 'to']);
  });

  it('answers as documented: real answers of every success parse against their schemas with nothing left over', async () => {
    const citizen = phone(harness.app, '+254711000999');
    await citizen.dial();
    for (const input of ['4', '1', '12345678', 'Amina Wanjiru', 'kaka', '1', '1']) await citizen.press(input);
    const key = await harness.agencyKey('CRS');
    const calls: [method: string, path: string, status: number, url: string, options: Parameters<typeof api>[3]][] = [
      ['put', '/services/{code}', 201, '/services/NEW-SERVICE', { key, body: serviceBody({ category: 'civil_registration' }) }],
      ['get', '/services', 200, '/services', { key }],
      ['get', '/services/{code}', 200, '/services/BIRTH-CERT', { key }],
      ['get', '/applications', 200, '/applications?channel=ussd', { key }],
      ['post', '/applications', 201, '/applications', { key, body: { reference: 'CRS-000001', serviceCode: 'BIRTH-CERT', applicantPhone: '0722000222' } }],
      ['get', '/applications/{reference}', 200, '/applications/CRS000001', { key }],
      ['post', '/applications/{reference}/events', 201, '/applications/CRS000001/events', { key, body: { status: 'under_review' } }],
      ['post', '/applications/events:batch', 200, '/applications/events:batch', { key, body: { events: [{ reference: 'CRS000001', status: 'approved' }, { reference: 'NOPE0001', status: 'approved' }] } }],
      ['delete', '/services/{code}', 200, '/services/NEW-SERVICE', { key }],
      ['post', '/agencies', 201, '/agencies', { key: OPERATOR_KEY, body: { code: 'KSPACE9', name: { en: 'Kenya Space Agency', sw: 'Shirika la Anga la Kenya' }, shortName: { en: 'Space Agency', sw: 'Shirika la Anga' } } }],
      ['get', '/agencies', 200, '/agencies', { key: OPERATOR_KEY }],
      ['post', '/agencies/{code}/keys', 201, '/agencies/KSPACE9/keys', { key: OPERATOR_KEY }],
      ['get', '/agencies/{code}/keys', 200, '/agencies/KSPACE9/keys', { key: OPERATOR_KEY }],
      ['get', '/reports/onboarding', 200, '/reports/onboarding', { key: OPERATOR_KEY }],
      ['get', '/reports/ussd', 200, '/reports/ussd', { key: OPERATOR_KEY }],
      ['post', '/webhooks', 201, '/webhooks', { key, body: { url: 'http://127.0.0.1:9/hooks' } }],
      ['get', '/webhooks', 200, '/webhooks', { key }],
      ['post', '/agencies/{code}/webhooks', 201, '/agencies/CRS/webhooks', { key: OPERATOR_KEY, body: { url: 'http://127.0.0.1:9/other', events: ['application.created'] } }],
      ['get', '/agencies/{code}/webhooks', 200, '/agencies/CRS/webhooks', { key: OPERATOR_KEY }],
    ];
    for (const [method, path, status, url, options] of calls) {
      const answer = await api(harness.app, method.toUpperCase(), url, options);
      expect(answer.status, `${method} ${url}: ${JSON.stringify(answer.json)}`).toBe(status);
      const schema: z.ZodType = API_ANSWERS[documented(method, path, status)];
      const parsed = schema.safeParse(answer.json);
      expect(parsed.error?.issues, `${method} ${url}`).toBeUndefined();
      // A schema strips what it does not know: an answer with an undocumented field would differ.
      expect(parsed.data, `${method} ${url}`).toEqual(answer.json);
    }
    const endpoint = (await api(harness.app, 'GET', '/webhooks', { key })).json.endpoints[0].id;
    for (const [method, path, url] of [
      ['get', '/webhooks/{id}/deliveries', `/webhooks/${endpoint}/deliveries`],
      ['get', '/agencies/{code}/webhooks/{id}/deliveries', `/agencies/CRS/webhooks/${endpoint}/deliveries`],
      ['delete', '/webhooks/{id}', `/webhooks/${endpoint}`],
    ] as const) {
      const answer = await api(harness.app, method.toUpperCase(), url, { key: path.startsWith('/agencies') ? OPERATOR_KEY : key });
      expect(API_ANSWERS[documented(method, path, 200)].parse(answer.json), `${method} ${url}`).toEqual(answer.json);
    }
    const prefix = (await api(harness.app, 'GET', '/agencies/KSPACE9/keys', { key: OPERATOR_KEY })).json.keys[0].prefix;
    const revoked = await api(harness.app, 'DELETE', `/agencies/KSPACE9/keys/${prefix}`, { key: OPERATOR_KEY });
    expect(API_ANSWERS[documented('delete', '/agencies/{code}/keys/{prefix}', 200)].parse(revoked.json)).toEqual(revoked.json);
  });

  it('serves a readable page that needs nothing from the internet, whose example does not overwrite a demo service', async () => {
    const response = await harness.app.request('/api/v1/docs');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const page = await response.text();
    expect(page).toContain('PUT</span> /api/v1/services/{code}');
    expect(page).toContain('/api/v1/agencies/KAA/keys');
    expect(page).toContain('npm run keys -- create');
    for (const heading of ['Status changes', 'Rate limits', 'Retrying safely: Idempotency-Key']) expect(page).toContain(`<h2>${heading}</h2>`);
    expect(page).not.toMatch(/<script|<link|src="http|href="http/);
    const examples = [...page.matchAll(/services\/([A-Z0-9-]+) /g)].map((match) => match[1]);
    expect(examples.length).toBeGreaterThan(0);
    for (const code of examples) expect(demoServices.some((service) => service.code === code), code).toBe(false);
  });
});
