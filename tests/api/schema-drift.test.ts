// schema.prisma and prisma/migrations must describe the same database: build one database from the migrations
// and one from Prisma's own diff of schema.prisma, and compare every table, column, index, constraint and enum.
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { dropDatabase, ensureDatabaseExists, migrate } from "@/lib/db/migrate";
import { diffSchemaSql } from "@/scripts/lib/schema-engine";
import { MIGRATIONS_DIR } from "../setup/test-database";
import { schemaSnapshot } from "../support/schema-snapshot";
import { siblingDatabaseUrl } from "../support/isolated-database";

const root = path.resolve(import.meta.dirname, "..", "..");
const base = process.env.DATABASE_URL!;

const sibling = (suffix: string) => siblingDatabaseUrl(base, suffix);

const fromMigrations = sibling("drift_migrations");
const fromSchema = sibling("drift_schema");

async function recreate(url: string) {
  await dropDatabase(url);
  await ensureDatabaseExists(url);
}

async function exec(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(sql);
  await client.end();
}

describe("schema.prisma and the migrations", () => {
  afterAll(async () => {
    await Promise.all([fromMigrations, fromSchema].map(dropDatabase));
  });

  it("build identical databases", async () => {
    await recreate(fromMigrations);
    await recreate(fromSchema);
    await migrate(fromMigrations, MIGRATIONS_DIR);
    await exec(fromSchema, await diffSchemaSql(path.join(root, "prisma", "schema.prisma"), fromSchema));

    const [migrated, declared] = await Promise.all([schemaSnapshot(fromMigrations), schemaSnapshot(fromSchema)]);
    expect(migrated.columns.length).toBeGreaterThan(100);
    expect(migrated.indexes.length).toBeGreaterThan(20);
    expect(migrated).toEqual(declared);
  }, 60_000);

  it("records applied migrations the way Prisma Migrate does", async () => {
    const client = new pg.Client({ connectionString: fromMigrations });
    await client.connect();
    const { rows } = await client.query(
      `SELECT migration_name, length(checksum) AS checksum_length, finished_at IS NOT NULL AS finished,
              applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    await client.end();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).toMatchObject({ checksum_length: 64, finished: true, applied_steps_count: 1 });
    }
    // A second run applies nothing.
    expect((await migrate(fromMigrations, MIGRATIONS_DIR)).applied).toEqual([]);
  });

  it("applies each migration once when several processes migrate the same fresh database at once", async () => {
    const racing = sibling("drift_race");
    await dropDatabase(racing);
    await ensureDatabaseExists(racing);
    const results = await Promise.all(Array.from({ length: 4 }, () => migrate(racing, MIGRATIONS_DIR)));
    const applied = results.flatMap((result) => result.applied);
    const client = new pg.Client({ connectionString: racing });
    await client.connect();
    const { rows } = await client.query(`SELECT migration_name FROM "_prisma_migrations"`);
    await client.end();
    await dropDatabase(racing);
    // Exactly one process applied everything; the others found it done.
    expect(applied.sort()).toEqual(rows.map((row) => row.migration_name).sort());
    expect(new Set(applied).size).toBe(applied.length);
  }, 60_000);
});
