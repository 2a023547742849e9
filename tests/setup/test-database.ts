// The database the API and browser tests run against: a fresh database on DATABASE_URL's server (CI creates one
// per run) or, without DATABASE_URL, on an embedded PostgreSQL kept in .data/test-postgres. Refuses any server
// that is not on this machine, so a mistyped URL can never point tests at real data.
import path from "node:path";
import { migrate, ensureDatabaseExists } from "../../lib/db/migrate";

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "..", "..", "prisma", "migrations");

export function assertLocalDatabase(url: string): void {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
    throw new Error(`Refusing to run tests against a database on ${host}: tests only use a local PostgreSQL`);
  }
}

export async function prepareTestDatabase(url: string): Promise<void> {
  assertLocalDatabase(url);
  await ensureDatabaseExists(url);
  await migrate(url, MIGRATIONS_DIR);
}
