// A real HTTP server on 127.0.0.1 that records every request it receives (method, url, headers, raw body, time)
// and answers as the test tells it: the webhook receiver in API tests and benchmarks.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** The body exactly as it arrived. */
  bytes: Buffer;
  receivedAt: number;
}

export interface TargetResponse {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  /** Wait this long before answering (timeouts, slow receivers). */
  delayMs?: number;
}

export type Responder = (request: ReceivedRequest, index: number) => TargetResponse | Promise<TargetResponse>;

export interface HttpTarget {
  url: string;
  port: number;
  received: ReceivedRequest[];
  /** Change how later requests are answered. */
  respondWith: (responder: Responder) => void;
  /** Resolves once `count` requests have arrived (or rejects after timeoutMs). */
  waitForRequests: (count: number, timeoutMs?: number) => Promise<ReceivedRequest[]>;
  close: () => Promise<void>;
}

export async function startHttpTarget(responder: Responder = () => ({ status: 200, body: "ok" })): Promise<HttpTarget> {
  const received: ReceivedRequest[] = [];
  let respond = responder;
  const waiters: { count: number; resolve: () => void }[] = [];

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    const answerRequest = async () => {
      const request: ReceivedRequest = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
        bytes: Buffer.concat(chunks),
        receivedAt: Date.now(),
      };
      const index = received.push(request) - 1;
      for (const waiter of waiters.filter((item) => received.length >= item.count)) waiter.resolve();
      const answer = await respond(request, index);
      if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
      if (res.destroyed) return;
      res.writeHead(answer.status ?? 200, answer.headers ?? { "content-type": "text/plain" });
      res.end(answer.body ?? "");
    };
    // A responder that throws drops the connection, as a broken receiver would.
    req.on("end", () => {
      answerRequest().catch(() => res.destroy());
    });
  });
  server.keepAliveTimeout = 10_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    received,
    respondWith: (next) => {
      respond = next;
    },
    waitForRequests: (count, timeoutMs = 15_000) =>
      new Promise((resolve, reject) => {
        if (received.length >= count) return resolve(received);
        const timer = setTimeout(
          () =>
            reject(new Error(`expected ${count} requests at the target, got ${received.length} in ${timeoutMs} ms`)),
          timeoutMs,
        );
        waiters.push({
          count,
          resolve: () => {
            clearTimeout(timer);
            resolve(received);
          },
        });
      }),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
