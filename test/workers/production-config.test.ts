import { env } from 'cloudflare:workers';
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it, vi } from 'vitest';
import worker, { type WorkerEnv } from '../../src/runtime/worker.js';

/** The Worker as `wrangler deploy --env production` configures it, with `vars` changed. */
function productionEnv(vars: Partial<WorkerEnv>): WorkerEnv {
  return { ...(env as unknown as WorkerEnv), NODE_ENV: 'production', SEED_DEMO_DATA: 'false', SIMULATOR: 'off', CALLBACK_SECRET: undefined, AT_API_KEY: undefined, AT_USERNAME: undefined, ...vars };
}

async function hop(workerEnv: WorkerEnv, path = '/ussd') {
  const ctx = createExecutionContext();
  const response = await worker.fetch(
    new Request(`http://worker.test${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ sessionId: 'p1', serviceCode: '*2222#', phoneNumber: '+254711000111', text: '3' }),
    }),
    workerEnv,
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return { status: response.status, body: await response.text() };
}

describe('the Worker in production', () => {
  it('refuses every request while a required setting is missing, naming it in the log and to nobody else', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // The repro: with no CALLBACK_SECRET, anyone could post this hop and read the phone's applications.
    const refused = await hop(productionEnv({ AT_API_KEY: 'atsk', AT_USERNAME: 'ecitizen' }));
    expect(refused.status).toBe(503);
    expect(refused.body).not.toMatch(/CALLBACK_SECRET|My applications|EC2041/);
    expect(logged.mock.calls.map((call) => String(call[0])).join('\n')).toMatch(/CALLBACK_SECRET: required in production/);

    logged.mockClear();
    expect((await hop(productionEnv({ CALLBACK_SECRET: 'a-callback-secret-of-32-characters', AT_API_KEY: 'atsk', AT_USERNAME: 'sandbox' }))).status).toBe(503);
    expect(logged.mock.calls.map((call) => String(call[0])).join('\n')).toMatch(/AT_USERNAME: is 'sandbox'/);
    logged.mockRestore();
  });

  it('serves the callbacks behind the secret once configured, without the simulator', async () => {
    const configured = productionEnv({ CALLBACK_SECRET: 'a-callback-secret-of-32-characters', AT_API_KEY: 'atsk', AT_USERNAME: 'ecitizen', AT_SMS_URL: 'http://127.0.0.1:9' });
    expect((await hop(configured)).status).toBe(403);
    expect((await hop(configured, '/ussd?secret=a-callback-secret-of-32-characters')).body).toMatch(/^CON /);
    expect((await hop(configured, '/simulator/ussd')).status).toBe(404);
  });
});
