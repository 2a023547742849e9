// Keeps the UI tree's shape from the imports themselves: no two component folders import each other (directly or
// round a longer circle), ui/ primitives import no feature, and nothing under components/ imports server-only
// code (next/headers, the database), which belongs in lib/ or in app/_server beside the pages.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const componentsDir = path.join(root, "components");

interface ImportLine {
  file: string;
  specifier: string;
  typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Static imports and re-exports (type-only marked), side-effect imports and dynamic import() calls. */
function importsOf(file: string, source: string): ImportLine[] {
  const found: ImportLine[] = [];
  for (const match of source.matchAll(/(?:^|\n)\s*(?:import|export)\s+(type\s+)?[^;"'`]*?\bfrom\s*["']([^"']+)["']/g)) {
    found.push({ file, specifier: match[2]!, typeOnly: Boolean(match[1]) });
  }
  for (const match of source.matchAll(/(?:^|\n)\s*import\s*["']([^"']+)["']/g))
    found.push({ file, specifier: match[1]!, typeOnly: false });
  for (const match of source.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g))
    found.push({ file, specifier: match[1]!, typeOnly: false });
  return found;
}

/** The repository-relative path an import points at (no extension), or null for a package. */
function resolveSpecifier(file: string, specifier: string): string | null {
  if (specifier.startsWith("@/")) return specifier.slice(2);
  if (specifier.startsWith("."))
    return path
      .relative(root, path.resolve(path.dirname(file), specifier))
      .split(path.sep)
      .join("/");
  return null;
}

/** The components/ folder a repository path belongs to; files directly in components/ belong to none. */
function componentFolder(repoPath: string): string | null {
  const parts = repoPath.split("/");
  return parts[0] === "components" && parts.length > 2 ? parts[1]! : null;
}

/** Every circle in a directed graph, one per strongly connected component of two or more nodes (Tarjan). */
function cycles(graph: Map<string, Set<string>>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

const imports = sourceFiles(componentsDir).flatMap((file) => importsOf(file, readFileSync(file, "utf8")));

/** Folder → folders it imports, with one example file per arrow for the failure message. */
function folderGraph() {
  const graph = new Map<string, Set<string>>();
  const examples = new Map<string, string>();
  for (const line of imports) {
    const from = componentFolder(path.relative(root, line.file).split(path.sep).join("/"));
    const target = resolveSpecifier(line.file, line.specifier);
    const to = target && componentFolder(target);
    if (!from || !to || from === to) continue;
    if (!graph.has(from)) graph.set(from, new Set());
    graph.get(from)!.add(to);
    examples.set(`${from}->${to}`, `${path.relative(root, line.file)} imports ${line.specifier}`);
  }
  return { graph, examples };
}

describe("components/ architecture", () => {
  it("reads the imports of the whole tree", () => {
    expect(imports.length).toBeGreaterThan(500);
    expect(folderGraph().graph.size).toBeGreaterThan(10);
  });

  it("has no circle between component folders", () => {
    const { graph, examples } = folderGraph();
    const described = cycles(graph).map((members) => {
      const arrows = members.flatMap((from) =>
        members.filter((to) => graph.get(from)?.has(to)).map((to) => examples.get(`${from}->${to}`)),
      );
      return `${members.join(" ↔ ")}: ${arrows.join("; ")}`;
    });
    expect(described).toEqual([]);
  });

  it("keeps ui/ primitives free of feature folders", () => {
    const { graph } = folderGraph();
    expect([...(graph.get("ui") ?? [])]).toEqual([]);
  });

  it("holds no server-only code", () => {
    const serverOnly = (specifier: string, target: string | null) =>
      specifier === "next/headers" ||
      specifier === "server-only" ||
      specifier === "pg" ||
      specifier.startsWith("@prisma/") ||
      (target !== null && /^lib\/(db|generated)([-/.]|$)/.test(target));
    const offending = imports
      .filter((line) => !line.typeOnly && serverOnly(line.specifier, resolveSpecifier(line.file, line.specifier)))
      .map((line) => `${path.relative(root, line.file)} imports ${line.specifier}`);
    expect(offending).toEqual([]);
  });

  it("would notice a circle and a server import (the checks are not vacuous)", () => {
    const graph = new Map([
      ["events", new Set(["deliveries", "ui"])],
      ["deliveries", new Set(["events"])],
      ["ui", new Set<string>()],
    ]);
    expect(cycles(graph)).toEqual([["deliveries", "events"]]);
    const sample =
      'import type { A } from "../events/a";\nimport { cookies } from "next/headers";\nimport {\n  b,\n} from "@/lib/db";\n';
    expect(importsOf("x.ts", sample)).toEqual([
      { file: "x.ts", specifier: "../events/a", typeOnly: true },
      { file: "x.ts", specifier: "next/headers", typeOnly: false },
      { file: "x.ts", specifier: "@/lib/db", typeOnly: false },
    ]);
  });
});
