import { ConfigError, parseEnv } from '../../src/config/parse-env.js';

/** What parseEnv refuses a configuration with (its message, one line per setting); throws when it accepts it. */
export function refusal(source: Record<string, string | undefined>): string {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('parseEnv accepted it');
}
