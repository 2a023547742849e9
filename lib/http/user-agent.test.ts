import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SWITCHBOARD_VERSION, USER_AGENT, setDefaultUserAgent } from "./user-agent";

describe("setDefaultUserAgent", () => {
  it("names the package's version", () => {
    const pkg = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "..", "..", "package.json"), "utf8")) as {
      version: string;
    };
    expect(SWITCHBOARD_VERSION).toBe(pkg.version);
    expect(USER_AGENT).toBe(`Switchboard/${pkg.version}`);
  });

  it("adds the default and keeps one the caller set, whatever its case", () => {
    const plain: Record<string, string> = { Accept: "*/*" };
    setDefaultUserAgent(plain);
    expect(plain).toEqual({ Accept: "*/*", "User-Agent": USER_AGENT });
    const own: Record<string, string> = { "user-agent": "crm-bot/2" };
    setDefaultUserAgent(own);
    expect(own).toEqual({ "user-agent": "crm-bot/2" });
  });
});
