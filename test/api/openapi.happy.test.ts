import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATIONS } from '../../src/http/api/openapi-document.js';
import { createTestApp } from '../support/test-app.js';

let harness: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  harness = await createTestApp({ seed: false });
});
afterAll(() => harness.close());

describe('the API documentation', () => {
  it('serves an OpenAPI 3.1 document without a key, with every route and the schemas of their bodies', async () => {
    const response = await harness.app.request('/api/v1/openapi.json');
    expect(response.status).toBe(200);
    const document: any = await response.json();
    expect(document.openapi).toBe('3.1.0');
    for (const operation of OPERATIONS) expect(document.paths[operation.path], operation.path).toHaveProperty(operation.method);
    const refs = JSON.stringify(document.paths).match(/#\/components\/schemas\/\w+/g) ?? [];
    for (const ref of refs) expect(document.components.schemas).toHaveProperty(ref.split('/').pop()!);
    expect(document.components.schemas.ServiceBody.required).toEqual(expect.arrayContaining(['name', 'category', 'feeKes']));
    expect(document.paths['/agencies'].post.requestBody).toBeDefined();
  });

  it('serves a readable page that needs nothing from the internet', async () => {
    const response = await harness.app.request('/api/v1/docs');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const page = await response.text();
    expect(page).toContain('PUT</span> /api/v1/services/{code}');
    expect(page).toContain('npm run keys -- create');
    expect(page).not.toMatch(/<script|<link|src="http|href="http/);
  });
});
