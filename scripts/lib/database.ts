// Resolves the database every entry point uses (npm start, npm run worker, npm run admin, tests): DATABASE_URL
// when set, else the embedded PostgreSQL kept under <data dir>/postgres. When another process already runs the
// embedded server (npm start, then npm run admin), connect to it instead of starting a second one.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { env, resetEnvCache } from "../../lib/env";
import { ensureDatabaseExists, migrate } from "../../lib/db/migrate";
import { locateCluster, runEmbeddedPostgres } from "./embedded-postgres";
import { withFileLock } from "./file-lock";

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "..", "..", "prisma", "migrations");

export interface DatabaseHandle {
  url: string;
  /** Stops the embedded server when this process started it; a no-op otherwise. */
  stop: () => Promise<void>;
}

export async function resolveDatabase(log: (message: string) => void): Promise<DatabaseHandle> {
  const config = env();
  if (config.DATABASE_URL) {
    // CREATE DATABASE cannot go through a pooler: DATABASE_DIRECT_URL names the same database directly.
    await ensureDatabaseExists(config.DATABASE_DIRECT_URL ?? config.DATABASE_URL);
    return { url: config.DATABASE_URL, stop: async () => {} };
  }
  const dataDir = path.resolve(config.SWITCHBOARD_DATA_DIR);
  const handle = await startEmbeddedPostgres(dataDir, config.SWITCHBOARD_EMBEDDED_DB_PORT, log);
  process.env.DATABASE_URL = handle.url;
  resetEnvCache();
  return handle;
}

/** Migrations hold a session advisory lock: they run on DATABASE_DIRECT_URL when set, never through a pooler. */
export async function migrateDatabase(url: string, log: (message: string) => void): Promise<string[]> {
  const { applied } = await migrate(env().DATABASE_DIRECT_URL ?? url, MIGRATIONS_DIR, log);
  return applied;
}

/**
 * Starts (or joins, when another process already runs it) the embedded PostgreSQL kept in `<dataDir>/postgres`,
 * and returns the URL of `database` on it. Also used for the test and benchmark servers, each in its own folder.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  port: number,
  log: (message: string) => void,
  database = "switchboard",
): Promise<DatabaseHandle> {
  dataDir = path.resolve(dataDir);
  // Two processes starting at once (two `npm start`, or npm start and npm run admin): one starts the server, the
  // other waits and joins it.
  const lock = path.join(dataDir, "postgres.lock");
  const waiting = () => log("waiting for another process starting the embedded database…");
  const { url, stop } = await withFileLock(
    lock,
    async () => {
      const cluster = await locateCluster(dataDir);
      const password = readOrCreatePassword(cluster.passwordFile);
      const url = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
      if (await canConnect(url.replace(/\/[^/]+$/, "/postgres"))) {
        log(`using the embedded database already running on port ${port}`);
        return { url, stop: async () => {} };
      }
      log(`starting the embedded database on port ${port}…`);
      const server = await runEmbeddedPostgres(cluster, { port, password, log });
      return { url, stop: server.stop };
    },
    waiting,
  );
  await ensureDatabaseExists(url);
  return { url, stop };
}

function readOrCreatePassword(file: string): string {
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const password = randomBytes(18).toString("hex");
  writeFileSync(file, password + "\n", { mode: 0o600 });
  return password;
}

async function canConnect(url: string): Promise<boolean> {
  // Generous: on a busy machine a running server can take seconds to answer, and starting a second one is worse.
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}
