import { env } from 'cloudflare:workers';
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import worker, { type WorkerEnv } from '../../src/runtime/worker.js';

let sessions = 0;
/** The agencies A-Z list (it always pages) as a phone on `networkCode` sees it, through a Worker with `vars` changed. */
async function agencyList(networkCode: string, vars: Partial<WorkerEnv> = {}) {
  const sessionId = `wb-${(sessions += 1)}`;
  const phoneNumber = `+2547330${String(sessions).padStart(5, '0')}`;
  const ctx = createExecutionContext();
  const init: Pick<RequestInit, 'method' | 'headers' | 'body'> = {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ sessionId, serviceCode: '*2222#', phoneNumber, networkCode, text: '1*1' }),
  };
  const response = await worker.fetch(new Request('http://worker.test/ussd', init), { ...(env as unknown as WorkerEnv), ...vars }, ctx);
  await waitOnExecutionContext(ctx);
  return { status: response.status, body: await response.text() };
}

const length = (body: string) => [...body.slice(4)].length;

describe('the Worker lays screens out to the network', () => {
  it('at 160 characters on Safaricom and 182 on Airtel by default', async () => {
    const [safaricom, airtel] = [await agencyList('63902'), await agencyList('63903')];
    expect(safaricom.body).toMatch(/^CON Choose an agency:\n1\. .+\n98 More\n0 Back\n00 Main menu$/s);
    expect(length(safaricom.body)).toBeLessThanOrEqual(160);
    expect(length(airtel.body)).toBeGreaterThan(160);
  });

  it('as USSD_SCREEN_LIMITS says, and refuses every request (503) when it cannot read it', async () => {
    expect(length((await agencyList('63902', { USSD_SCREEN_LIMITS: '63902:182' })).body)).toBeGreaterThan(160);
    expect((await agencyList('63902', { USSD_SCREEN_LIMITS: '63902:90' })).status).toBe(503);
  });
});
