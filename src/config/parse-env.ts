import { z } from 'zod';


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
  /** How long one send to Africa's Talking may take before it is counted as failed and retried. */
  SMS_TIMEOUT_MS: z.coerce.number().int().min(500).max(60_000).default(10_000),
  /** How long a dispatcher owns the SMS it claimed; one that dies is replaced after this. Longer than SMS_TIMEOUT_MS. */
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
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
});
export type Env = z.infer<typeof EnvSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads the configuration; empty variables count as unset. Throws ConfigError naming every
 * variable that is wrong, so start-up stops with a message an operator can act on.
 */
export function parseEnv(source: Readonly<Record<string, unknown>>): Env {
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== '' && value !== undefined));
  const parsed = EnvSchema.safeParse(present);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
}

