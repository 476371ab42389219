import { NEXT_STATUSES } from '../../applications/record-status-change.js';
import { AGENCY_SMS_PER_PHONE_PER_DAY, STATUS_SMS_HOLD_MS } from '../../domain/sms-limits.js';
import { AUTH_FAILURES_PER_MINUTE } from './api-auth.js';
import { IN_FLIGHT_LEASE_MS } from './idempotency.js';
import type { openApiDocument } from './openapi-document.js';
import { DEFAULT_RATE_LIMIT_PER_MINUTE } from './rate-limit.js';
import { webhooksDocsSection } from './webhooks-docs.js';

type Document = ReturnType<typeof openApiDocument>;

const escape = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

const GETTING_STARTED = `# 1. The operator onboards your agency and makes its key (shown once)
curl -X POST localhost:3000/api/v1/agencies/KAA/keys -H "Authorization: Bearer $ADMIN_API_KEY"
#    (on the server itself: npm run keys -- create KAA)
export KEY=ecz_...

# 2. Put a service on the USSD channel (a new code: PUT replaces the service of that code)
curl -X PUT localhost:3000/api/v1/services/CARGO-PERMIT \\
  -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' -d '{
  "name": {"en": "Cargo Handling Permit", "sw": "Kibali cha Kushughulikia Mizigo"},
  "description": {"en": "Permit to handle cargo at KAA airports.", "sw": "Kibali cha kushughulikia mizigo katika viwanja vya KAA."},
  "category": "aviation", "feeKes": 2000,
  "requirements": {"en": "Company certificate, KRA PIN", "sw": "Cheti cha kampuni, PIN ya KRA"},
  "processingTime": {"en": "5 working days", "sw": "Siku 5 za kazi"}}'

# 3. Learn of the applications citizens made by phone, with what they typed (oldest first: a feed)
curl "localhost:3000/api/v1/applications?channel=ussd&order=oldest" -H "Authorization: Bearer $KEY"

# 4. Register an application made at your counter (the citizen gets an SMS)
curl -X POST localhost:3000/api/v1/applications -H "Authorization: Bearer $KEY" \\
  -H 'Content-Type: application/json' -H 'Idempotency-Key: counter-2026-0001' \\
  -d '{"serviceCode": "CARGO-PERMIT", "applicantPhone": "0711000111", "channel": "counter"}'

# 5. Move it along (the citizen gets an SMS in their language); EC... is the reference step 4 answered
curl -X POST localhost:3000/api/v1/applications/EC12345678/events -H "Authorization: Bearer $KEY" \\
  -H 'Content-Type: application/json' -H 'Idempotency-Key: ready-EC12345678' \\
  -d '{"status": "ready_for_collection", "place": "JKIA Terminal 1A"}'

# 6. In development (npm run dev), see the SMS the built-in gateway received
curl -d 'phoneNumber=+254711000111' localhost:3000/__at/inbox`;

const TRANSITIONS = Object.entries(NEXT_STATUSES)
  .map(([from, to]) => `<tr><td>${from}</td><td>${to.length > 0 ? to.join(', ') : 'none: final'}</td></tr>`)
  .join('');

/** The docs page: the OpenAPI document made readable, with no script or file from the internet. */
export function docsPage(document: Document): string {
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => {
      const op = operation as {
        summary: string;
        security: Record<string, unknown>[];
        parameters: { name: string; in: string; description?: string }[];
        requestBody?: { content: { 'application/json': { schema: { $ref: string } } } };
        responses: Record<string, { description: string; content?: { 'application/json': { schema: { $ref: string } } } }>;
      };
      const auth = op.security.length === 0 ? 'none' : Object.keys(op.security[0]!)[0] === 'agencyKey' ? 'an agency key' : 'the operator key';
      const schemaDetails = (label: string, $ref: string | undefined) => {
        const name = $ref?.split('/').pop();
        const schema = name ? document.components.schemas[name] : undefined;
        return schema ? `<details><summary>${label}: ${escape(name!)}</summary><pre>${escape(JSON.stringify(schema, null, 2))}</pre></details>` : '';
      };
      const query = op.parameters.filter((parameter) => parameter.in === 'query');
      const answers = Object.entries(op.responses).filter(([status, response]) => Number(status) < 400 && response.content);
      return `<section id="${escape(`${method}-${path}`)}">
  <h3><span class="method">${method.toUpperCase()}</span> /api/v1${escape(path)}</h3>
  <p>${escape(op.summary)}</p>
  <p class="auth">Authorization: ${auth} (<code>Authorization: Bearer ...</code>)</p>
  ${query.length > 0 ? `<table><tr><th>Query</th><th></th></tr>${query.map((parameter) => `<tr><td><code>${escape(parameter.name)}</code></td><td>${escape(parameter.description ?? '')}</td></tr>`).join('')}</table>` : ''}
  ${schemaDetails('Body', op.requestBody?.content['application/json'].schema.$ref)}
  ${answers.map(([status, response]) => schemaDetails(`Answer ${status}`, response.content!['application/json'].schema.$ref)).join('\n  ')}
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
<h2>Status changes</h2>
<p>An application moves only along these steps; any other is refused with 409 and changes nothing. Moving to its current status answers 200 and sends no SMS.
<code>rejected</code> needs a <code>reason</code> and <code>ready_for_collection</code> a <code>place</code>: the citizen reads them.</p>
<table><tr><th>From</th><th>To</th></tr>${TRANSITIONS}</table>
<h2>Rate limits</h2>
<p>Each agency key's agency, and the operator, may make ${DEFAULT_RATE_LIMIT_PER_MINUTE} requests a minute (the operator may set another limit); each event of a batch counts as one.
Past it the answer is 429 with <code>Retry-After</code> in seconds. An address that fails to authenticate ${AUTH_FAILURES_PER_MINUTE} times in a minute is refused (429) until the minute ends.</p>
<h2>Retrying safely: Idempotency-Key</h2>
<p>Every POST takes an optional <code>Idempotency-Key</code> header (up to 255 characters, yours to choose, e.g. a UUID or your own record id).
The first request with a key runs; a repeat with the same key and the same body gets the first answer again, marked <code>Idempotent-Replayed: true</code>, and changes nothing;
while the first is still running a repeat gets 409 (try again after <code>Retry-After</code>; one that has not answered in ${IN_FLIGHT_LEASE_MS / 1000} seconds is taken for dead and run again);
the same key with another body is 422. A 5xx or 429 is not kept, so a retry runs again. Keys are kept 24 hours. Without a key, a retried registration with your own <code>reference</code> is refused (409) and one without makes a second application;
a retried status change finds the application already in that status (200, nothing changed) unless another change came between.</p>
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
