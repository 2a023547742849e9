// `npm ci && npm start` in a private folder: a clone in a `mktemp -d` folder (mode 700, like root's home) runs the
// start path (embedded database, migrations, the health check /api/health answers with) to a healthy database.
// As root the embedded server runs as the "postgres" user, who cannot enter that folder: this is the case that
// failed with `spawn …/initdb EACCES`. A start that fails (its port taken) says why in one paragraph, without a
// stack trace, and leaves nothing that blocks the next start. Then two real `npm start` at once in that fresh clone
// (never built): one `next build`, both serve a healthy /api/health over HTTP, both stop cleanly. Runs the clone's
// own code in child processes.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYSTEM_DIR } from "./lib/embedded-postgres";

const root = path.resolve(import.meta.dirname, "..");
const isRoot = process.getuid?.() === 0;
const folder = mkdtempSync(path.join(tmpdir(), "switchboard-clone-"));
const clone = path.join(folder, "sb");
const clusterDirs = new Set<string>();
const started: ChildProcess[] = [];

beforeAll(() => {
  execFileSync("git", ["clone", "--quiet", root, clone]);
  // What `npm ci` would install, hard-linked (seconds instead of minutes): same files, now under the private folder.
  // Links to files rather than a symlinked folder, so next build (Turbopack) finds node_modules inside the project.
  execFileSync("cp", ["-al", path.join(root, "node_modules"), path.join(clone, "node_modules")]);
  cpSync(path.join(root, "lib", "generated"), path.join(clone, "lib", "generated"), { recursive: true });
  writeFileSync(path.join(clone, "probe.ts"), PROBE);
}, 120_000);

afterAll(async () => {
  // A failed assertion must not leave servers (or the embedded database they started) running.
  await Promise.all(
    started
      .filter((child) => child.exitCode === null && child.signalCode === null)
      .map((child) => stopped(child, "SIGTERM")),
  );
  rmSync(folder, { recursive: true, force: true });
  for (const dir of [...clusterDirs].filter((dir) => dir.startsWith(`${SYSTEM_DIR}/`))) {
    rmSync(dir, { recursive: true, force: true });
    rmSync(`${dir}.password`, { force: true });
  }
}, 120_000); // tens of thousands of hard links

// The start path up to serving, and the check behind GET /api/health.
const PROBE = `
import { prepareRuntime } from "./scripts/lib/bootstrap";
import { checkHealth } from "./lib/health/check-health";
import { disconnectDb } from "./lib/db";
const database = await prepareRuntime((message) => console.log(message));
console.log("health " + JSON.stringify(await checkHealth()));
await disconnectDb();
await database.stop();
`;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Sends `signal` to the child's process group, as Ctrl-C in a terminal does (start.ts and the embedded PostgreSQL
 * it runs both get it), and resolves with the exit code; SIGKILL when it has not exited 30 s later.
 */
function stopped(child: ChildProcess, signal: NodeJS.Signals): Promise<number | null> {
  return new Promise((resolve) => {
    const kill = (sent: NodeJS.Signals) => {
      try {
        process.kill(-child.pid!, sent);
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => kill("SIGKILL"), 30_000);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve(code);
    });
    kill(signal);
  });
}

function runProbe(port: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(clone, "node_modules", ".bin", "tsx"), ["probe.ts"], {
      cwd: clone,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: "development",
        SWITCHBOARD_EMBEDDED_DB_PORT: String(port),
        SWITCHBOARD_LOG_LEVEL: "warn",
      },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
    child.on("exit", (code) => {
      for (const match of stdout.matchAll(/files are in (\S+)/g)) clusterDirs.add(path.resolve(clone, match[1]!));
      resolve({ code, stdout, stderr });
    });
  });
}

interface StartProcess {
  child: ChildProcess;
  port: number;
  output: () => string;
  exited: Promise<number | null>;
}

/**
 * What `npm start` runs, in the clone, as a user would run it: no DATABASE_URL, so the embedded database. One node
 * process: the `tsx` CLI would stand between Ctrl-C and start.ts and, when start.ts has not acknowledged the signal
 * within 60 ms (a busy machine), kill it with SIGKILL and exit 130, skipping the clean stop.
 */
function npmStart(port: number, databasePort: number): StartProcess {
  const scripts = (
    JSON.parse(readFileSync(path.join(clone, "package.json"), "utf8")) as { scripts: Record<string, string> }
  ).scripts;
  expect(scripts.start).toBe("node --import tsx scripts/start.ts");
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: clone,
    detached: true, // its own process group, like a terminal's foreground job
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      // As when a user's shell leaves NODE_ENV unset (lib/env.ts defaults it); start.ts switches to production to serve.
      NODE_ENV: "development",
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      SWITCHBOARD_EMBEDDED_DB_PORT: String(databasePort),
      SWITCHBOARD_LOG_LEVEL: "warn",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  started.push(child);
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, port, output: () => output, exited };
}

async function untilReady(start: StartProcess, deadline: number): Promise<void> {
  while (!start.output().includes(`ready on http://127.0.0.1:${start.port}`)) {
    if (start.child.exitCode !== null || start.child.signalCode !== null)
      throw new Error(`npm start exited early:\n${start.output()}`);
    if (Date.now() > deadline) throw new Error(`npm start not ready in time:\n${start.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const count = (text: string, needle: string) => text.split(needle).length - 1;

describe("npm start in a private folder", () => {
  it(
    "starts the embedded database from a mode-700 clone, also as root; a failed start does not block the next",
    { timeout: 240_000 },
    async () => {
      expect(statSync(folder).mode & 0o777).toBe(0o700);
      const port = await freePort();

      // The port is taken by something that is not PostgreSQL: the start fails, readably.
      const squatter = net.createServer((socket) => socket.destroy());
      await new Promise<void>((resolve) => squatter.listen(port, "127.0.0.1", resolve));
      const failed = await runProbe(port);
      await new Promise<void>((resolve) => squatter.close(() => resolve()));
      expect(failed.code).toBe(1);
      expect(failed.stderr).toContain(`Another program uses port ${port}: set SWITCHBOARD_EMBEDDED_DB_PORT`);
      expect(failed.stderr).not.toMatch(/^\s+at /m);

      const started = await runProbe(port);
      expect(started.stderr).toBe("");
      expect(started.code).toBe(0);
      expect(started.stdout).toContain(`health {"ok":true,"body":{"status":"ok","database":"ok"}}`);
      expect(started.stdout).toContain("applying migration");
      // As root, the cluster lives where the postgres user can reach it, not in the private folder.
      const [clusterDir] = [...clusterDirs];
      if (isRoot) expect(clusterDir).toMatch(new RegExp(`^${SYSTEM_DIR}/data-[0-9a-f]{16}$`));
      else expect(clusterDir).toBe(path.join(clone, ".data", "postgres"));

      // And the next start finds the same database, migrated.
      const restarted = await runProbe(port);
      expect(restarted.code).toBe(0);
      expect(restarted.stdout).toContain("database schema is up to date");
      expect(restarted.stdout).toContain(`health {"ok":true`);
      expect(clusterDirs).toEqual(new Set([clusterDir]));
    },
  );
  it(
    "two npm start at once in the fresh clone: one next build, both serve a healthy /api/health, both stop cleanly",
    { timeout: 900_000 },
    async () => {
      // Never built: the clone has no build folder, so both decide to build.
      expect(existsSync(path.join(clone, ".next"))).toBe(false);
      const databasePort = await freePort();
      const [portA, portB] = [await freePort(), await freePort()];
      // Both without DATABASE_URL, as a user runs them (the README: they share the embedded database the first starts).
      const starts = [npmStart(portA, databasePort), npmStart(portB, databasePort)];
      const deadline = Date.now() + 780_000; // one next build on two busy cores
      await Promise.all(starts.map((start) => untilReady(start, deadline)));

      const outputs = starts.map((start) => start.output());
      const all = outputs.join("\n");
      for (const match of all.matchAll(/files are in (\S+)/g)) clusterDirs.add(path.resolve(clone, match[1]!));
      // Exactly one build: one process ran next build, the other waited on the lock and reused it.
      expect(count(all, "building (next build")).toBe(1);
      expect(count(all, "Creating an optimized production build")).toBe(1);
      expect(count(all, "waiting for another process building this checkout")).toBe(1);
      expect(count(all, "using the build another process just made")).toBe(1);
      // One embedded database: one started it, the other joined it.
      expect(count(all, "starting the embedded database on port")).toBe(1);
      expect(count(all, `using the embedded database already running on port ${databasePort}`)).toBe(1);
      expect(existsSync(path.join(clone, ".next", "BUILD_ID"))).toBe(true);
      expect(existsSync(path.join(clone, ".next.lock"))).toBe(false);
      if (isRoot) expect([...clusterDirs].every((dir) => dir.startsWith(`${SYSTEM_DIR}/`))).toBe(true);

      for (const port of [portA, portB]) {
        const response = await fetch(`http://127.0.0.1:${port}/api/health`);
        expect(response.status).toBe(200);
        expect(await response.json()).toEqual({ status: "ok", database: "ok" });
      }

      // Ctrl-C in both terminals at once: each closes its server and workers and exits 0 (a stop that hangs is forced
      // out with exit code 1 after 15 s).
      const codes = await Promise.all(starts.map((start) => stopped(start.child, "SIGINT")));
      for (const [index, start] of starts.entries()) {
        expect(codes[index], start.output()).toBe(0);
        expect(start.output()).toContain("stopped");
        expect(start.output()).not.toMatch(/^\s+at /m);
      }
    },
  );
});
