// A PgBouncer of our own in transaction-pooling mode in front of one local database, for the test and bench:scale:
// generated ini and auth file in a temp folder, its own port, trust auth, stopped by its pid. The shared
// PostgreSQL's configuration is never touched. `pgbouncerBinary()` is null where the package is not installed.
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const CANDIDATES = ["/usr/sbin/pgbouncer", "/usr/bin/pgbouncer", "/usr/local/bin/pgbouncer"];

export function pgbouncerBinary(): string | null {
  return CANDIDATES.find((candidate) => existsSync(candidate)) ?? null;
}

export interface PgBouncer {
  /** postgresql:// URL of the database through the pooler. */
  url: string;
  port: number;
  stop: () => Promise<void>;
}

/** A port nothing listens on right now, for a pooler started in a test. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts PgBouncer for `databaseUrl` (a local postgresql:// URL without a password) on `port`. `poolSize` server
 * connections at most: small pools make two transactions share a server connection, which is what breaks
 * session-level features.
 */
export async function startPgBouncer(databaseUrl: string, port: number, poolSize = 20): Promise<PgBouncer> {
  const binary = pgbouncerBinary();
  if (!binary) throw new Error("pgbouncer is not installed (apt-get install -y pgbouncer)");
  const target = new URL(databaseUrl);
  const database = decodeURIComponent(target.pathname.slice(1));
  const user = decodeURIComponent(target.username) || "postgres";
  const dir = mkdtempSync(path.join(os.tmpdir(), "switchboard-pgbouncer-"));
  writeFileSync(path.join(dir, "users.txt"), `"${user}" ""\n`);
  writeFileSync(
    path.join(dir, "pgbouncer.ini"),
    [
      "[databases]",
      // node-postgres sends statement_timeout as a start-up parameter, which PgBouncer refuses unless told to
      // ignore it; connect_query sets the same timeout on every server connection instead.
      `${database} = host=${target.hostname} port=${target.port || 5432} dbname=${database} user=${user} connect_query='SET statement_timeout = 30000'`,
      "[pgbouncer]",
      `listen_addr = 127.0.0.1`,
      `listen_port = ${port}`,
      `unix_socket_dir =`,
      "auth_type = trust",
      `auth_file = ${path.join(dir, "users.txt")}`,
      "pool_mode = transaction",
      `default_pool_size = ${poolSize}`,
      "max_client_conn = 2000",
      "ignore_startup_parameters = extra_float_digits,statement_timeout",
      `logfile = ${path.join(dir, "pgbouncer.log")}`,
      `pidfile = ${path.join(dir, "pgbouncer.pid")}`,
      "",
    ].join("\n"),
  );
  // PgBouncer refuses to run as root: it drops to the postgres system user, which must read and write the folder.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const ids = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
    const groups = spawnSync("id", ["-g", "postgres"], { encoding: "utf8" });
    chownSync(dir, Number(ids.stdout), Number(groups.stdout));
    chmodSync(dir, 0o755);
  }
  const child = spawn(binary, [...(asRoot ? ["-u", "postgres"] : []), path.join(dir, "pgbouncer.ini")], {
    stdio: "ignore",
  });
  await waitForPort(port, 10_000).catch((error: Error) => {
    child.kill("SIGKILL");
    const log = existsSync(path.join(dir, "pgbouncer.log"))
      ? readFileSync(path.join(dir, "pgbouncer.log"), "utf8")
      : "";
    throw new Error(`pgbouncer did not start: ${error.message}\n${log}`);
  });
  const pooled = new URL(databaseUrl);
  pooled.host = `127.0.0.1:${port}`;
  return {
    url: pooled.toString(),
    port,
    stop: () =>
      new Promise<void>((done) => {
        const finish = () => {
          rmSync(dir, { recursive: true, force: true });
          done();
        };
        if (child.exitCode !== null) return finish();
        child.once("exit", finish);
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
      }),
  };
}

async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => (socket.destroy(), resolve(true)));
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`nothing listens on ${port} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
