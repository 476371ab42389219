import { Hono } from 'hono';
import { docsPage } from './docs-page.js';
import { openApiDocument } from './openapi-document.js';

/** `GET /openapi.json` and `GET /docs`: public, so an agency engineer can read them before holding a key. */
export function openApiRoute() {
  const document = openApiDocument();
  const page = docsPage(document);
  return new Hono().get('/openapi.json', (c) => c.json(document)).get('/docs', (c) => c.html(page));
}
