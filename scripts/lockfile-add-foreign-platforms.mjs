// Keeps package-lock.json valid for `npm ci` everywhere. The registry this project is developed against serves
// only some platforms' prebuilt binaries (Linux x64 among them); when a package lists binaries for other
// platforms as optional dependencies and the registry answers 404 for them, npm leaves them out of the lock file,
// and `npm ci` then refuses the lock as out of sync. This adds an entry for each such binary, marked optional
// and limited to its platform, so npm ci skips it here and fetches it (by version) on the machines it is for.
// Run after any `npm install` that changed the lock: `node scripts/lockfile-add-foreign-platforms.mjs`.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const lockPath = path.resolve(import.meta.dirname, "..", "package-lock.json");
const lock = JSON.parse(readFileSync(lockPath, "utf8"));
const packages = lock.packages;

const OS = ["android", "darwin", "freebsd", "linux", "openharmony", "win32", "sunos", "aix", "netbsd", "openbsd"];
const CPU = ["arm64", "x64", "ia32", "arm", "loong64", "ppc64", "riscv64", "s390x", "wasm32", "mips64el"];

/** "oxide-linux-arm-gnueabihf" → { os: linux, cpu: arm, libc: glibc }, from the name's parts. */
function platformOf(name) {
  const parts = name.split("/").pop().split("-");
  const os = parts.find((part) => OS.includes(part));
  const cpu = parts.find((part) => CPU.includes(part));
  const libc = parts.some((part) => part.startsWith("musl"))
    ? "musl"
    : parts.some((part) => part.startsWith("gnu"))
      ? "glibc"
      : null;
  if (!cpu) return null;
  return { ...(os ? { os: [os] } : {}), cpu: [cpu], ...(libc && os === "linux" ? { libc: [libc] } : {}) };
}

/** Entries npm left out: optional dependencies with a platform in their name and no lock entry. */
export function missingPlatformEntries(packages) {
  const missing = {};
  for (const [location, entry] of Object.entries(packages)) {
    for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
      const base = location === "" ? "node_modules" : `${location}/node_modules`;
      // npm resolves an optional dependency next to its parent or higher up; it is missing if neither has it.
      if (packages[`${base}/${name}`] || packages[`node_modules/${name}`] || missing[`node_modules/${name}`]) continue;
      const platform = platformOf(name);
      if (!platform) continue;
      missing[`node_modules/${name}`] = { version, ...(entry.dev ? { dev: true } : {}), optional: true, ...platform };
    }
  }
  return missing;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const missing = missingPlatformEntries(packages);
  const merged = { ...packages, ...missing };
  lock.packages = Object.fromEntries(
    Object.entries(merged).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))),
  );
  writeFileSync(lockPath, JSON.stringify(lock, null, 2) + "\n");
  console.log(`added ${Object.keys(missing).length} platform-specific optional entries to package-lock.json`);
}
