// A lock between processes of one checkout, held as a file that names its holder's pid: two `npm start` at once
// must not run `next build` into the same folder or initialise the same embedded database twice. A lock whose
// holder died (kill -9, a crash) is taken over, so a failed start never blocks the next one.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

const POLL_MS = 200;

function holderAlive(file: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(file, "utf8").trim());
  } catch {
    return true; // just created and not yet written, or just released: look again
  }
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function tryAcquire(file: string): boolean {
  try {
    const fd = openSync(file, "wx", 0o644);
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return false;
  }
}

/**
 * Removes a dead holder's lock. Two waiters may see the same dead holder: the one that gets `<file>.break` looks
 * again before removing, so a lock just taken by the other is never removed. A `.break` left by a process killed in
 * these few lines is cleared after a few seconds.
 */
function removeIfStillDead(file: string): boolean {
  const breaker = `${file}.break`;
  if (!tryAcquire(breaker)) {
    try {
      if (Date.now() - statSync(breaker).mtimeMs > 5_000) rmSync(breaker, { force: true });
    } catch {
      // released meanwhile
    }
    return false;
  }
  try {
    if (holderAlive(file)) return false;
    rmSync(file, { force: true });
    return true;
  } finally {
    rmSync(breaker, { force: true });
  }
}

/**
 * Runs `task` while holding the lock `file`. Waits while another live process holds it (calling `onWait` once),
 * and releases it however `task` ends.
 */
export async function withFileLock<T>(file: string, task: () => Promise<T>, onWait?: () => void): Promise<T> {
  mkdirSync(path.dirname(file), { recursive: true });
  let waited = false;
  while (!tryAcquire(file)) {
    if (!holderAlive(file) && removeIfStillDead(file)) continue;
    if (!waited) onWait?.();
    waited = true;
    await sleep(POLL_MS);
  }
  const release = () => rmSync(file, { force: true });
  process.once("exit", release);
  try {
    return await task();
  } finally {
    process.off("exit", release);
    release();
  }
}
