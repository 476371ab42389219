import { env, exports } from 'cloudflare:workers';
import { drizzle } from 'drizzle-orm/d1';
import { describe, expect, it } from 'vitest';
import * as schema from '../../src/db/schema.js';
import { issueApiKey } from '../../src/http/api/api-key.js';

const t = (text: string) => ({ en: text, sw: text });

async function putService(key: string, code: string, pattern: string) {
  const body = {
    name: t('Evil Pattern Check'),
    description: t('A form with an agency pattern.'),
    category: 'ict',
    feeKes: 100,
    requirements: t('None'),
    processingTime: t('1 day'),
    ussdApply: true,
    applyFields: [{ name: 'code', label: t('Code'), prompt: t('Your code:'), error: t('Type the code again.'), validate: { kind: 'pattern', pattern } }],
  };
  const response = await exports.default.fetch(
    new Request(`http://worker.test/api/v1/services/${code}`, { method: 'PUT', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  );
  return { status: response.status, json: (await response.json()) as any };
}

async function hop(sessionId: string, text: string) {
  const response = await exports.default.fetch(
    new Request('http://worker.test/ussd', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ sessionId, serviceCode: '*2222#', phoneNumber: '+254733000777', networkCode: '63902', text }),
    }),
  );
  return response.text();
}

describe('agency patterns on Workers', () => {
  it('refuses a pattern RE2 cannot read, and answers a backtracking pattern at once', async () => {
    await exports.default.fetch(new Request('http://worker.test/healthz')); // seeds the demo agencies on first use
    const { key } = await issueApiKey(drizzle(env.DB, { schema }), 'KSA', Date.now());
    const refused = await putService(key, 'EVIL-W', '((');
    expect(refused.status).toBe(422);
    expect(refused.json.error.details).toContainEqual({ path: 'applyFields.0.validate.pattern', message: 'not a valid pattern: missing closing ) in `((`' });
    expect((await putService(key, 'EVIL-W', '([A-Za-z0-9]+\\s?)+')).status).toBe(201);

    const inputs = ['4'];
    let screen = await hop('wp1', '');
    screen = await hop('wp1', inputs.join('*'));
    for (let page = 0; !screen.includes('Evil Pattern Check (KSA)') && page < 20; page += 1) {
      inputs.push('98');
      screen = await hop('wp1', inputs.join('*'));
    }
    inputs.push(screen.split('\n').find((line) => line.includes('Evil Pattern Check (KSA)'))!.split('.')[0]!.replace(/^CON /, ''));
    expect(await hop('wp1', inputs.join('*'))).toBe('CON Your code:\n0 Back\n00 Main menu');
    // 28 letters and "!": 8.7 s of backtracking for JavaScript's RegExp, a few steps for RE2.
    inputs.push(`${'a'.repeat(28)}!`);
    expect(await hop('wp1', inputs.join('*'))).toBe('CON Type the code again.\nYour code:\n0 Back\n00 Main menu');
  });
});
