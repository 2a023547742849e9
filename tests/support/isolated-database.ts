// A database of its own for a test file whose workers would otherwise pick up other files' deliveries.
// Call before anything touches the database in that file; it is created fresh and migrated.
import { resetEnvCache } from "@/lib/env";
import { dropDatabase, ensureDatabaseExists, migrate } from "@/lib/db/migrate";
import { MIGRATIONS_DIR } from "../setup/test-database";

export async function useIsolatedDatabase(suffix: string): Promise<string> {
  const base = new URL(process.env.DATABASE_URL!);
  const url = new URL(base);
  url.pathname = `${base.pathname}_${suffix}`;
  await dropDatabase(url.toString());
  await ensureDatabaseExists(url.toString());
  await migrate(url.toString(), MIGRATIONS_DIR);
  process.env.DATABASE_URL = url.toString();
  resetEnvCache();
  return url.toString();
}
