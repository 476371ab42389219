import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postStreamedBody } from '../support/post-streamed-body.js';
import { serveWithLocalGateway } from '../support/test-app.js';

/**
 * Every route that takes a body, over real HTTP (@hono/node-server, as npm start serves them),
 * with the body sent chunked (no Content-Length: the server has to count) and with its
 * Content-Length. The limits are README's: 512 KB for the agency API, 16 KB everywhere else.
 */
let served: Awaited<ReturnType<typeof serveWithLocalGateway>>;
beforeAll(async () => {
  served = await serveWithLocalGateway({ simulator: true });
});
afterAll(() => served.close());

const KB = 1024;
const ROUTES: [string, number][] = [
  ['/ussd', 16 * KB],
  ['/ussd/events', 16 * KB],
  ['/sms/inbound', 16 * KB],
  ['/sms/delivery', 16 * KB],
  ['/__at/version1/messaging', 16 * KB],
  ['/__at/inbox', 16 * KB],
  ['/__at/control', 16 * KB],
  ['/simulator/state', 16 * KB],
  ['/no/such/route', 16 * KB],
  ['/api/v1/applications', 512 * KB],
];
const WAYS = [
  ['chunked', true],
  ['with Content-Length', false],
] as const;

describe.each(ROUTES)('POST %s (limit %i bytes)', (path, limit) => {
  it.each(WAYS)('answers 413 to a body one byte over the limit, sent %s', async (_, chunked) => {
    const answer = await postStreamedBody(`${served.server.url}${path}`, { bytes: limit + 1, chunked });
    expect(answer.status).toBe(413);
    expect(answer.body).toMatch(/payload_too_large/);
  });

  it.each(WAYS)('answers 413 to a 4 MB body, sent %s', async (_, chunked) => {
    const answer = await postStreamedBody(`${served.server.url}${path}`, { bytes: 4 * KB * KB, chunked });
    expect(answer.status, JSON.stringify(answer)).toBe(413);
  });

  it.each(WAYS)('reads a body of exactly the limit, sent %s, and answers it without a 5xx', async (_, chunked) => {
    const answer = await postStreamedBody(`${served.server.url}${path}`, { bytes: limit, chunked });
    expect(answer.status).not.toBe(413);
    expect(answer.status).toBeLessThan(500);
  });
});

describe('a chunked body under the limit reaches the handler whole', () => {
  const form = (fields: Record<string, string>) => new TextEncoder().encode(new URLSearchParams(fields).toString());

  it('answers a chunked USSD hop as it answers the same hop with a Content-Length', async () => {
    const hop = (sessionId: string) => form({ sessionId, serviceCode: '*2222#', phoneNumber: '+254711000111', networkCode: '63902', text: '2*EC20418375' });
    const chunked = await postStreamedBody(`${served.server.url}/ussd`, { bytes: 0, body: hop('chunked-1'), chunked: true });
    const declared = await postStreamedBody(`${served.server.url}/ussd`, { bytes: 0, body: hop('declared-1'), chunked: false });
    expect(chunked.status).toBe(200);
    expect(chunked.body).toMatch(/^CON EC20418375: Certificate of Good Conduct\nStatus: Under review/);
    expect(chunked.body).toBe(declared.body);
  });

  it('takes a chunked agency request over 16 KB and under 512 KB as far as its key check', async () => {
    const json = new TextEncoder().encode(JSON.stringify({ serviceCode: 'GOOD-CONDUCT', applicantPhone: '+254711000111', note: 'x'.repeat(100 * KB) }));
    const answer = await postStreamedBody(`${served.server.url}/api/v1/applications`, { bytes: 0, body: json, chunked: true, contentType: 'application/json' });
    expect(answer.status).toBe(401);
  });
});
