import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { type Static, Type } from 'typebox';
import Value from 'typebox/value';
import type { WorkOptions } from './content/work-pool.js';

const ConfigSchema = Type.Object({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 8080 }),
  HOST: Type.String({ minLength: 1, default: '127.0.0.1' }),
  DATA_DIR: Type.String({ minLength: 1, default: './data' }),
  LOG_LEVEL: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)),
    { default: 'info' },
  ),
  /** The seed content, published as version 1 into an empty database. */
  CONTENT_DIR: Type.String({ minLength: 1, default: './content' }),
  /** The address visitors' phones use for take-away pages (the kiosk's own origin if unset). */
  PUBLIC_URL: Type.Optional(Type.String({ pattern: '^https?://[^\\s/]+(/.*)?$' })),
  /** Seconds without a touch before a kiosk starts its idle countdown. */
  IDLE_TIMEOUT_SECONDS: Type.Integer({ minimum: 15, maximum: 3600, default: 90 }),
  /** UI strings; the take-away page reads its labels here. */
  LOCALES_DIR: Type.String({ minLength: 1, default: './locales' }),
  /** PostgreSQL instead of the embedded SQLite, e.g. postgres://user:password@db.example.org/servicepunkt. */
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  /** The token every kiosk sends (until kiosks are enrolled one by one); made and kept in DATA_DIR if unset. */
  KIOSK_TOKEN: Type.Optional(Type.String({ minLength: 16, maxLength: 200, pattern: '^[A-Za-z0-9._~-]+$' })),
  /** The bearer token a Prometheus scraper sends to read /metrics; /metrics is off if unset. */
  METRICS_TOKEN: Type.Optional(Type.String({ minLength: 16, maxLength: 200, pattern: '^[A-Za-z0-9._~-]+$' })),
  /** Days after a help session that the visitor's name, phone and e-mail are deleted. */
  PERSONAL_DATA_DAYS: Type.Integer({ minimum: 1, maximum: 365, default: 30 }),
  /** Where reminders are sent from, e.g. smtp://user:pass@mail.example.org:587; no reminders if unset. */
  SMTP_URL: Type.Optional(Type.String({ pattern: '^smtps?://' })),
  /** The From address of reminder e-mails. */
  REMINDER_FROM: Type.String({ minLength: 3, default: 'Biblioteket <noreply@localhost>' }),
  /** Where the built kiosk and console are; the server serves them when the folder exists. */
  PUBLIC_DIR: Type.String({ minLength: 1, default: './dist/public' }),
  /** Proxies whose X-Forwarded-For and X-Forwarded-Proto are believed: addresses or CIDR ranges, comma-separated. */
  TRUST_PROXY: Type.Optional(Type.String()),
  /** Longest a worker may spend checking one guide text; past it the text is refused with 422. */
  GUIDE_TEXT_BUDGET_MS: Type.Integer({ minimum: 50, maximum: 60_000, default: 2000 }),
  /** Longest a worker may spend sanitising one SVG; past it the file is refused with 422. */
  SVG_BUDGET_MS: Type.Integer({ minimum: 50, maximum: 120_000, default: 10_000 }),
  /** Longest a worker may spend checking a whole content pack; past it the import is refused with 422. */
  PACK_BUDGET_MS: Type.Integer({ minimum: 1000, maximum: 3_600_000, default: 60_000 }),
  /** Worker threads for slow work: guide text, SVGs, packs (all cores but one if unset). */
  GUIDE_TEXT_THREADS: Type.Optional(Type.Integer({ minimum: 1, maximum: 64 })),
  /** Pieces of slow work that may wait for a worker; past that, editors get 503 and try again. */
  GUIDE_TEXT_QUEUE: Type.Integer({ minimum: 0, maximum: 10_000, default: 32 }),
});

/** proxy-addr's (and so Fastify's) names for whole private ranges. */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** True for an address, an address/prefix range, or a named range, as Fastify's `trustProxy` takes them. */
function isProxyEntry(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128));
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  publicDir: string;
  contentDir: string;
  localesDir: string;
  publicUrl: string | null;
  idleTimeoutSeconds: number;
  logLevel: Static<typeof ConfigSchema>['LOG_LEVEL'];
  databaseUrl: string | null;
  kioskToken: string | null;
  /** The token /metrics asks for; null: /metrics is off. */
  metricsToken: string | null;
  personalDataDays: number;
  smtpUrl: string | null;
  reminderFrom: string;
  /** Trusted proxies (TRUST_PROXY); empty: the socket's peer is the client. */
  trustProxy: string[];
  /** The worker pool for slow work: a time budget per kind, threads, queue. */
  work: WorkOptions;
}

export class ConfigError extends Error {}

/**
 * Reads the configuration from environment variables. Throws a ConfigError naming every bad
 * variable and what it must be, so a wrong value stops the server at start with a clear message.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const raw = Object.fromEntries(
    Object.keys(ConfigSchema.properties)
      .filter((key) => env[key] !== undefined && env[key] !== '')
      .map((key) => [key, env[key]]),
  );
  const value = Value.Default(ConfigSchema, Value.Convert(ConfigSchema, { ...raw }));
  const problems = [...Value.Errors(ConfigSchema, value)].map((e) => {
    const name = e.instancePath.slice(1);
    return `${name}=${JSON.stringify(env[name])} ${e.message}`;
  });
  const trustProxy = env.TRUST_PROXY ? env.TRUST_PROXY.split(',').map((entry) => entry.trim()) : [];
  if (!trustProxy.every(isProxyEntry)) {
    problems.push(
      `TRUST_PROXY=${JSON.stringify(env.TRUST_PROXY)} must be a comma-separated list of proxy addresses or CIDR ranges (e.g. 10.0.0.5,192.168.1.0/24)`,
    );
  }
  if (problems.length > 0 || !Value.Check(ConfigSchema, value)) {
    throw new ConfigError(`Bad configuration: ${problems.join('; ')}`);
  }
  const v = value as Static<typeof ConfigSchema>;
  return {
    port: v.PORT,
    host: v.HOST,
    dataDir: resolve(v.DATA_DIR),
    publicDir: resolve(v.PUBLIC_DIR),
    contentDir: resolve(v.CONTENT_DIR),
    localesDir: resolve(v.LOCALES_DIR),
    publicUrl: v.PUBLIC_URL ?? null,
    idleTimeoutSeconds: v.IDLE_TIMEOUT_SECONDS,
    logLevel: v.LOG_LEVEL,
    databaseUrl: v.DATABASE_URL ?? null,
    kioskToken: v.KIOSK_TOKEN ?? null,
    metricsToken: v.METRICS_TOKEN ?? null,
    personalDataDays: v.PERSONAL_DATA_DAYS,
    smtpUrl: v.SMTP_URL ?? null,
    reminderFrom: v.REMINDER_FROM,
    trustProxy,
    work: {
      guideTextBudgetMs: v.GUIDE_TEXT_BUDGET_MS,
      svgBudgetMs: v.SVG_BUDGET_MS,
      packBudgetMs: v.PACK_BUDGET_MS,
      queue: v.GUIDE_TEXT_QUEUE,
      ...(v.GUIDE_TEXT_THREADS ? { threads: v.GUIDE_TEXT_THREADS } : {}),
    },
  };
}
