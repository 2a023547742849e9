// A primary and a streaming standby of our own (PostgreSQL 15 binaries), for the read-replica test: initdb on one
// port, pg_basebackup -R into a second data folder, both started with pg_ctl and stopped by it. The shared
// PostgreSQL is never touched. PostgreSQL refuses to run as root: as root the clusters belong to the postgres system
// user, in a folder it can enter (mkdtemp makes mode 700 folders, which it cannot).
import { spawnSync } from "node:child_process";
import { appendFileSync, chmodSync, chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const BIN_DIRS = ["/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/17/bin"];

export function postgresBinDir(): string | null {
  return BIN_DIRS.find((dir) => existsSync(path.join(dir, "pg_basebackup"))) ?? null;
}

export interface ReplicatedPair {
  /** postgresql:// URLs of the `postgres` database on each server (trust authentication, loopback only). */
  primaryUrl: string;
  standbyUrl: string;
  stop: () => void;
}

function account(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const uid = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
  const gid = spawnSync("id", ["-g", "postgres"], { encoding: "utf8" });
  if (uid.status !== 0) throw new Error('running as root needs a "postgres" system user (useradd --system postgres)');
  return { uid: Number(uid.stdout), gid: Number(gid.stdout) };
}

export function startReplicatedPair(primaryPort: number, standbyPort: number): ReplicatedPair {
  const bin = postgresBinDir();
  if (!bin) throw new Error("PostgreSQL server binaries not found (apt-get install postgresql-15)");
  const owner = account();
  const dir = mkdtempSync(path.join(os.tmpdir(), "switchboard-replica-"));
  chmodSync(dir, 0o755);
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const run = (tool: string, args: string[]) => {
    const result = spawnSync(path.join(bin, tool), args, {
      encoding: "utf8",
      cwd: dir,
      ...(owner ?? {}),
      timeout: 120_000,
    });
    if (result.status !== 0) throw new Error(`${tool} failed (${result.status}): ${result.stderr || result.stdout}`);
  };
  const primary = path.join(dir, "primary");
  const standby = path.join(dir, "standby");
  const settings = (port: number) =>
    [
      `port = ${port}`,
      "listen_addresses = '127.0.0.1'",
      `unix_socket_directories = '${dir}'`,
      // A test cluster: durability is not what is tested, speed on a busy machine is welcome.
      "fsync = off",
      "synchronous_commit = off",
      "full_page_writes = off",
      "hot_standby_feedback = on",
      "",
    ].join("\n");
  const stopBoth = () => {
    for (const data of [standby, primary]) {
      if (existsSync(path.join(data, "postmaster.pid"))) {
        spawnSync(path.join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"], { ...(owner ?? {}) });
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    // initdb's default pg_hba.conf trusts replication connections from 127.0.0.1.
    run("initdb", ["-D", primary, "-U", "postgres", "--auth=trust", "--no-sync"]);
    appendFileSync(path.join(primary, "postgresql.conf"), settings(primaryPort));
    run("pg_ctl", ["-D", primary, "-l", path.join(dir, "primary.log"), "-w", "start"]);
    // -R writes primary_conninfo and standby.signal: the copy starts as a streaming standby of the primary.
    run("pg_basebackup", ["-h", "127.0.0.1", "-p", String(primaryPort), "-U", "postgres", "-D", standby, "-R"]);
    appendFileSync(path.join(standby, "postgresql.conf"), `port = ${standbyPort}\n`);
    run("pg_ctl", ["-D", standby, "-l", path.join(dir, "standby.log"), "-w", "start"]);
  } catch (error) {
    stopBoth();
    throw error;
  }
  return {
    primaryUrl: `postgresql://postgres@127.0.0.1:${primaryPort}/postgres`,
    standbyUrl: `postgresql://postgres@127.0.0.1:${standbyPort}/postgres`,
    stop: stopBoth,
  };
}
