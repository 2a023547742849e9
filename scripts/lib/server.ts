// The production HTTP server: inbound webhook receives and bearer-token publishes go straight to their Node
// handlers (the hot paths, no router in between: lib/api/fast-paths.ts); everything else goes to Next.js. Every response starts with the security headers.
import http from "node:http";
import path from "node:path";
import next from "next";
import { answerClientError } from "../../lib/api/client-error";
import { securityHeaders } from "../../lib/api/security-headers";
import { env } from "../../lib/env";
import { serveFastPathsOr } from "../../lib/api/fast-paths";

const root = path.resolve(import.meta.dirname, "..", "..");

export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

export async function startServer(options: { port: number; hostname: string; dev?: boolean }): Promise<RunningServer> {
  const app = next({ dev: options.dev ?? false, dir: root, hostname: options.hostname, port: options.port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const headers = securityHeaders({ https: env().SWITCHBOARD_SECURE_COOKIES });

  const serve = serveFastPathsOr(handle);
  const server = http.createServer((req, res) => {
    // Set before anything answers; a page's proxy replaces the Content-Security-Policy with its own.
    for (const [name, value] of headers) res.setHeader(name, value);
    serve(req, res);
  });
  server.keepAliveTimeout = 65_000;
  server.on("clientError", answerClientError);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.hostname, resolve);
  });
  const shownHost = options.hostname === "0.0.0.0" || options.hostname === "::" ? "localhost" : options.hostname;
  return {
    url: `http://${shownHost}:${options.port}`,
    close: async () => {
      server.closeIdleConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.close?.();
    },
  };
}
