// "Check an address": resolves a URL's host the way the outbound guard does and says, per address, whether the
// guard would let a connection through and why. It only looks up DNS; it never connects.
import { lookup } from "node:dns/promises";
import { envAllowlist } from "../env";
import { checkAddress, describeAddress, isIpLiteral, parseAllowlist } from "../http/ssrf";
import { AppError } from "../core/errors";
import type { AddressCheck } from "./schema";

export async function checkUrl(url: string, workspaceAllowlist: readonly string[]): Promise<AddressCheck> {
  const parsed = new URL(url);
  const host = parsed.hostname.replace(/^\[|\]$/g, "");
  // The allowlist can be bound to ports: judge the port the call would use.
  const port = Number(parsed.port) || (parsed.protocol === "https:" ? 443 : 80);
  let addresses: string[];
  if (isIpLiteral(host)) {
    addresses = [host];
  } else {
    try {
      addresses = (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);
    } catch {
      throw new AppError("validation_failed", `${host} does not resolve (DNS lookup failed)`, [
        { path: "url", message: `${host} does not resolve` },
      ]);
    }
  }
  const workspace = parseAllowlist(workspaceAllowlist);
  const fromEnv = parseAllowlist(envAllowlist());
  const combined = parseAllowlist([...workspaceAllowlist, ...envAllowlist()]);
  return {
    host,
    addresses: addresses.map((address) => {
      const described = describeAddress(address);
      if (!described) return { address, allowed: false, reason: `${address} is not a valid IP address` };
      const { shown, blocked } = described;
      if (!blocked) return { address, allowed: true, reason: `${shown} is a public address` };
      const what = `${shown} is ${blocked.name} (${blocked.range})`;
      if (!checkAddress(address, host, combined, port).allowed) {
        return {
          address,
          allowed: false,
          reason: `${what}: blocked — add it or its host to the allowlist to allow it`,
        };
      }
      const source = checkAddress(address, host, workspace, port).allowed
        ? "the allowlist in Settings → Network"
        : checkAddress(address, host, fromEnv, port).allowed
          ? "SWITCHBOARD_ALLOW_PRIVATE"
          : "the allowlist";
      return { address, allowed: true, reason: `${what}, allowed by ${source}` };
    }),
  };
}
