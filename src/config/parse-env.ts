import { z } from 'zod';
import { DEFAULT_SCREEN_LIMITS, ScreenLimitsSetting } from '../domain/screen-limits.js';

const onOff = z.enum(['on', 'off']);
const trueFalse = z.enum(['true', 'false']);

/** The environment the service reads (DESIGN.md, "Configuration"). Parsed once at start-up. */
export const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_PATH: z.string().min(1).default('data/ecitizen.sqlite'),
  AT_USERNAME: z.string().min(1).default('sandbox'),
  AT_API_KEY: z.string().optional(),
  AT_SENDER_ID: z.string().optional(),
  AT_SMS_URL: z.url().optional(),
  /** The USSD code citizens dial, as SMS replies name it. */
  USSD_SERVICE_CODE: z.string().min(2).default('*2222#'),
  /** GSM-7 characters per USSD screen by network code (`63902:160,63903:182`); unnamed networks keep their default. */
  USSD_SCREEN_LIMITS: ScreenLimitsSetting.default(DEFAULT_SCREEN_LIMITS),
  /** How long one send to Africa's Talking may take before it is counted as failed and retried. */
  SMS_TIMEOUT_MS: z.coerce.number().int().min(500).max(60_000).default(10_000),
  /** How long a dispatcher owns the SMS it claimed; one that dies is replaced after this. At least twice SMS_TIMEOUT_MS. */
  SMS_LEASE_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(60_000),
  CALLBACK_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  ADMIN_API_KEY: z.string().min(24, 'must be at least 24 characters').optional(),
  /** How long after a dropped session the next dial offers to continue it. */
  RESUME_WINDOW_MINUTES: z.coerce.number().int().min(1).max(180).default(10),
  /** How long finished sessions are kept before they are purged (the per-node counts stay). */
  SESSION_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  /** How long a sent (or failed) SMS keeps its text and phone number; the row stays for counts. */
  SMS_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  /** How long a finished application keeps what the citizen typed when applying by phone. */
  ANSWERS_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  /** The development tools: the phone simulator at /simulator and (Node, without AT_API_KEY) the built-in SMS gateway at /__at. */
  SIMULATOR: onOff.default('off'),
  /** Loads the demo catalogue, citizens and applications into an empty database. Default: true outside production. */
  SEED_DEMO_DATA: trueFalse.optional(),
  /** M-Pesa Express through Daraja (issue 14): all five or none; none keeps Pay to the paybill instructions. */
  DARAJA_CONSUMER_KEY: z.string().max(200).optional(),
  DARAJA_CONSUMER_SECRET: z.string().max(200).optional(),
  DARAJA_SHORTCODE: z.string().regex(/^\d{5,7}$/, 'must be the 5 to 7 digit paybill number').optional(),
  DARAJA_PASSKEY: z.string().max(200).optional(),
  /** The service's public base URL, as Daraja reaches it (`https://ussd.example.go.ke`). */
  DARAJA_CALLBACK_URL: z.url().optional(),
  /** `sandbox`, `production`, or the base URL of a Daraja-compatible API. */
  DARAJA_URL: z.union([z.enum(['sandbox', 'production']), z.url()]).optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
});
type ParsedEnv = z.infer<typeof EnvSchema>;
export type Env = Omit<ParsedEnv, 'SEED_DEMO_DATA'> & { SEED_DEMO_DATA: 'true' | 'false' };

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * A setting that production refuses, with what to do instead: one line each. Production
 * fails closed (an open callback reads citizens' applications; the built-in gateway hands
 * anyone any phone's SMS; the sandbox swallows every SMS), so none of these has a default
 * that would let it start.
 */
function productionRefusals(env: ParsedEnv): string[] {
  const refusals: string[] = [];
  if (!env.CALLBACK_SECRET) {
    refusals.push("CALLBACK_SECRET: required in production: set a random secret of 16+ characters and add ?secret=... to every Africa's Talking callback URL; without it anyone can post a hop as any phone");
  }
  if (!env.AT_API_KEY && !env.AT_SMS_URL) {
    refusals.push("AT_API_KEY: required in production (or AT_SMS_URL naming your SMS gateway): the built-in development gateway never runs in production");
  }
  if (env.AT_USERNAME === 'sandbox') {
    refusals.push("AT_USERNAME: is 'sandbox' (the default) in production: set your Africa's Talking username, or every SMS goes into the sandbox and reaches no citizen");
  }
  if (env.SIMULATOR === 'on') refusals.push('SIMULATOR: must be off in production: the simulator acts as any phone and the built-in gateway shows any phone\'s SMS');
  if (env.SEED_DEMO_DATA === 'true') refusals.push('SEED_DEMO_DATA: must not be true in production: the demo data puts fake citizens on real-format phone numbers');
  return refusals;
}

const DARAJA_SETTINGS = ['DARAJA_CONSUMER_KEY', 'DARAJA_CONSUMER_SECRET', 'DARAJA_SHORTCODE', 'DARAJA_PASSKEY', 'DARAJA_CALLBACK_URL'] as const;

/**
 * Daraja's settings go together: a half-set configuration is refused (anywhere: it is always a
 * mistake), naming what is missing. In production the callback must be https and the API not the
 * sandbox, which takes no money.
 */
function darajaRefusals(env: ParsedEnv): string[] {
  const set = DARAJA_SETTINGS.filter((name) => env[name] !== undefined);
  if (set.length === 0) return env.DARAJA_URL === undefined ? [] : ['DARAJA_URL: is set without the other DARAJA_ settings: set ' + DARAJA_SETTINGS.join(', ')];
  const refusals = DARAJA_SETTINGS.filter((name) => env[name] === undefined).map(
    (name) => `${name}: required with ${set.join(', ')}: M-Pesa payments need all of ${DARAJA_SETTINGS.join(', ')} (or none, for paybill instructions only)`,
  );
  if (env.NODE_ENV === 'production') {
    if (env.DARAJA_CALLBACK_URL && !env.DARAJA_CALLBACK_URL.startsWith('https://')) refusals.push('DARAJA_CALLBACK_URL: must be https in production: Daraja posts payment results to it');
    if ((env.DARAJA_URL ?? 'sandbox') === 'sandbox') refusals.push("DARAJA_URL: is 'sandbox' (the default) in production: set it to production (or your Daraja-compatible API's URL), or no citizen's payment is real");
  }
  return refusals;
}

/**
 * Reads the configuration; empty variables count as unset. Throws ConfigError naming every
 * variable that is wrong, one line each, so start-up stops with a message an operator can act on.
 */
export function parseEnv(source: Readonly<Record<string, unknown>>): Env {
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== '' && value !== undefined));
  const parsed = EnvSchema.safeParse(present);
  const lines = parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  if (parsed.success) {
    const env = parsed.data;
    // A lease that can end mid-send lets a second dispatcher claim the row and send it again.
    if (env.SMS_LEASE_MS < 2 * env.SMS_TIMEOUT_MS) {
      lines.push(`SMS_LEASE_MS: ${env.SMS_LEASE_MS} is not at least twice SMS_TIMEOUT_MS (${env.SMS_TIMEOUT_MS}): a lease that ends mid-send lets a second dispatcher send the same SMS`);
    }
    lines.push(...darajaRefusals(env));
    if (env.NODE_ENV === 'production') lines.push(...productionRefusals(env));
    if (lines.length === 0) return { ...env, SEED_DEMO_DATA: env.SEED_DEMO_DATA ?? (env.NODE_ENV === 'production' ? 'false' : 'true') };
  }
  throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
}
