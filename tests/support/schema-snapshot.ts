// A comparable description of a database schema from PostgreSQL's catalogs: tables and columns (type,
// nullability, default), indexes, constraints and enums. Used to prove the migrations build exactly what
// schema.prisma describes.
import pg from "pg";

export interface SchemaSnapshot {
  columns: string[];
  indexes: string[];
  constraints: string[];
  enums: string[];
}

export async function schemaSnapshot(connectionString: string): Promise<SchemaSnapshot> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const query = async (sql: string) => (await client.query<{ line: string }>(sql)).rows.map((row) => row.line).sort();
    return {
      columns: await query(`
        SELECT c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
               || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
               || COALESCE(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '') AS line
        FROM pg_attribute a
        JOIN pg_class c ON c.oid = a.attrelid AND c.relkind = 'r'
        JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
        LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relname <> '_prisma_migrations'`),
      indexes: await query(`
        SELECT indexdef AS line FROM pg_indexes
        WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`),
      constraints: await query(`
        SELECT cl.relname || ' ' || co.conname || ' ' || pg_get_constraintdef(co.oid) AS line
        FROM pg_constraint co
        JOIN pg_class cl ON cl.oid = co.conrelid
        JOIN pg_namespace n ON n.oid = cl.relnamespace AND n.nspname = 'public'
        WHERE cl.relname <> '_prisma_migrations'`),
      enums: await query(`
        SELECT t.typname || ': ' || string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder) AS line
        FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
        JOIN pg_namespace n ON n.oid = t.typnamespace AND n.nspname = 'public'
        GROUP BY t.typname`),
    };
  } finally {
    await client.end();
  }
}
