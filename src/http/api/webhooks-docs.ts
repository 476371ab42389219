import { WEBHOOK_ENDPOINTS_PER_AGENCY, WEBHOOK_EVENT_TYPES } from '../../domain/webhook-event-types.js';

/**
 * How a receiver checks a delivery, in Node: the docs page shows it, and a test runs this very
 * text against a real delivery, so the page cannot drift from what the service sends.
 */
export const SIGNATURE_CHECK = `import { createHmac, timingSafeEqual } from 'node:crypto';

// rawBody: the request body exactly as it arrived (a string), before any JSON parsing.
// header: the X-Ecitizen-Signature header; secret: the whsec_... shown when you registered.
export function verifyEcitizenSignature(rawBody, header, secret, toleranceSeconds = 300) {
  const parts = Object.fromEntries(header.split(',').map((part) => part.split('=')));
  const t = Number(parts.t);
  // An old delivery replayed at you fails here, even with a valid signature.
  if (!Number.isInteger(t) || Math.abs(Date.now() / 1000 - t) > toleranceSeconds) return false;
  const expected = createHmac('sha256', secret).update(\`\${t}.\${rawBody}\`).digest();
  const given = Buffer.from(parts.v1 ?? '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}`;

const EXAMPLE_EVENT = {
  id: 'evt_4Xq2vT9bLmR7cNw1pZs8KdYe',
  type: 'application.created',
  createdAt: '2026-11-20T06:00:00.000Z',
  data: {
    application: {
      reference: 'EC31500425',
      service: 'BIRTH-CERT',
      applicantPhone: '+254711000111',
      status: 'submitted',
      statusDetail: null,
      feeDueKes: 50,
      channel: 'ussd',
      answers: { national_id: '12345678', full_name: 'Amina Wanjiru', county: 'Kakamega', collection_centre: 'Eldoret' },
      createdAt: '2026-11-20T06:00:00.000Z',
      updatedAt: '2026-11-20T06:00:00.000Z',
    },
  },
};

const escape = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** The docs page's section on webhooks (HTML). */
export function webhooksDocsSection(): string {
  return `<h2 id="webhooks">Webhooks</h2>
<p>Register an HTTPS URL with <code>POST /api/v1/webhooks</code> (<code>{"url": "https://...", "events": ["application.created"]}</code>;
every event when <code>events</code> is left out) and you are told of each event as a signed POST. The answer carries the endpoint's
<code>secret</code> (<code>whsec_...</code>): it is shown this once, so keep it. At most ${WEBHOOK_ENDPOINTS_PER_AGENCY} endpoints per agency; an operator can
do the same for an agency at <code>/api/v1/agencies/{code}/webhooks</code>. Events: ${WEBHOOK_EVENT_TYPES.map((type) => `<code>${type}</code>`).join(', ')}
(a citizen applied by phone; the application is the one <code>GET /api/v1/applications/{reference}</code> returns, with the answers the citizen typed).</p>
<p>The URL must be <code>https</code>, carry no user name or password, and name a public host: one that resolves to a loopback, private,
link-local, carrier-grade NAT, multicast or cloud-metadata address is refused (422 naming <code>url</code>), when registered and again
at every delivery. Redirects are not followed: answer 2xx at the URL you registered.</p>
<p>Each delivery is a POST with the event as JSON and these headers: <code>X-Ecitizen-Event-Id</code> (the same on every attempt: use it
to ignore a repeat), <code>X-Ecitizen-Event-Type</code>, and <code>X-Ecitizen-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256 of
"&lt;t&gt;.&lt;raw body&gt;" with your secret&gt;</code>. Answer 2xx within 10 seconds; anything else (a timeout, a redirect, a 4xx or
5xx) is tried again with growing waits (15 s, 30 s, 1 min, ... up to 30 min) for a day, then marked <code>failed</code>. Only the first
4 KB of your answer is read. <code>GET /api/v1/webhooks/{id}/deliveries</code> shows each delivery: status, attempts, the last error and
the next attempt, newest first (<code>?limit=</code>, and <code>?cursor=</code> with the previous page's <code>nextCursor</code>).</p>
<p>Check the signature before you trust a delivery (Node):</p>
<pre>${escape(SIGNATURE_CHECK)}</pre>
<details><summary>An application.created event</summary><pre>${escape(JSON.stringify(EXAMPLE_EVENT, null, 2))}</pre></details>`;
}
