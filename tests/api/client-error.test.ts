// Requests Node's parser refuses before routing (headers over 16 KiB, garbage instead of HTTP) are answered by
// the production server's clientError listener in the API's JSON error shape, on a real socket.
import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerClientError } from "@/lib/api/client-error";

let server: http.Server;
let port: number;

beforeAll(async () => {
  server = http.createServer((_req, res) => res.end("ok"));
  server.on("clientError", answerClientError);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

function rawExchange(payload: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.write(payload));
    let answer = "";
    socket.on("data", (chunk) => (answer += chunk.toString("latin1")));
    socket.on("end", () => resolve(answer));
    socket.on("error", reject);
  });
}

function parse(answer: string) {
  const [head = "", body = ""] = answer.split("\r\n\r\n");
  return { statusLine: head.split("\r\n")[0], head: head.toLowerCase(), body: JSON.parse(body) };
}

describe("requests refused by Node's HTTP parser", () => {
  it("a header block over 16 KiB → 431 JSON", async () => {
    const answer = parse(
      await rawExchange(`GET /api/v1/me HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`),
    );
    expect(answer.statusLine).toBe("HTTP/1.1 431 Request Header Fields Too Large");
    expect(answer.head).toContain("content-type: application/json");
    expect(answer.body).toEqual({
      error: { code: "headers_too_large", message: expect.stringContaining("16 KiB"), details: null },
    });
  });

  it("a query string over 16 KiB → 431 JSON", async () => {
    const answer = parse(
      await rawExchange(`GET /api/v1/connectors?q=${"x".repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`),
    );
    expect(answer.statusLine).toContain(" 431 ");
    expect(answer.body.error.code).toBe("headers_too_large");
  });

  it("bytes that are not HTTP → 400 JSON", async () => {
    const answer = parse(await rawExchange("\u0000\u0001 not http at all\r\n\r\n"));
    expect(answer.statusLine).toBe("HTTP/1.1 400 Bad Request");
    expect(answer.body.error.code).toBe("bad_request");
  });
});
