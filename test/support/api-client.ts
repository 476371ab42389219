import type { Hono } from 'hono';

/** One JSON request to /api/v1 as an agency's system sends it. */
export async function api(app: Pick<Hono, 'request'>, method: string, path: string, options: { key?: string; body?: unknown; idempotencyKey?: string; rawBody?: string; contentType?: string } = {}) {
  const headers: Record<string, string> = {};
  if (options.key) headers.authorization = `Bearer ${options.key}`;
  if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
  const hasBody = options.body !== undefined || options.rawBody !== undefined;
  if (hasBody) headers['content-type'] = options.contentType ?? 'application/json';
  const response = await app.request(`/api/v1${path}`, { method, headers, ...(hasBody ? { body: options.rawBody ?? JSON.stringify(options.body) } : {}) });
  const text = await response.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: response.status, json, headers: response.headers };
}

/** A service body that passes validation; tests change what they need. */
export function serviceBody(overrides: Record<string, unknown> = {}) {
  return {
    name: { en: 'Airport Pass', sw: 'Pasi ya Uwanja wa Ndege' },
    description: { en: 'Pass for airside work.', sw: 'Pasi ya kazi ndani ya uwanja.' },
    category: 'aviation',
    feeKes: 2000,
    requirements: { en: 'National ID, employer letter', sw: 'Kitambulisho, barua ya mwajiri' },
    processingTime: { en: '5 working days', sw: 'Siku 5 za kazi' },
    ...overrides,
  };
}
