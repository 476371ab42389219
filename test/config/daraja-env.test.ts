import { describe, expect, it } from 'vitest';
import { parseEnv } from '../../src/config/parse-env.js';
import { refusal } from '../support/config-refusal.js';
import { darajaConfig } from '../../src/payments/daraja-config.js';

const DARAJA = {
  DARAJA_CONSUMER_KEY: 'key',
  DARAJA_CONSUMER_SECRET: 'secret',
  DARAJA_SHORTCODE: '222222',
  DARAJA_PASSKEY: 'passkey',
  DARAJA_CALLBACK_URL: 'https://ussd.example.go.ke',
};
const PRODUCTION = { NODE_ENV: 'production', CALLBACK_SECRET: 'a-callback-secret-of-32-characters', AT_API_KEY: 'k', AT_USERNAME: 'ecitizen' };


describe('the Daraja settings', () => {
  it('leaves payments to the paybill instructions when none is set', () => {
    expect(darajaConfig(parseEnv({}))).toBeNull();
  });

  it('names the sandbox by default outside production, and any base URL when given', () => {
    expect(darajaConfig(parseEnv(DARAJA))?.baseUrl).toBe('https://sandbox.safaricom.co.ke');
    expect(darajaConfig(parseEnv({ ...DARAJA, DARAJA_URL: 'production' }))?.baseUrl).toBe('https://api.safaricom.co.ke');
    expect(darajaConfig(parseEnv({ ...DARAJA, DARAJA_URL: 'https://daraja.example' }))?.baseUrl).toBe('https://daraja.example');
  });

  it.each(Object.keys(DARAJA))('refuses a half-set configuration, naming what is missing (%s)', (missing) => {
    expect(refusal({ ...DARAJA, [missing]: undefined })).toMatch(new RegExp(`^${missing}: required with`, 'm'));
    expect(refusal({ ...PRODUCTION, ...DARAJA, DARAJA_URL: 'production', [missing]: undefined })).toMatch(new RegExp(`^${missing}: required with`, 'm'));
  });

  it.each([
    ['the sandbox (the default)', {}, /^DARAJA_URL: is 'sandbox'/m],
    ['an http callback', { DARAJA_URL: 'production', DARAJA_CALLBACK_URL: 'http://ussd.example.go.ke' }, /^DARAJA_CALLBACK_URL: must be https in production/m],
  ])('production refuses %s', (_, change, line) => {
    expect(refusal({ ...PRODUCTION, ...DARAJA, ...change })).toMatch(line);
  });

  it('production starts with the whole set and the production API', () => {
    expect(darajaConfig(parseEnv({ ...PRODUCTION, ...DARAJA, DARAJA_URL: 'production' }))?.shortcode).toBe('222222');
  });
});
