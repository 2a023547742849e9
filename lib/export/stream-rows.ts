// Streams query results as CSV, a JSON array or NDJSON, 1,000 rows per query by keyset over the id: each batch
// starts after the last id sent, and the next batch is only read when the reader has taken the previous one, so a
// million rows never sit in memory and a slow download holds no database connection between batches.
import { pool } from "../db/pool";
import { csvCell } from "./csv-cell";
import type { ExportFormat } from "./schema";

export const EXPORT_BATCH = 1000;

export interface KeysetQuery {
  /** SELECT … WHERE … AND <alias>.id > $n ORDER BY <alias>.id LIMIT … is added by the caller's builder. */
  sql: (cursorParam: string) => string;
  values: unknown[];
  columns: readonly string[];
}

export function streamRows(query: KeysetQuery, format: ExportFormat): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cursor = "00000000-0000-0000-0000-000000000000";
  let first = true;
  const param = `$${query.values.length + 1}`;
  const sql = `${query.sql(param)} LIMIT ${EXPORT_BATCH}`;
  return new ReadableStream(
    {
      start(controller) {
        if (format === "csv") controller.enqueue(encoder.encode(query.columns.join(",") + "\r\n"));
        if (format === "json") controller.enqueue(encoder.encode("["));
      },
      async pull(controller) {
        const { rows } = await pool().query<Record<string, unknown>>(sql, [...query.values, cursor]);
        if (rows.length > 0) {
          cursor = rows.at(-1)!.id as string;
          controller.enqueue(
            encoder.encode(rows.map((row) => line(row, query.columns, format, first && row === rows[0])).join("")),
          );
          first = false;
        }
        if (rows.length < EXPORT_BATCH) {
          if (format === "json") controller.enqueue(encoder.encode("]\n"));
          controller.close();
        }
      },
    },
    // One batch at a time: the next query waits until the reader has taken the last one.
    { highWaterMark: 0 },
  );
}

function line(
  row: Record<string, unknown>,
  columns: readonly string[],
  format: ExportFormat,
  isFirst: boolean,
): string {
  if (format === "csv") return columns.map((column) => csvCell(row[column])).join(",") + "\r\n";
  const text = JSON.stringify(row);
  return format === "ndjson" ? text + "\n" : (isFirst ? "\n" : ",\n") + text;
}

export function exportResponse(stream: ReadableStream<Uint8Array>, what: string, format: ExportFormat): Response {
  const stamp = new Date().toISOString().slice(0, 19).replaceAll(":", "-");
  const type = { csv: "text/csv; charset=utf-8", json: "application/json", ndjson: "application/x-ndjson" }[format];
  const extension = format === "ndjson" ? "ndjson" : format;
  return new Response(stream, {
    headers: {
      "content-type": type,
      "content-disposition": `attachment; filename="switchboard-${what}-${stamp}.${extension}"`,
      "cache-control": "no-store",
    },
  });
}
