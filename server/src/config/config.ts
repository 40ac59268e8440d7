import { z } from 'zod';

/**
 * Every setting Commons reads, from the environment only, parsed once at boot.
 * No other file reads process.env. The README's settings table mirrors this schema.
 */
const booleanString = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

export const configSchema = z
  .object({
    // Production unless told otherwise: error details appear only in development.
    NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    DATABASE_URL: z
      .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' })
      .optional(),
    DATA_DIR: z.string().min(1).default('./.data'),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
    // false: an API-only instance. It still enqueues jobs (in its requests' transactions); the
    // instances with true run them.
    JOBS_ENABLED: booleanString.default(true),
    // How often a job instance looks for due recurring jobs (pg-boss allows 1–45 s); whichever
    // instance looks first in a slot sends its jobs, so more instances do not mean more runs.
    JOBS_SCHEDULE_CHECK_SECONDS: z.coerce.number().int().min(1).max(45).default(30),
    SEED_DEMO: booleanString.optional(),
    SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(10_080).default(120),
    SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(720).default(12),
    SIGN_IN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).max(1000).default(10),
    SIGN_IN_MAX_FAILURES_PER_CLIENT: z.coerce.number().int().min(1).max(100_000).default(100),
    COOKIE_SECURE: booleanString.default(false),
    TRUST_PROXY: z.string().default('loopback'),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    CLIENT_DIST_DIR: z.string().optional(),
    GRAPHQL_COMPILE_ON_USE: z.coerce.number().int().min(0).max(1000).default(2),
    WORKSPACE_TIME_ZONE: z
      .string()
      .refine(isTimeZone, 'must be an IANA time zone such as Europe/London')
      .default('UTC'),
    // Unset: no email at all (notifications stay in the app). Empty counts as unset: compose
    // passes `SMTP_URL=` through when .env leaves it blank.
    SMTP_URL: z.preprocess(
      (value) => (value === '' ? undefined : value),
      z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
    ),
    MAIL_FROM: z.string().trim().min(3).max(320).default('Commons <no-reply@localhost>'),
    // The address links in emails start with.
    PUBLIC_URL: z
      .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
      .transform((url) => url.replace(/\/+$/, ''))
      .default('http://localhost:3000'),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && env.DATABASE_URL && !env.SESSION_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['SESSION_SECRET'],
        message: 'is required in production with DATABASE_URL (at least 32 random characters)',
      });
    }
  });

export type AppConfig = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Parses the environment; a bad value throws one line naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const name = issue?.path.join('.') ?? 'environment';
  throw new ConfigError(`Invalid setting ${name}: ${issue?.message ?? 'invalid value'}`);
}

export const APP_CONFIG = Symbol('APP_CONFIG');
