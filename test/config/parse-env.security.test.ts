import { describe, expect, it } from 'vitest';
import { parseEnv } from '../../src/config/parse-env.js';
import { refusal } from '../support/config-refusal.js';

/** Everything production needs, so each case below takes away or breaks one thing. */
const SAFE_PRODUCTION = {
  NODE_ENV: 'production',
  CALLBACK_SECRET: 'a-callback-secret-of-32-characters',
  AT_API_KEY: 'atsk_live_key',
  AT_USERNAME: 'ecitizen',
};


describe('production refuses to start unsafe, with a line naming the setting and what to do', () => {
  it.each([
    ['CALLBACK_SECRET unset (the callbacks would be open to anyone)', { CALLBACK_SECRET: undefined }, /^CALLBACK_SECRET: required in production: set a random secret/m],
    ['CALLBACK_SECRET empty', { CALLBACK_SECRET: '' }, /^CALLBACK_SECRET: required in production/m],
    ['no real SMS gateway (the built-in one would run)', { AT_API_KEY: undefined }, /^AT_API_KEY: required in production \(or AT_SMS_URL/m],
    ['AT_USERNAME left at its default, the sandbox', { AT_USERNAME: undefined }, /^AT_USERNAME: is 'sandbox' \(the default\) in production/m],
    ['AT_USERNAME set to sandbox', { AT_USERNAME: 'sandbox' }, /^AT_USERNAME: is 'sandbox'/m],
    ['the simulator asked for', { SIMULATOR: 'on' }, /^SIMULATOR: must be off in production/m],
    ['the demo data asked for', { SEED_DEMO_DATA: 'true' }, /^SEED_DEMO_DATA: must not be true in production/m],
    ['a lease shorter than twice the send timeout', { SMS_TIMEOUT_MS: '40000', SMS_LEASE_MS: '60000' }, /^SMS_LEASE_MS: 60000 is not at least twice SMS_TIMEOUT_MS \(40000\)/m],
  ])('%s', (_case, change, line) => {
    expect(refusal({ ...SAFE_PRODUCTION, ...change })).toMatch(line);
  });

  it('names every refused setting at once, one line each, so one restart fixes them all', () => {
    const message = refusal({ NODE_ENV: 'production' });
    const named = message.split('\n').slice(1).map((line) => line.slice(0, line.indexOf(':')));
    expect(named).toEqual(['CALLBACK_SECRET', 'AT_API_KEY', 'AT_USERNAME']);
  });

  it('starts with every setting production needs, with no development tool and no demo data', () => {
    expect(parseEnv(SAFE_PRODUCTION)).toMatchObject({ NODE_ENV: 'production', SIMULATOR: 'off', SEED_DEMO_DATA: 'false' });
    expect(parseEnv({ ...SAFE_PRODUCTION, AT_API_KEY: undefined, AT_SMS_URL: 'https://sms.example.go.ke' })).toMatchObject({ AT_SMS_URL: 'https://sms.example.go.ke' });
  });
});

describe('outside production', () => {
  it('asks for nothing, loads the demo data by default, and serves the development tools only when asked', () => {
    expect(parseEnv({})).toMatchObject({ NODE_ENV: 'development', SIMULATOR: 'off', SEED_DEMO_DATA: 'true' });
    expect(parseEnv({ SIMULATOR: 'on', SEED_DEMO_DATA: 'false' })).toMatchObject({ SIMULATOR: 'on', SEED_DEMO_DATA: 'false' });
  });

  it('still refuses a lease that can end mid-send, which would send an SMS twice anywhere', () => {
    expect(refusal({ SMS_TIMEOUT_MS: '10000', SMS_LEASE_MS: '15000' })).toMatch(/^SMS_LEASE_MS: /m);
  });

  it('refuses a switch it does not know rather than guessing', () => {
    expect(refusal({ SIMULATOR: 'yes' })).toMatch(/^SIMULATOR: /m);
  });
});
