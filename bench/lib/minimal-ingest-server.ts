// The minimal ceiling of issue 13: a bare Node http server that checks a shared key, parses the JSON body and does
// one durable INSERT into a table with nothing but its primary key, then answers. Anything Switchboard does beyond
// this (its schema, its indexes, routing, authentication by token, subscribers) shows as the gap to this figure.
// Usage: tsx bench/lib/minimal-ingest-server.ts <database url> <port> <shared key>
import { randomUUID, timingSafeEqual } from "node:crypto";
import http from "node:http";
import pg from "pg";

const [connectionString, port, key] = process.argv.slice(2) as [string, string, string];
const pool = new pg.Pool({ connectionString, max: 10 });
const expected = Buffer.from(key);

await pool.query(
  `CREATE TABLE IF NOT EXISTS minimal_ingest (id uuid PRIMARY KEY, headers jsonb NOT NULL, body jsonb NOT NULL, received_at timestamptz NOT NULL)`,
);

function keyMatches(header: string | string[] | undefined): boolean {
  const given = Buffer.from(typeof header === "string" ? header : "");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  // Errors are answered inside; nothing escapes the handler.
  const answer = async () => {
    if (!keyMatches(req.headers["x-switchboard-key"])) {
      res.writeHead(401, { "content-type": "application/json" });
      return res.end('{"error":"Invalid shared key"}');
    }
    let body: unknown;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    } catch {
      res.writeHead(400, { "content-type": "application/json" });
      return res.end('{"error":"Invalid request format"}');
    }
    try {
      await pool.query(`INSERT INTO minimal_ingest (id, headers, body, received_at) VALUES ($1, $2, $3, now())`, [
        randomUUID(),
        JSON.stringify(req.headers),
        JSON.stringify(body),
      ]);
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"status":"accepted"}');
    } catch (error) {
      res.writeHead(503);
      res.end(String(error));
    }
  };
  req.on("end", () => void answer());
});
server.listen(Number(port), "127.0.0.1", () => console.log(`listening on ${port}`));
process.on("SIGTERM", () => server.close(() => void pool.end().then(() => process.exit(0))));
