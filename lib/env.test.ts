// SWITCHBOARD_ALLOW_PRIVATE takes the same entries as Settings → Network, ports included, and a bad entry stops the
// server at start-up naming that entry, instead of being read as a host name that never matches.
import { afterEach, describe, expect, it } from "vitest";
import { env, envAllowlist, resetEnvCache } from "./env";

const saved = process.env.SWITCHBOARD_ALLOW_PRIVATE;

afterEach(() => {
  if (saved === undefined) delete process.env.SWITCHBOARD_ALLOW_PRIVATE;
  else process.env.SWITCHBOARD_ALLOW_PRIVATE = saved;
  resetEnvCache();
});

describe("SWITCHBOARD_ALLOW_PRIVATE", () => {
  it("accepts hosts, addresses and ranges with or without ports", () => {
    process.env.SWITCHBOARD_ALLOW_PRIVATE = "127.0.0.1:8080, [::1]:9000 10.0.0.0/8:8000-8999,crm.lan,fc00::/7";
    resetEnvCache();
    expect(envAllowlist()).toEqual(["127.0.0.1:8080", "[::1]:9000", "10.0.0.0/8:8000-8999", "crm.lan", "fc00::/7"]);
  });

  it("refuses each bad entry with its own message", () => {
    process.env.SWITCHBOARD_ALLOW_PRIVATE = "127.0.0.1:0,10.0.0.0/33,crm.lan";
    resetEnvCache();
    expect(() => env()).toThrow(
      "Invalid configuration:\n  SWITCHBOARD_ALLOW_PRIVATE: 127.0.0.1:0: the port must be 1–65535\n  SWITCHBOARD_ALLOW_PRIVATE: 10.0.0.0/33 is not a valid CIDR (address/prefix, e.g. 10.0.0.0/8)",
    );
  });
});
