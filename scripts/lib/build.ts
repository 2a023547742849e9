// Builds the Next.js app when its sources changed since the last build (or it was never built), so that
// `npm start` after a pull or an edit serves what is on disk.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { env } from "../../lib/env";
import { withFileLock } from "./file-lock";

const root = path.resolve(import.meta.dirname, "..", "..");
const SOURCE_DIRS = ["app", "components", "lib", "pages", "public"];
const SOURCE_FILES = [
  "next.config.ts",
  "proxy.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
  "prisma/schema.prisma",
];
const buildDir = () => path.resolve(root, env().SWITCHBOARD_BUILD_DIR);
const hashFile = () => path.join(buildDir(), "switchboard-source-hash");

async function listFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter(
      (entry) => entry.isFile() && !entry.parentPath.includes(`${path.sep}generated`) && !entry.name.includes(".test."),
    )
    .map((entry) => path.join(entry.parentPath, entry.name));
}

export async function sourceHash(): Promise<string> {
  const files = (await Promise.all(SOURCE_DIRS.map((dir) => listFiles(path.join(root, dir))))).flat();
  files.push(...SOURCE_FILES.map((file) => path.join(root, file)).filter(existsSync));
  files.sort();
  const hash = createHash("sha256");
  for (const file of files) {
    hash.update(path.relative(root, file));
    hash.update(await readFile(file));
  }
  return hash.digest("hex");
}

/**
 * Builds unless the build on disk matches the sources. Two `npm start` at once in one checkout build once: the
 * first holds a lock around `next build`, the others wait for it and then find the build up to date.
 */
export async function buildIfNeeded(log: (message: string) => void): Promise<void> {
  const hash = await sourceHash();
  const upToDate = () =>
    existsSync(path.join(buildDir(), "BUILD_ID")) &&
    existsSync(hashFile()) &&
    readFileSync(hashFile(), "utf8") === hash;
  if (upToDate()) {
    log("using the existing build");
    return;
  }
  await withFileLock(
    `${buildDir()}.lock`,
    async () => {
      if (upToDate()) {
        log("using the build another process just made");
        return;
      }
      log("building (next build; this takes a minute or two)…");
      await nextBuild();
      writeFileSync(hashFile(), hash);
    },
    () => log("waiting for another process building this checkout…"),
  );
}

function nextBuild(): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"], {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`next build failed with exit code ${code}`)),
    );
  });
}
