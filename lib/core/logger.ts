// Structured logs on stdout. Values under keys that look like secrets are replaced before anything is written.
// The threshold comes from the configuration (lib/env.ts registers it): the kernel imports nothing above it.

const levels = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const;
type Level = Exclude<keyof typeof levels, "silent">;
export type LogLevel = keyof typeof levels;

let levelSource: () => LogLevel = () => "info";

/** Where the logger reads its threshold from, on every write (so a changed configuration applies at once). */
export function readLogLevelFrom(source: () => LogLevel): void {
  levelSource = source;
}

const SECRET_KEY = /pass(word)?|secret|token|authorization|cookie|api[-_]?key|shared[-_]?key|signature/i;

function redact(value: unknown, depth = 0): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  if (depth > 5 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, SECRET_KEY.test(key) ? "[redacted]" : redact(item, depth + 1)]),
  );
}

function write(level: Level, message: string, fields?: Record<string, unknown>) {
  let threshold: number;
  try {
    threshold = levels[levelSource()];
  } catch {
    threshold = levels.info;
  }
  if (levels[level] < threshold) return;
  const line = JSON.stringify({ time: new Date().toISOString(), level, message, ...(redact(fields ?? {}) as object) });
  (level === "error" || level === "warn" ? process.stderr : process.stdout).write(line + "\n");
}

export const logger = {
  debug: (message: string, fields?: Record<string, unknown>) => write("debug", message, fields),
  info: (message: string, fields?: Record<string, unknown>) => write("info", message, fields),
  warn: (message: string, fields?: Record<string, unknown>) => write("warn", message, fields),
  error: (message: string, fields?: Record<string, unknown>) => write("error", message, fields),
};
