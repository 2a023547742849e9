// `npm ci && npm start` in a private folder: a clone in a `mktemp -d` folder (mode 700, like root's home) runs the
// start path (embedded database, migrations, the health check /api/health answers with) to a healthy database.
// As root the embedded server runs as the "postgres" user, who cannot enter that folder: this is the case that
// failed with `spawn …/initdb EACCES`. A start that fails (its port taken) says why in one paragraph, without a
// stack trace, and leaves nothing that blocks the next start. Runs the clone's own code in child processes.
import { execFileSync, spawn } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SYSTEM_DIR } from "./lib/embedded-postgres";

const root = path.resolve(import.meta.dirname, "..");
const isRoot = process.getuid?.() === 0;
const folder = mkdtempSync(path.join(tmpdir(), "switchboard-clone-"));
const clone = path.join(folder, "sb");
const clusterDirs = new Set<string>();

afterAll(() => {
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

function runProbe(port: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(clone, "node_modules", ".bin", "tsx"), ["probe.ts"], {
      cwd: clone,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "development", SWITCHBOARD_EMBEDDED_DB_PORT: String(port), SWITCHBOARD_LOG_LEVEL: "warn" },
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

describe("npm start in a private folder", () => {
  it("starts the embedded database from a mode-700 clone, also as root; a failed start does not block the next", { timeout: 240_000 }, async () => {
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    execFileSync("git", ["clone", "--quiet", root, clone]);
    // What `npm ci` would install, hard-linked (seconds instead of minutes): same files, now under the private folder.
    execFileSync("cp", ["-al", path.join(root, "node_modules"), path.join(clone, "node_modules")]);
    cpSync(path.join(root, "lib", "generated"), path.join(clone, "lib", "generated"), { recursive: true });
    writeFileSync(path.join(clone, "probe.ts"), PROBE);
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
  });
});
