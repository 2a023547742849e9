// What every entry point needs before it serves or works: a database (embedded or DATABASE_URL) with the
// migrations applied, the secret key in the environment, the default workspace and, when configured, the first
// administrator from SWITCHBOARD_ADMIN_EMAIL / SWITCHBOARD_ADMIN_PASSWORD, and the one-off data repairs (URL credentials).
import { env, resetEnvCache } from "../../lib/env";
import { secretKey } from "../../lib/crypto/secret-key";
import { defaultWorkspaceId } from "../../lib/workspaces/default-workspace";
import { isSetupComplete, setupFirstAdmin } from "../../lib/auth/users";
import { moveUrlCredentials } from "../../lib/connectors/move-url-credentials";
import { migrateDatabase, resolveDatabase, type DatabaseHandle } from "./database";
import { EmbeddedDatabaseError } from "./embedded-postgres";

/** An embedded database that cannot start says why and what to do in one paragraph, without a stack trace. */
export function exitIfEmbeddedFailed(error: unknown): never {
  if (!(error instanceof EmbeddedDatabaseError)) throw error;
  console.error(`\n${error.message}\n`);
  process.exit(1);
}

export async function prepareRuntime(log: (message: string) => void): Promise<DatabaseHandle> {
  const database = await resolveDatabase(log).catch(exitIfEmbeddedFailed);
  log("migrating…");
  const applied = await migrateDatabase(database.url, log);
  if (applied.length === 0) log("database schema is up to date");
  // Child processes (next build, workers) must use the same key: export the one resolved here.
  process.env.SWITCHBOARD_SECRET_KEY = secretKey().toString("hex");
  resetEnvCache();
  await defaultWorkspaceId();
  const moved = await moveUrlCredentials();
  if (moved.movedToBasicAuth + moved.removed > 0) {
    log(
      `removed credentials from ${moved.movedToBasicAuth + moved.removed} connector URL(s): ${moved.movedToBasicAuth} moved into Basic auth, ${moved.removed} dropped (the connector had its own auth); see the audit log`,
    );
  }
  await bootstrapAdmin(log);
  return database;
}

async function bootstrapAdmin(log: (message: string) => void) {
  const { SWITCHBOARD_ADMIN_EMAIL: email, SWITCHBOARD_ADMIN_PASSWORD: password } = env();
  if (!email || !password || (await isSetupComplete())) return;
  await setupFirstAdmin({ email: email.toLowerCase(), password });
  log(`created administrator ${email} from SWITCHBOARD_ADMIN_EMAIL`);
}
