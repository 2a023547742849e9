// Writes a benchmark's figures to bench/results/<name>-<date>.json and a short Markdown summary beside it;
// BENCH_RESULTS_DIR elsewhere (exploratory runs on a loaded machine that must not replace the recorded figures).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { root } from "./processes";

export function writeResults(name: string, results: Record<string, unknown>, summary: string[]) {
  const dir = process.env.BENCH_RESULTS_DIR || path.join(root, "bench", "results");
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().slice(0, 10);
  writeFileSync(path.join(dir, `${name}-${stamp}.json`), JSON.stringify(results, null, 2) + "\n");
  writeFileSync(path.join(dir, `${name}-${stamp}.md`), [`# ${name} (${stamp})`, "", ...summary, ""].join("\n"));
  console.log(summary.join("\n"));
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
