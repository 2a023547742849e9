// DATABASE_DIRECT_URL: session-level work goes to it when set (a pooler in DATABASE_URL), to DATABASE_URL when not,
// and statements through a pooler are never named; a malformed value stops start-up naming the variable.
import { afterEach, describe, expect, it } from "vitest";
import { env, resetEnvCache } from "../env";
import { directConnectionString, statementName } from "./pool";

const saved = { url: process.env.DATABASE_URL, direct: process.env.DATABASE_DIRECT_URL };

function configure(url: string, direct?: string) {
  process.env.DATABASE_URL = url;
  if (direct === undefined) delete process.env.DATABASE_DIRECT_URL;
  else process.env.DATABASE_DIRECT_URL = direct;
  resetEnvCache();
}

afterEach(() => {
  for (const [name, value] of [
    ["DATABASE_URL", saved.url],
    ["DATABASE_DIRECT_URL", saved.direct],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  resetEnvCache();
});

describe("DATABASE_DIRECT_URL", () => {
  it("without it, DATABASE_URL is direct: LISTEN and locks use it, statements may be named", () => {
    configure("postgresql://app@db:5432/switchboard");
    expect(directConnectionString()).toBe("postgresql://app@db:5432/switchboard");
    expect(statementName("store-events-3")).toBe("store-events-3");
  });

  it("with it, session-level work bypasses the pooler and pooled statements are unnamed", () => {
    configure("postgresql://app@pgbouncer:6432/switchboard", "postgresql://app@db:5432/switchboard");
    expect(directConnectionString()).toBe("postgresql://app@db:5432/switchboard");
    expect(statementName("store-events-3")).toBeUndefined();
  });

  it("refuses a value that is not a postgresql:// URL", () => {
    configure("postgresql://app@db:5432/switchboard", "db:5432");
    expect(() => env()).toThrow("DATABASE_DIRECT_URL: must be a postgresql:// connection URL");
  });
});
