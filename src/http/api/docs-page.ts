import { AGENCY_SMS_PER_PHONE_PER_DAY, STATUS_SMS_HOLD_MS } from '../../domain/sms-limits.js';
import type { openApiDocument } from './openapi-document.js';
import { webhooksDocsSection } from './webhooks-docs.js';

type Document = ReturnType<typeof openApiDocument>;

const escape = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

const GETTING_STARTED = `# 1. Get a key for your agency (an operator runs this; the key is shown once)
npm run keys -- create KAA
export KEY=ecz_...

# 2. Put a service on the USSD channel
curl -X PUT localhost:3000/api/v1/services/AIRPORT-PASS \\
  -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' -d '{
  "name": {"en": "Airport Pass", "sw": "Pasi ya Uwanja wa Ndege"},
  "description": {"en": "Pass for airside work.", "sw": "Pasi ya kazi ndani ya uwanja."},
  "category": "aviation", "feeKes": 2000,
  "requirements": {"en": "National ID, employer letter", "sw": "Kitambulisho, barua ya mwajiri"},
  "processingTime": {"en": "5 working days", "sw": "Siku 5 za kazi"}}'

# 3. Register an application made at your counter (the citizen gets an SMS)
curl -X POST localhost:3000/api/v1/applications -H "Authorization: Bearer $KEY" \\
  -H 'Content-Type: application/json' -H 'Idempotency-Key: counter-2026-0001' \\
  -d '{"serviceCode": "AIRPORT-PASS", "applicantPhone": "0711000111", "channel": "counter"}'

# 4. Move it along (the citizen gets an SMS in their language)
curl -X POST localhost:3000/api/v1/applications/EC12345678/events -H "Authorization: Bearer $KEY" \\
  -H 'Content-Type: application/json' -H 'Idempotency-Key: ready-EC12345678' \\
  -d '{"status": "ready_for_collection", "place": "JKIA Terminal 1A"}'

# 5. Without an Africa's Talking account, see the SMS the built-in gateway received
curl -d 'phoneNumber=+254711000111' localhost:3000/__at/inbox`;

/** The docs page: the OpenAPI document made readable, with no script or file from the internet. */
export function docsPage(document: Document): string {
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => {
      const op = operation as { summary: string; security: Record<string, unknown>[]; requestBody?: { content: { 'application/json': { schema: { $ref: string } } } }; responses: Record<string, { description: string }> };
      const auth = op.security.length === 0 ? 'none' : Object.keys(op.security[0]!)[0] === 'agencyKey' ? 'an agency key' : 'the operator key';
      const ref = op.requestBody?.content['application/json'].schema.$ref.split('/').pop();
      const schema = ref ? document.components.schemas[ref as keyof typeof document.components.schemas] : undefined;
      return `<section id="${escape(`${method}-${path}`)}">
  <h3><span class="method">${method.toUpperCase()}</span> /api/v1${escape(path)}</h3>
  <p>${escape(op.summary)}</p>
  <p class="auth">Authorization: ${auth} (<code>Authorization: Bearer ...</code>)</p>
  ${schema ? `<details><summary>Body: ${escape(ref!)}</summary><pre>${escape(JSON.stringify(schema, null, 2))}</pre></details>` : ''}
  <table><tr><th>Status</th><th>Meaning</th></tr>${Object.entries(op.responses)
    .map(([status, response]) => `<tr><td>${status}</td><td>${escape(response.description)}</td></tr>`)
    .join('')}</table>
</section>`;
    }),
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(document.info.title)}</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 58rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; }
  h1 { font-size: 1.6rem; } h2 { margin-top: 2.5rem; border-bottom: 1px solid #ddd; }
  h3 { font-size: 1.05rem; margin-bottom: 0.25rem; } section { margin-bottom: 1.75rem; }
  .method { display: inline-block; min-width: 4.5rem; font-family: monospace; color: #006b3f; }
  pre { background: #f5f5f2; padding: 0.75rem; overflow-x: auto; font-size: 0.85rem; }
  table { border-collapse: collapse; } td, th { border: 1px solid #ddd; padding: 0.2rem 0.6rem; text-align: left; }
  .auth { color: #555; font-size: 0.9rem; }
</style>
</head>
<body>
<h1>${escape(document.info.title)}</h1>
<p>${escape(document.info.description)} JSON in and out; the machine-readable document is <a href="openapi.json">openapi.json</a> (OpenAPI 3.1).</p>
<h2>Getting started</h2>
<pre>${escape(GETTING_STARTED)}</pre>
<h2>Errors</h2>
<p>Every refusal is JSON <code>{"error": {"code", "message", "details": [{"path", "message"}]}}</code> naming the fields at fault:
400 not JSON, 401 missing or bad key, 403 a valid key of the wrong kind, 404 unknown or another agency's resource, 409 a transition that makes no sense, a reference you already registered, or an Idempotency-Key still being answered,
413 body too large, 422 a body that does not fit (or an Idempotency-Key reused with another body), 429 over the rate limit, which counts each event of a batch (see <code>Retry-After</code>).</p>
<h2>SMS to citizens</h2>
<p>Each status change queues an SMS to the applicant, in their language, sent ${STATUS_SMS_HOLD_MS / 1000} seconds later: a later change to the
same application within that time replaces it, so a burst of changes sends the latest status once. A phone gets at most
${AGENCY_SMS_PER_PHONE_PER_DAY} SMS caused by agencies in 24 hours; beyond that they are kept but not sent. A citizen who texted STOP gets none.</p>
${webhooksDocsSection()}
<h2>Endpoints</h2>
${operations.join('\n')}
</body>
</html>
`;
}
