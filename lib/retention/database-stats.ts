// What the data takes: the database's size and row counts. Big tables are counted from the planner's estimate
// (pg_class.reltuples, kept by ANALYZE/autovacuum) because count(*) over millions of rows takes seconds.
import { pool } from "../db/pool";

const TABLES = ["Event", "Delivery", "DeliveryAttempt", "AuditLog", "Notification"] as const;
/** Below this estimate a real count(*) is cheap, and exact. */
const EXACT_BELOW = 100_000;

export interface TableCount {
  table: string;
  rows: number;
  estimated: boolean;
}

export async function databaseStats(): Promise<{ sizeBytes: number; tables: TableCount[] }> {
  const { rows } = await pool().query<{ size: string; table: string; estimate: number }>(
    `SELECT pg_database_size(current_database())::text AS size, c.relname AS table, c.reltuples::float8 AS estimate
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname = ANY($1)`,
    [TABLES],
  );
  const tables: TableCount[] = [];
  for (const table of TABLES) {
    const estimate = rows.find((row) => row.table === table)?.estimate ?? -1;
    // reltuples is -1 before the first ANALYZE: count then, as for small tables.
    if (estimate < EXACT_BELOW) {
      const { rows: counted } = await pool().query<{ count: string }>(`SELECT count(*)::text AS count FROM "${table}"`);
      tables.push({ table, rows: Number(counted[0]!.count), estimated: false });
    } else {
      tables.push({ table, rows: Math.round(estimate), estimated: true });
    }
  }
  return { sizeBytes: Number(rows[0]?.size ?? 0), tables };
}
