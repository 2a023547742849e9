// The ceiling for bench:ingest: a bare Node http server doing the same durable insert (one row in "Event" per
// request, answered after commit) with raw node-postgres and nothing else — no lookup, no auth, no parsing rules.
import http from "node:http";
import pg from "pg";
import { uuidv7 } from "../../lib/core/ids";

const connectionString = process.argv[2]!;
const port = Number(process.argv[3]);
const workspaceId = process.argv[4]!;
const triggerId = process.argv[5]!;
const pool = new pg.Pool({ connectionString, max: 10 });

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  // Errors are answered inside; nothing escapes the handler.
  const answer = async () => {
    const raw = Buffer.concat(chunks).toString();
    try {
      await pool.query(
        `INSERT INTO "Event" (id, "workspaceId", source, "triggerId", method, headers, "rawBody", body, "sizeBytes", "receivedAt")
         VALUES ($1, $2, 'trigger', $3, 'POST', $4::jsonb, $5, $6::jsonb, $7, now())`,
        [uuidv7(), workspaceId, triggerId, JSON.stringify(req.headers), raw, raw, raw.length],
      );
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"status":"accepted","workflow_started":false}');
    } catch (error) {
      res.writeHead(500);
      res.end(String(error));
    }
  };
  req.on("end", () => void answer());
});
server.listen(port, "127.0.0.1", () => console.log(`listening on ${port}`));
process.on("SIGTERM", () => server.close(() => void pool.end().then(() => process.exit(0))));
