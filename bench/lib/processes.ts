// Child processes for benchmarks: the real app server, worker processes, sinks and the load generator, each in
// its own process so that none of them borrows the measured process's event loop.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "..", "..");

export interface Child {
  process: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

export function startChild(
  script: string,
  args: string[],
  env: Record<string, string>,
  readyText: string,
  timeoutMs = 300_000,
  /** Options for node itself (e.g. --cpu-prof, which NODE_OPTIONS does not accept). */
  nodeArgs: string[] = [],
): Promise<Child> {
  // node with tsx's loader rather than the tsx CLI, whose second process would outlive a SIGKILL.
  const child = spawn(process.execPath, [...nodeArgs, "--import", "tsx", script, ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    if (output.length > 200_000) output = output.slice(-100_000);
  };
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not get ready:\n${output}`)), timeoutMs);
    const onData = () => {
      if (!output.includes(readyText)) return;
      clearTimeout(timer);
      child.stdout!.off("data", onData);
      resolve({
        process: child,
        output: () => output,
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once("exit", () => done());
            child.kill("SIGTERM");
            setTimeout(() => child.kill("SIGKILL"), 20_000).unref();
          }),
      });
    };
    child.stdout!.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with ${code}:\n${output}`));
    });
  });
}

export interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  "2xx": number;
  duration: number;
}

/** Runs the autocannon CLI (its own process) and returns its JSON summary. */
export function autocannon(args: string[]): Promise<AutocannonResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(root, "node_modules", ".bin", "autocannon"), ["--json", ...args], { cwd: root });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("exit", (code) => {
      try {
        resolve(JSON.parse(stdout) as AutocannonResult);
      } catch {
        reject(new Error(`autocannon failed (${code}): ${stderr}`));
      }
    });
  });
}
