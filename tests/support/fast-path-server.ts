// An app process for process-level tests that cannot wait for `next build`: the production server's own request
// listener (receives and bearer publishes straight to their Node handlers), with cookie publishing (POST
// /api/v1/events) and health served by their real route handlers through a small Fetch adapter; everything else 404. Workers off, like an app that
// leaves delivery to `npm run worker`. Prints "listening on <port>" once it serves.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { GET as health } from "@/app/api/health/route";
import { POST as publish } from "@/app/api/v1/events/route";
import { serveFastPathsOr } from "@/lib/api/fast-paths";

const routes: Record<string, (request: Request) => Promise<Response>> = {
  "POST /api/v1/events": publish,
  "GET /api/health": () => health(),
};

async function serveRoute(req: http.IncomingMessage, res: http.ServerResponse) {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const handler = routes[`${req.method} ${url.pathname}`];
  if (!handler) {
    res
      .writeHead(404, { "content-type": "application/json" })
      .end('{"error":{"code":"not_found","message":"not served here"}}');
    return;
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
  const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
  const response = await handler(new Request(url, { method: req.method, headers, body }));
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}

const server = http.createServer(serveFastPathsOr(serveRoute));
server.keepAliveTimeout = 65_000;
server.listen(0, "127.0.0.1", () => console.log(`listening on ${(server.address() as AddressInfo).port}`));
process.on("SIGTERM", () => process.exit(0));
