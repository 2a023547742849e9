// The lock that keeps two `npm start` in one checkout from building or initialising at the same time: holders never
// overlap, waiters say so once, and a lock left by a dead process is taken over.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, describe, expect, it } from "vitest";
import { withFileLock } from "./file-lock";

const dir = mkdtempSync(path.join(tmpdir(), "switchboard-lock-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("withFileLock", () => {
  it("runs one holder at a time; the others wait, are told once, then run", async () => {
    const file = path.join(dir, "build.lock");
    const events: string[] = [];
    let waits = 0;
    const holder = (name: string) =>
      withFileLock(
        file,
        async () => {
          events.push(`${name} in`);
          await sleep(300);
          events.push(`${name} out`);
          return name;
        },
        () => waits++,
      );
    const results = await Promise.all([holder("a"), holder("b"), holder("c")]);
    expect(results).toEqual(["a", "b", "c"]);
    // Every "in" is followed by its own "out" before anyone else enters.
    for (let i = 0; i < events.length; i += 2) expect(events[i + 1]).toBe(events[i]!.replace(" in", " out"));
    expect(events).toHaveLength(6);
    expect(waits).toBe(2);
    expect(existsSync(file)).toBe(false);
  });

  it("releases the lock when the task throws", async () => {
    const file = path.join(dir, "throws.lock");
    await expect(withFileLock(file, async () => Promise.reject(new Error("build failed")))).rejects.toThrow(
      "build failed",
    );
    expect(existsSync(file)).toBe(false);
    await expect(withFileLock(file, async () => "next start")).resolves.toBe("next start");
  });

  it("takes over a lock whose holder died, without waiting for it", async () => {
    const file = path.join(dir, "stale.lock");
    const dead = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
    writeFileSync(file, dead.stdout);
    let waited = false;
    await expect(
      withFileLock(
        file,
        async () => "taken over",
        () => (waited = true),
      ),
    ).resolves.toBe("taken over");
    expect(waited).toBe(false);
  });

  it("waits for a live holder in another process", async () => {
    const file = path.join(dir, "live.lock");
    const startedAt = Date.now();
    // A live process (this one's parent is alive for the whole test) holds the lock for 600 ms.
    writeFileSync(file, String(process.ppid));
    const release = sleep(600).then(() => rmSync(file));
    let waited = false;
    await withFileLock(
      file,
      async () => {
        expect(Date.now() - startedAt).toBeGreaterThanOrEqual(600);
      },
      () => (waited = true),
    );
    await release;
    expect(waited).toBe(true);
  });
});
