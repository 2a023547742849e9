// A database of its own for a test file whose workers would otherwise pick up other files' deliveries.
// Call before anything touches the database in that file; it is created fresh and migrated, under a name of this run
// only, so two runs on the same server never drop each other's databases.
import { resetEnvCache } from "@/lib/env";
import { randomBytes } from "node:crypto";
import { dropDatabase, ensureDatabaseExists, migrate } from "@/lib/db/migrate";
import { MIGRATIONS_DIR } from "../setup/test-database";

export async function useIsolatedDatabase(suffix: string): Promise<string> {
  const url = new URL(siblingDatabaseUrl(process.env.DATABASE_URL!, suffix));
  await dropDatabase(url.toString());
  await ensureDatabaseExists(url.toString());
  await migrate(url.toString(), MIGRATIONS_DIR);
  process.env.DATABASE_URL = url.toString();
  resetEnvCache();
  return url.toString();
}

/** `<base database>_<suffix>_<random>`, kept within PostgreSQL's 63-byte names by shortening the base part. */
export function siblingDatabaseUrl(baseUrl: string, suffix: string): string {
  const url = new URL(baseUrl);
  const base = decodeURIComponent(url.pathname.slice(1));
  const tail = `_${suffix}_${randomBytes(4).toString("hex")}`;
  url.pathname = `/${base.slice(0, 63 - tail.length)}${tail}`;
  return url.toString();
}
