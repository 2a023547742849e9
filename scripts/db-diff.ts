// npm run db:diff -- <name>: writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that takes
// the last migration's schema snapshot to prisma/schema.prisma, using Prisma's schema engine (WebAssembly,
// offline). Each migration keeps a copy of the schema it produces, so the next diff starts from it.
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { readMigrations } from "../lib/db/migrate";
import { env } from "../lib/env";
import { diffSchemaSql } from "./lib/schema-engine";

const root = path.resolve(import.meta.dirname, "..");
const migrationsDir = path.join(root, "prisma", "migrations");
const schemaPath = path.join(root, "prisma", "schema.prisma");

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
if (!name) {
  console.error("usage: npm run db:diff -- <migration_name>");
  process.exit(1);
}

const migrations = existsSync(migrationsDir) ? await readMigrations(migrationsDir) : [];
const last = migrations.at(-1);
const previousSchema = last ? await readFile(path.join(migrationsDir, last.name, "schema.prisma"), "utf8") : undefined;
// The engine connects to some PostgreSQL even though diffing two schemas reads and writes nothing there.
const connectionString = env().DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const sql = await diffSchemaSql(schemaPath, connectionString, previousSchema);
if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
  console.log("schema.prisma matches the last migration: nothing to write");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
const dir = path.join(migrationsDir, `${stamp}_${name}`);
await mkdir(dir, { recursive: true });
await writeFile(path.join(dir, "migration.sql"), sql);
await writeFile(path.join(dir, "schema.prisma"), await readFile(schemaPath, "utf8"));
console.log(`wrote ${path.relative(root, dir)}/migration.sql`);
