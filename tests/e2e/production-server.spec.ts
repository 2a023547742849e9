// The production server as `npm start` runs it, in its own process with its own database, without
// SWITCHBOARD_TRUST_PROXY (every API test sets it, so only this spec runs the path production takes): the caller's
// address comes from the socket, a forged X-Forwarded-For changes nothing, and another address is not affected.
// Its log is read too: a dashboard page asked for without a session redirects without throwing.
import http from "node:http";
import { expect, test } from "@playwright/test";
import { freePort, startServerProcess, type ServerProcess } from "./support/server-process";

const admin = { email: "prod-server-admin@example.test", password: "correct horse battery staple" };

function ownDatabase(): string {
  const base = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!base) throw new Error("set TEST_DATABASE_URL or DATABASE_URL");
  const url = new URL(base);
  url.pathname = `${url.pathname}_prod_${Date.now().toString(36)}`;
  return url.toString();
}

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A request whose socket starts at `from` (any 127.x address reaches a server on 127.0.0.1 on Linux). */
function send(
  port: number,
  from: string,
  method: string,
  urlPath: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port,
        localAddress: from,
        method,
        path: urlPath,
        headers: {
          ...(payload ? { "content-type": "application/json", origin: `http://127.0.0.1:${port}` } : {}),
          ...headers,
        },
      },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk) => (text += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }));
      },
    );
    request.on("error", reject);
    request.end(payload);
  });
}

let server: ServerProcess;
let port: number;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  port = await freePort();
  server = await startServerProcess(
    {
      DATABASE_URL: ownDatabase(),
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      SWITCHBOARD_DATA_DIR: ".data/e2e-prod-server",
      SWITCHBOARD_SECRET_KEY: "0".repeat(63) + "2",
      SWITCHBOARD_WORKERS: "0",
      SWITCHBOARD_TRUST_PROXY: "false",
      SWITCHBOARD_ADMIN_EMAIL: admin.email,
      SWITCHBOARD_ADMIN_PASSWORD: admin.password,
      SWITCHBOARD_LOG_LEVEL: "info",
    },
    230_000,
  );
});

test.afterAll(async () => {
  await server?.stop();
});

test("the sign-in throttle counts the socket's address; a forged X-Forwarded-For changes nothing", async () => {
  for (let attempt = 1; attempt <= 5; attempt++) {
    // A different unknown account each time, so only the address is counted; a different forged address too.
    const answer = await send(
      port,
      "127.0.0.2",
      "POST",
      "/api/auth/login",
      { email: `nobody-${attempt}@example.test`, password: "wrong" },
      {
        "x-forwarded-for": `198.51.100.${attempt}`,
      },
    );
    expect(answer.status, answer.body).toBe(401);
  }
  const throttled = await send(port, "127.0.0.2", "POST", "/api/auth/login", admin, {
    "x-forwarded-for": "198.51.100.99",
  });
  expect(throttled.status, throttled.body).toBe(429);
  expect(Number(throttled.headers["retry-after"])).toBeGreaterThan(0);
  expect(JSON.parse(throttled.body).error.message).toMatch(
    /^Too many sign-in attempts from this address: try again in \d+ seconds?$/,
  );

  const elsewhere = await send(port, "127.0.0.3", "POST", "/api/auth/login", admin);
  expect(elsewhere.status, elsewhere.body).toBe(200);
});

test("a dashboard page asked for without a session redirects to /login and logs no error", async () => {
  const before = server.output().length;
  for (const page of ["/app-webhooks", "/overview", "/settings"]) {
    const answer = await send(port, "127.0.0.4", "GET", page);
    expect([303, 307, 308], `${page}: ${answer.status}`).toContain(answer.status);
    expect(answer.headers.location).toMatch(/\/login$/);
  }
  // Let anything the renders logged reach the pipe.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const logged = server.output().slice(before);
  expect(logged).not.toMatch(/TypeError|Error:|unhandled/i);
});
