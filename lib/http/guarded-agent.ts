// The undici dispatcher every outbound call goes through. The SSRF check runs inside the connector: IP literals
// are judged before the socket is created, host names inside `lookup` on the addresses DNS returned, which are the
// addresses the socket then connects to (no second lookup to rebind between check and use). The allowlist can be
// bound to ports, so every check is made for the port being connected to.
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from "node:dns";
import { Agent, buildConnector } from "undici";
import { BlockedAddressError } from "./blocked-address-error";
import { parseIp } from "./ip-address";
import { checkAddress, parseAllowlist, type Allowlist } from "./ssrf";

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** Resolves every address of a name, as dns.lookup with `all: true` does. Tests inject one to answer as they need. */
export type Resolver = (
  hostname: string,
  options: LookupOptions & { all: true },
  callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void;

const systemResolver: Resolver = (hostname, options, callback) => dnsLookup(hostname, options, callback);

/** The `lookup` hook a socket uses: resolves, then refuses the name when any answer is blocked for `port`. */
export function guardedLookup(allowlist: Allowlist, port: number, resolve: Resolver = systemResolver) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback) => {
    resolve(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      // Strict: one blocked answer blocks the name, so a mixed public/private answer cannot be used to reach inside.
      for (const { address } of addresses) {
        const verdict = checkAddress(address, hostname, allowlist, port);
        if (!verdict.allowed) return callback(new BlockedAddressError(verdict.address, verdict.message), []);
      }
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first)
        return callback(Object.assign(new Error(`DNS lookup failed for ${hostname}`), { code: "ENOTFOUND" }), []);
      callback(null, first.address, first.family);
    });
  };
}

function createGuardedAgent(allowlist: Allowlist, resolve: Resolver): Agent {
  const connectTimeoutMs = 60_000;
  // net.connect's lookup hook is not told the port, so one connector per port carries it (a handful in practice).
  const connectors = new Map<number, buildConnector.connector>();
  const connectorFor = (port: number) => {
    let connector = connectors.get(port);
    if (!connector) {
      connector = buildConnector({ lookup: guardedLookup(allowlist, port, resolve), timeout: connectTimeoutMs });
      connectors.set(port, connector);
    }
    return connector;
  };
  return new Agent({
    connect: (options, callback) => {
      const hostname = options.hostname.replace(/^\[|\]$/g, "");
      const port = Number(options.port) || (options.protocol === "https:" ? 443 : 80);
      // Node's net.connect skips `lookup` for IP literals, so they are judged here.
      if (parseIp(hostname)) {
        const verdict = checkAddress(hostname, hostname, allowlist, port);
        if (!verdict.allowed) return callback(new BlockedAddressError(verdict.address, verdict.message), null);
      }
      connectorFor(port)(options, callback);
    },
    // The executor owns timeouts (one overall deadline); these only stop undici's own shorter defaults.
    headersTimeout: 0,
    bodyTimeout: 0,
    keepAliveTimeout: 4_000,
  });
}

// One agent per distinct allowlist, so pooled connections are only reused under the policy that admitted them.
const agents = new Map<string, Agent>();
const MAX_AGENTS = 16;

export function guardedAgent(allowlistEntries: readonly string[], resolve?: Resolver): Agent {
  // An injected resolver (tests) gets an agent of its own, never shared with or cached for real lookups.
  if (resolve) return createGuardedAgent(parseAllowlist(allowlistEntries), resolve);
  const key = [...allowlistEntries]
    .map((entry) => entry.trim().toLowerCase())
    .sort()
    .join(",");
  const existing = agents.get(key);
  if (existing) return existing;
  if (agents.size >= MAX_AGENTS) {
    const [oldestKey, oldest] = agents.entries().next().value as [string, Agent];
    agents.delete(oldestKey);
    void oldest.close();
  }
  const agent = createGuardedAgent(parseAllowlist(allowlistEntries), systemResolver);
  agents.set(key, agent);
  return agent;
}
