// tests/support/fast-path-server.ts as a child process (the production server's own listener, without `next
// build`): for tests that need a second app process on the test database.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..", "..");

export interface FastPathProcess {
  child: ChildProcess;
  base: string;
  output: () => string;
  stop: () => Promise<void>;
}

export async function startFastPathProcess(env: Record<string, string>, timeoutMs = 90_000): Promise<FastPathProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/support/fast-path-server.ts"], {
    cwd: root,
    env: { ...process.env, SWITCHBOARD_WORKERS: "0", SWITCHBOARD_LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stderr!.on("data", (chunk) => (output += chunk));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`app did not start:\n${output}`)), timeoutMs);
    child.stdout!.on("data", (chunk) => {
      output += chunk;
      const match = /listening on (\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`app exited with ${code}:\n${output}`));
    });
  });
  child.removeAllListeners("exit");
  return {
    child,
    base: `http://127.0.0.1:${port}`,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
