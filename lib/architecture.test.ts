// Keeps the floors of lib/ honest (docs/architecture.md): the kernel imports nothing above it, the domain never
// imports the HTTP edge, no two folders import each other (directly or round a circle), and nothing in lib/ reaches
// for Next.js, React or the app and component trees. A new folder must be given a floor here and in the document.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const LIB = path.resolve(import.meta.dirname);

/** Bottom to top. A folder may import folders on its own floor (without a circle) or below, never above. */
const FLOORS: Record<string, number> = {
  // 0 kernel
  core: 0,
  generated: 0,
  // 1 infrastructure: configuration, storage, crypto, the outbound executor, what an inbound request is
  env: 1,
  db: 1,
  crypto: 1,
  templates: 1,
  variables: 1,
  http: 1,
  inbound: 1,
  "rate-limit": 1,
  export: 1,
  search: 1,
  // 2 domain
  audit: 2,
  workspaces: 2,
  auth: 2,
  email: 2,
  notifications: 2,
  "event-types": 2,
  network: 2,
  connectors: 2,
  subscriptions: 2,
  delivery: 2,
  events: 2,
  triggers: 2,
  "app-webhooks": 2,
  replay: 2,
  retention: 2,
  overview: 2,
  health: 2,
  // 3 composition of processes
  runtime: 3,
  // 4 the HTTP edge
  api: 4,
  compat: 4,
  openapi: 4,
};
const FLOOR_NAMES = ["kernel", "infrastructure", "domain", "composition", "edge"];
const FORBIDDEN_PACKAGES = /^(next|next\/.*|react|react-dom|react\/.*|@tanstack\/react-query)$/;

interface Arrow {
  file: string;
  from: string;
  to: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The lib folder a path belongs to: its first segment below lib/, without extension for top-level files. */
function folderOf(file: string): string | null {
  const relative = path.relative(LIB, file);
  if (relative.startsWith("..")) return null;
  return relative.split(path.sep)[0]!.replace(/\.tsx?$/, "");
}

function specifiers(source: string): string[] {
  const found: string[] = [];
  const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["']([^"']+)["']/g;
  for (const match of source.matchAll(pattern)) found.push(match[1]!);
  return found;
}

const files = sourceFiles(LIB);
const arrows: Arrow[] = [];
const outside: { file: string; specifier: string }[] = [];
for (const file of files) {
  const from = folderOf(file)!;
  for (const specifier of specifiers(readFileSync(file, "utf8"))) {
    if (FORBIDDEN_PACKAGES.test(specifier)) {
      outside.push({ file, specifier });
      continue;
    }
    let target: string;
    if (specifier.startsWith("@/")) target = path.resolve(LIB, "..", specifier.slice(2));
    else if (specifier.startsWith(".")) target = path.resolve(path.dirname(file), specifier);
    else continue;
    const to = folderOf(target);
    if (to === null) outside.push({ file, specifier });
    else if (to !== from) arrows.push({ file: path.relative(LIB, file), from, to });
  }
}

describe("the floors of lib/", () => {
  it("gives every folder a floor", () => {
    const folders = [...new Set(files.map((file) => folderOf(file)!))];
    expect(folders.filter((folder) => !(folder in FLOORS))).toEqual([]);
  });

  it("imports nothing outside lib/ that belongs to the UI or the framework", () => {
    expect(outside.map(({ file, specifier }) => `${path.relative(LIB, file)} imports ${specifier}`)).toEqual([]);
  });

  it("never imports a folder on a higher floor", () => {
    const upward = arrows
      .filter((arrow) => (FLOORS[arrow.to] ?? 0) > (FLOORS[arrow.from] ?? 0))
      .map(
        ({ file, from, to }) =>
          `${file}: ${from} (${FLOOR_NAMES[FLOORS[from]!]}) → ${to} (${FLOOR_NAMES[FLOORS[to]!]})`,
      );
    expect(upward).toEqual([]);
  });

  it("has no circle of folders", () => {
    const next = new Map<string, Set<string>>();
    for (const { from, to } of arrows) next.set(from, (next.get(from) ?? new Set()).add(to));
    // Tarjan's strongly connected components: any component of two or more folders is a circle.
    let index = 0;
    const order = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const circles: string[][] = [];
    const visit = (folder: string) => {
      order.set(folder, index);
      low.set(folder, index++);
      stack.push(folder);
      for (const target of next.get(folder) ?? []) {
        if (!order.has(target)) {
          visit(target);
          low.set(folder, Math.min(low.get(folder)!, low.get(target)!));
        } else if (stack.includes(target)) low.set(folder, Math.min(low.get(folder)!, order.get(target)!));
      }
      if (low.get(folder) === order.get(folder)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          component.push(member);
        } while (member !== folder);
        if (component.length > 1) circles.push(component.sort());
      }
    };
    for (const folder of next.keys()) if (!order.has(folder)) visit(folder);
    const explained = circles.map((circle) =>
      arrows
        .filter(({ from, to }) => circle.includes(from) && circle.includes(to))
        .map(({ file, to }) => `${file} → ${to}`)
        .join("; "),
    );
    expect(explained).toEqual([]);
  });
});
