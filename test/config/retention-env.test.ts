import { describe, expect, it } from 'vitest';
import { ConfigError, parseEnv } from '../../src/config/parse-env.js';

describe('the retention periods in the environment', () => {
  it('default to 30 days for SMS and 90 days for the answers of finished applications', () => {
    expect(parseEnv({})).toMatchObject({ SMS_RETENTION_DAYS: 30, ANSWERS_RETENTION_DAYS: 90 });
  });

  it('take whole days from 1 to 3650', () => {
    expect(parseEnv({ SMS_RETENTION_DAYS: '1', ANSWERS_RETENTION_DAYS: '3650' })).toMatchObject({ SMS_RETENTION_DAYS: 1, ANSWERS_RETENTION_DAYS: 3650 });
  });

  it.each([
    ['SMS_RETENTION_DAYS', '0'],
    ['SMS_RETENTION_DAYS', '2.5'],
    ['ANSWERS_RETENTION_DAYS', '3651'],
    ['ANSWERS_RETENTION_DAYS', 'forever'],
  ])('stop start-up with a message naming %s=%s', (name, value) => {
    expect(() => parseEnv({ [name]: value })).toThrow(ConfigError);
    expect(() => parseEnv({ [name]: value })).toThrow(new RegExp(`${name}:`));
  });
});
