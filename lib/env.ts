// The one place that reads process.env: validated once, fails fast with a readable message.
import { z } from "zod";

const booleanish = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((value) => value === "true" || value === "1" || value === "yes");

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
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
  SWITCHBOARD_ALLOW_PRIVATE: z.string().default(""),
  SWITCHBOARD_PUBLIC_URL: z.url().optional(),
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

/** For scripts that set DATABASE_URL or the secret key after the first read (embedded database start-up). */
export function resetEnvCache(): void {
  cached = undefined;
}

/** Hosts and CIDRs from SWITCHBOARD_ALLOW_PRIVATE, comma or space separated. */
export function envAllowlist(): string[] {
  return env()
    .SWITCHBOARD_ALLOW_PRIVATE.split(/[\s,]+/)
    .filter(Boolean);
}
