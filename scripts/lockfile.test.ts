// `npm ci` refuses a lock file that lacks an entry for an optional dependency; on this project's registry, npm
// drops other platforms' binaries from the lock on every install. Fails until
// `node scripts/lockfile-add-foreign-platforms.mjs` has been run after such an install.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error -- a plain .mjs script without type declarations
import { missingPlatformEntries } from "./lockfile-add-foreign-platforms.mjs";

describe("package-lock.json", () => {
  it("has an entry for every platform-specific optional dependency, so npm ci accepts it", () => {
    const lock = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "..", "package-lock.json"), "utf8"));
    expect(Object.keys(missingPlatformEntries(lock.packages))).toEqual([]);
  });
});
