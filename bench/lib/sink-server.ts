// The webhook receiver for bench:delivery: answers 204 at once, counts requests and notes when each numbered
// message ("n" in the body) first arrived, and how often each x-event-id header came (bench:scale's connector sends
// the event's id there). GET /stats, GET /receipts and GET /event-ids report, POST /reset clears.
import http from "node:http";

const port = Number(process.argv[2]);
let count = 0;
let firstAt = 0;
let lastAt = 0;
let receipts: Record<number, number> = {};
let eventIds = new Map<string, number>();

const server = http.createServer((req, res) => {
  if (req.method === "GET" && req.url === "/event-ids") {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(Object.fromEntries(eventIds)));
    return;
  }
  if (req.method === "GET" && (req.url === "/stats" || req.url === "/receipts")) {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(req.url === "/stats" ? { count, firstAt, lastAt } : receipts));
    return;
  }
  if (req.method === "POST" && req.url === "/reset") {
    count = 0;
    firstAt = lastAt = 0;
    receipts = {};
    eventIds = new Map();
    res.writeHead(204).end();
    return;
  }
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    const now = Date.now();
    count++;
    if (!firstAt) firstAt = now;
    lastAt = now;
    const eventId = req.headers["x-event-id"];
    if (typeof eventId === "string") eventIds.set(eventId, (eventIds.get(eventId) ?? 0) + 1);
    try {
      const n = (JSON.parse(Buffer.concat(chunks).toString()) as { n?: number }).n;
      if (typeof n === "number") receipts[n] ??= now;
    } catch {
      // bodies without a number only count
    }
    res.writeHead(204).end();
  });
});
server.keepAliveTimeout = 60_000;
server.listen(port, "127.0.0.1", () => console.log(`listening on ${port}`));
process.on("SIGTERM", () => process.exit(0));
