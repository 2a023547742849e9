// The HTTP edge of the production server (npm start's own script, Next.js production build), from outside over
// real sockets: every wrong method on every route file answers 405 JSON with Allow, unknown /api paths 404 JSON,
// oversized headers 431 JSON, and a 50 MiB body 413 while the server's memory stays put (peak RSS of the server
// process, read from /proc, grows by less than 64 MiB).
import { readdirSync, readFileSync, readlinkSync, writeFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { baseURL } from "../../playwright.config";

const apiDir = path.resolve(import.meta.dirname, "..", "..", "app", "api");
const { hostname, port } = new URL(baseURL);

/** Every route file and the methods it answers 405 (the names it takes from otherMethods). */
const refusedMethods = readdirSync(apiDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name === "route.ts" && !entry.parentPath.includes("[..."))
  .flatMap((entry) => {
    const source = readFileSync(path.join(entry.parentPath, entry.name), "utf8");
    const names =
      /export const \{([^}]+)\} = otherMethods\(/
        .exec(source)?.[1]
        ?.split(",")
        .map((name) => name.trim()) ?? [];
    const urlPath =
      "/api/" +
      path
        .relative(apiDir, entry.parentPath)
        .split(path.sep)
        .join("/")
        .replace(/\[[^\]]+\]/g, "0190c6d2-0000-7000-8000-000000000000");
    return names.filter((name) => !["OPTIONS", "HEAD"].includes(name)).map((method) => ({ method, urlPath }));
  });

interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One request over node:http, the body written in chunks; the answer is read even if the server stops reading. */
function send(
  method: string,
  urlPath: string,
  options: { headers?: Record<string, string>; bodyBytes?: number; declareLength?: boolean } = {},
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { "content-type": "application/json", ...options.headers };
    if (options.bodyBytes && options.declareLength) headers["content-length"] = String(options.bodyBytes);
    let answered = false;
    const request = http.request(
      { host: hostname, port: Number(port), method, path: urlPath, headers, agent: false },
      (response) => {
        answered = true;
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      },
    );
    // The server may answer and close while we still write: that is the point.
    request.on("error", (error: NodeJS.ErrnoException) =>
      ["EPIPE", "ECONNRESET"].includes(error.code ?? "") ? undefined : reject(error),
    );
    // A reset that arrives before the answer loses it (the kernel drops what the client had not read yet): say so at
    // once rather than wait for the test's time limit.
    request.on("close", () => {
      if (!answered) reject(new Error("the connection was closed before any answer arrived"));
    });
    const chunk = Buffer.alloc(256 * 1024, 0x20);
    let left = options.bodyBytes ?? 0;
    // One chunk per turn of the event loop, and none once the answer has come: an answer that arrives while we
    // still write is read before the next write, which could otherwise fail on the closed connection (EPIPE) and
    // make the client drop the answer it had not parsed yet.
    const pump = () => {
      if (answered || request.destroyed) return;
      if (left <= 0) return void request.end();
      const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
      left -= piece.length;
      if (request.write(piece)) setImmediate(pump);
      else request.once("drain", pump);
    };
    // Like curl with Expect: 100-continue, wait a moment for an early answer before sending the body: a declared
    // size over the limit is answered from the headers alone, and the connection closes behind that answer.
    request.flushHeaders();
    setTimeout(pump, 300);
  });
}

/** The pid of the process listening on the server's port (found through /proc/net/tcp and each process's fds). */
function serverPid(): number {
  const hexPort = Number(port).toString(16).toUpperCase().padStart(4, "0");
  const inodes = new Set(
    ["/proc/net/tcp", "/proc/net/tcp6"].flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .slice(1)
        .map((line) => line.trim().split(/\s+/))
        .filter((fields) => fields[1]?.endsWith(`:${hexPort}`) && fields[3] === "0A")
        .map((fields) => `socket:[${fields[9]}]`),
    ),
  );
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        if (inodes.has(readlinkSafe(`/proc/${pid}/fd/${fd}`))) return Number(pid);
      }
    } catch {
      // Another user's process, or one that just ended.
    }
  }
  throw new Error(`no process listens on port ${port}`);
}

function readlinkSafe(file: string): string {
  try {
    return readlinkSync(file);
  } catch {
    return "";
  }
}

const memoryKiB = (pid: number, field: "VmRSS" | "VmHWM") =>
  Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]);

test.describe("HTTP edge of the production server", () => {
  test("every wrong method on every route file answers 405 JSON with Allow", async () => {
    expect(refusedMethods.length).toBeGreaterThan(200);
    const failures: string[] = [];
    for (const { method, urlPath } of refusedMethods) {
      const answer = await send(method, urlPath, method === "GET" ? {} : { bodyBytes: 2, declareLength: true });
      const json = (() => {
        try {
          return JSON.parse(answer.body);
        } catch {
          return null;
        }
      })();
      if (
        answer.status !== 405 ||
        !answer.headers.allow ||
        !String(answer.headers["content-type"]).startsWith("application/json") ||
        !json
      ) {
        failures.push(
          `${method} ${urlPath}: ${answer.status} allow=${answer.headers.allow} ${answer.body.slice(0, 80)}`,
        );
      }
    }
    expect(failures).toEqual([]);
  });

  test("unknown /api paths answer 404 JSON, not the HTML page", async () => {
    for (const method of ["GET", "POST", "DELETE"]) {
      const answer = await send(method, "/api/v1/no-such-route/deeper");
      expect(answer.status).toBe(404);
      expect(answer.headers["content-type"]).toMatch(/^application\/json/);
      expect(JSON.parse(answer.body).error.code).toBe("not_found");
    }
    // Real routes still win over the catch-all.
    expect((await send("GET", "/api/health")).status).toBe(200);
  });

  test("headers over 16 KiB answer 431 JSON", async () => {
    const answer = await send("GET", "/api/v1/me", { headers: { "x-padding": "a".repeat(20_000) } });
    expect(answer.status).toBe(431);
    expect(JSON.parse(answer.body).error.code).toBe("headers_too_large");
  });

  test("a 50 MiB body to an unauthenticated route answers 413 with bounded memory", async () => {
    test.setTimeout(180_000);
    const pid = serverPid();
    // Reset the process's peak RSS so VmHWM measures this test alone.
    writeFileSync(`/proc/${pid}/clear_refs`, "5");
    const baseline = memoryKiB(pid, "VmRSS");
    // Sent as the app's own page would (the cross-site check answers 403 to anything else before a byte is read).
    const ownPage = { "sec-fetch-site": "same-origin" };
    const declared = await send("POST", "/api/auth/setup", {
      bodyBytes: 50 * 1024 * 1024,
      declareLength: true,
      headers: ownPage,
    });
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body).error.code).toBe("payload_too_large");
    const streamed = await send("POST", "/api/auth/login", {
      bodyBytes: 50 * 1024 * 1024,
      declareLength: false,
      headers: ownPage,
    });
    expect(streamed.status).toBe(413);
    expect(JSON.parse(streamed.body).error.code).toBe("payload_too_large");
    const growthMiB = (memoryKiB(pid, "VmHWM") - baseline) / 1024;
    console.log(
      `[http-edge] server pid ${pid}: RSS ${Math.round(baseline / 1024)} MiB before, peak growth ${growthMiB.toFixed(1)} MiB for 2 × 50 MiB`,
    );
    expect(growthMiB).toBeLessThan(64);
  });
});
