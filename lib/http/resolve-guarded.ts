// For outbound connections that do not go through undici (SMTP): resolve a host once, judged by the same guard and
// allowlist as connector calls, and hand back the address to connect to. The caller connects to that address and
// nothing else, so a second lookup cannot rebind the name between the check and the connection.
import { BlockedAddressError } from "./blocked-address-error";
import { guardedLookup, type Resolver } from "./guarded-agent";
import { parseIp } from "./ip-address";
import { checkAddress, parseAllowlist } from "./ssrf";

/** Throws BlockedAddressError (nothing connected) or the DNS error; resolves to an IP literal. */
export function resolveGuarded(
  hostname: string,
  port: number,
  allowlistEntries: readonly string[],
  resolve?: Resolver,
): Promise<string> {
  const host = hostname.replace(/^\[|\]$/g, "");
  const allowlist = parseAllowlist(allowlistEntries);
  if (parseIp(host)) {
    const verdict = checkAddress(host, host, allowlist, port);
    return verdict.allowed
      ? Promise.resolve(host)
      : Promise.reject(new BlockedAddressError(verdict.address, verdict.message));
  }
  return new Promise((resolvePromise, reject) => {
    guardedLookup(allowlist, port, resolve)(host, {}, (error, address) => {
      if (error) reject(error);
      else resolvePromise(address as string);
    });
  });
}
