// A fresh, migrated database for one benchmark run: on DATABASE_URL's server when set (local only), else on an
// embedded PostgreSQL kept in .data/bench. DATABASE_URL names it afterwards.
import path from "node:path";
import { env, resetEnvCache } from "../../lib/env";
import { dropDatabase, ensureDatabaseExists, migrate } from "../../lib/db/migrate";
import { MIGRATIONS_DIR, startEmbeddedPostgres } from "../../scripts/lib/database";
import { assertLocalDatabase } from "../../tests/setup/test-database";

const root = path.resolve(import.meta.dirname, "..", "..");

export async function benchDatabase(name: string, log: (message: string) => void) {
  const configured = env().DATABASE_URL;
  const server = configured
    ? { url: configured, stop: async () => {} }
    : await startEmbeddedPostgres(path.join(root, ".data", "bench"), 54322, log, "postgres");
  assertLocalDatabase(server.url);
  const url = new URL(server.url);
  // Named after the configured database when there is one, so runs sharing a server keep to their own prefix.
  const base = configured ? decodeURIComponent(url.pathname.slice(1)).slice(0, 30) || "switchboard" : "switchboard";
  url.pathname = `/${base}_bench_${name}_${Date.now().toString(36)}`;
  await ensureDatabaseExists(url.toString());
  await migrate(url.toString(), MIGRATIONS_DIR);
  // This process's lib/ (imported by the bench from here on) and the children it starts use the bench's database.
  process.env.DATABASE_URL = url.toString();
  resetEnvCache();
  return {
    url: url.toString(),
    stop: async () => {
      await dropDatabase(url.toString()).catch(() => {});
      await server.stop();
    },
  };
}
