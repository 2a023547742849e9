// The ceiling for bench:ingest: a bare Node http server doing the same durable insert (one row in "Event" per
// request, answered after commit) with raw node-postgres and nothing else — no lookup, no auth, no parsing rules.
// Given a connector id (bench:ingest --actions 1), the same statement also writes the event's one "Delivery" row,
// as Switchboard's receive path does for a trigger with one action: same insert, same commit.
// Usage: tsx bench/lib/bare-ingest-server.ts <database url> <port> <workspace id> <trigger id> [connector id]
import http from "node:http";
import pg from "pg";
import { uuidv7 } from "../../lib/core/ids";

const connectionString = process.argv[2]!;
const port = Number(process.argv[3]);
const workspaceId = process.argv[4]!;
const triggerId = process.argv[5]!;
const connectorId = process.argv[6];
const pool = new pg.Pool({ connectionString, max: 10 });

const EVENT_SQL = `INSERT INTO "Event" (id, "workspaceId", source, "triggerId", method, headers, "rawBody", body, "sizeBytes", "receivedAt")
  VALUES ($1, $2, 'trigger', $3, 'POST', $4::jsonb, $5, $6::jsonb, $7, now())`;
// One statement is one transaction: the delivery commits with its event or not at all.
const EVENT_AND_DELIVERY_SQL = `WITH ev AS (${EVENT_SQL} RETURNING id)
  INSERT INTO "Delivery" (id, "workspaceId", "eventId", "connectorId", kind, status, "messageId", variables,
    "bodyTemplate", "nextAttemptAt", "createdAt", "updatedAt")
  SELECT $8, $2, ev.id, $9, 'trigger_action', 'pending', 'msg_' || ev.id, $6::jsonb, '{{requestBody}}', now(), now(), now()
  FROM ev`;

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  // Errors are answered inside; nothing escapes the handler.
  const answer = async () => {
    const raw = Buffer.concat(chunks).toString();
    const values = [uuidv7(), workspaceId, triggerId, JSON.stringify(req.headers), raw, raw, raw.length];
    try {
      await (connectorId
        ? pool.query(EVENT_AND_DELIVERY_SQL, [...values, uuidv7(), connectorId])
        : pool.query(EVENT_SQL, values));
      res.writeHead(200, { "content-type": "application/json" });
      res.end(`{"status":"accepted","workflow_started":${connectorId ? "true" : "false"}}`);
    } catch (error) {
      res.writeHead(500);
      res.end(String(error));
    }
  };
  req.on("end", () => void answer());
});
server.listen(port, "127.0.0.1", () => console.log(`listening on ${port}`));
process.on("SIGTERM", () => server.close(() => void pool.end().then(() => process.exit(0))));
