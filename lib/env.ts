// The one place that reads process.env: validated once, fails fast with a readable message.
import { z } from "zod";
import { readLogLevelFrom } from "./core/logger";
import { parseAllowlistEntry } from "./http/ssrf";

const booleanish = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((value) => value === "true" || value === "1" || value === "yes");

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection URL")
    .optional(),
  /**
   * A direct connection to the same database for what a transaction-mode pooler (PgBouncer) cannot carry: LISTEN,
   * session advisory locks (migrations, the maintenance round) and CREATE DATABASE. Unset: DATABASE_URL is direct.
   */
  DATABASE_DIRECT_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection URL")
    .optional(),
  /**
   * A streaming replica of the same database for the dashboard's reads that decide nothing: the Deliveries and
   * Events lists and their search, the Deliveries page's counts, the overview's aggregates (lib/db/read.ts).
   * Unset: those reads go to DATABASE_URL like everything else.
   */
  DATABASE_READ_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection URL")
    .optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOSTNAME: z.string().default("0.0.0.0"),
  SWITCHBOARD_DATA_DIR: z.string().default(".data"),
  /** Where `next build` writes (next.config.ts reads the same variable). */
  SWITCHBOARD_BUILD_DIR: z.string().default(".next"),
  SWITCHBOARD_EMBEDDED_DB_PORT: z.coerce.number().int().min(1).max(65535).default(54320),
  SWITCHBOARD_SECRET_KEY: z
    .string()
    .regex(/^(?:[A-Fa-f0-9]{64}|[A-Za-z0-9+/]{43}=)$/, "must be 32 bytes as 64 hex characters or base64")
    .optional(),
  SWITCHBOARD_WORKERS: z.coerce.number().int().min(0).max(64).default(1),
  /** Requests each delivery worker keeps in flight at once. */
  SWITCHBOARD_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(1000).default(64),
  /** How often an idle worker looks for scheduled retries (new deliveries wake it at once via NOTIFY). */
  SWITCHBOARD_WORKER_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(500),
  /** Minimum wait after a 429 or a timeout before the next attempt (REFERENCE.md: at least 60 s). */
  SWITCHBOARD_RETRY_THROTTLE_MIN_MS: z.coerce.number().int().min(0).default(60_000),
  /** Allowlist entries as Settings → Network takes them (with optional :port / :from-to), comma or space separated. */
  SWITCHBOARD_ALLOW_PRIVATE: z
    .string()
    .default("")
    .superRefine((value, context) => {
      for (const entry of splitList(value)) {
        const parsed = parseAllowlistEntry(entry);
        if ("problem" in parsed) context.addIssue({ code: "custom", message: parsed.problem });
      }
    }),
  SWITCHBOARD_PUBLIC_URL: z.url().optional(),
  /** Origins besides the request's own host and SWITCHBOARD_PUBLIC_URL whose pages may send cookie-authenticated writes. */
  SWITCHBOARD_TRUSTED_ORIGINS: z
    .string()
    .default("")
    .refine(
      (value) => splitList(value).every(isHttpOrigin),
      "must be http(s) origins such as https://switchboard.example.com, comma separated",
    ),
  SWITCHBOARD_ADMIN_EMAIL: z.email().optional(),
  SWITCHBOARD_ADMIN_PASSWORD: z.string().min(12, "must be at least 12 characters").optional(),
  /** How long opening a database connection may take before the request answers 503 (unavailable). */
  SWITCHBOARD_DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  /** How long one SQL statement may run before PostgreSQL cancels it, so a hung database means 503s, not hung requests. */
  SWITCHBOARD_DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
  /** How long a delivery stays claimed by a worker that stopped answering before another worker takes it. */
  SWITCHBOARD_LEASE_MS: z.coerce.number().int().min(1000).default(120_000),
  /** Secure cookies need https; off by default so http://localhost works. */
  SWITCHBOARD_SECURE_COOKIES: booleanish.default(false),
  /** Believe X-Forwarded-For (set it when Switchboard runs behind a reverse proxy that sets the header). */
  SWITCHBOARD_TRUST_PROXY: booleanish.default(false),
  /** Requests each API token may make per minute (every route, all processes together); 0 turns the limit off. */
  SWITCHBOARD_API_TOKEN_RATE_LIMIT: z.coerce.number().int().min(0).default(1200),
  /** The largest request body a JSON API route reads (1 MiB); routes that carry content set their own, larger cap. */
  SWITCHBOARD_MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(1024 * 1024 * 1024)
    .default(1024 * 1024),
  SWITCHBOARD_LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

readLogLevelFrom(() => env().SWITCHBOARD_LOG_LEVEL);

/** For scripts that set DATABASE_URL or the secret key after the first read (embedded database start-up). */
export function resetEnvCache(): void {
  cached = undefined;
}

/** Hosts and CIDRs from SWITCHBOARD_ALLOW_PRIVATE, comma or space separated. */
export function envAllowlist(): string[] {
  return splitList(env().SWITCHBOARD_ALLOW_PRIVATE);
}

/** The origins (scheme://host[:port]) of SWITCHBOARD_TRUSTED_ORIGINS and SWITCHBOARD_PUBLIC_URL. */
export function envTrustedOrigins(): string[] {
  const { SWITCHBOARD_TRUSTED_ORIGINS: listed, SWITCHBOARD_PUBLIC_URL: publicUrl } = env();
  const origins = splitList(listed).map((entry) => new URL(entry).origin);
  if (publicUrl) origins.push(new URL(publicUrl).origin);
  return origins;
}

function splitList(value: string): string[] {
  return value.split(/[\s,]+/).filter(Boolean);
}

function isHttpOrigin(value: string): boolean {
  try {
    return ["http:", "https:"].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}
