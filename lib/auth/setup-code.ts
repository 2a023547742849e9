// Who may create the first administrator. While no user exists, /setup hands the whole instance to whoever fills
// it in first, so on a server others can reach it also asks for a setup code that only the operator sees: the one
// `npm start` prints in its console. The code is derived from the secret key and this installation's workspace
// (HMAC), so every process of one installation prints and accepts the same code without storing it, and it is
// worthless once the first administrator exists (setup then closes for good).
import { createHmac } from "node:crypto";
import { AppError } from "../core/errors";
import { secretKey } from "../crypto/secret-key";
import { safeEqual } from "../crypto/tokens";
import { env } from "../env";
import { defaultWorkspaceId } from "../workspaces/default-workspace";
import { isSetupComplete } from "./users";

const LOOPBACK_NAMES = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);
// Crockford's base32: no I, L, O or U, so the code survives being read aloud or retyped.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

const isLoopbackName = (name: string) => LOOPBACK_NAMES.has(name.toLowerCase()) || /^127(\.\d{1,3}){3}$/.test(name);

/**
 * The code is needed unless only this machine can be talking to the server: it listens on loopback (HOSTNAME),
 * no reverse proxy was declared in front of it (SWITCHBOARD_TRUST_PROXY), and the request is addressed to a loopback
 * name (a page that rebinds its own DNS name to 127.0.0.1 still sends its name in Host).
 */
export function setupCodeRequired(requestHost: string | null): boolean {
  const config = env();
  if (!isLoopbackName(config.HOSTNAME) || config.SWITCHBOARD_TRUST_PROXY) return true;
  return !requestHost || !isLoopbackName(hostName(requestHost));
}

/** 80 bits as four groups of four characters, e.g. `7KQ2-M9XD-…`. */
export async function setupCode(): Promise<string> {
  const digest = createHmac("sha256", secretKey())
    .update(`switchboard first-admin setup:${await defaultWorkspaceId()}`)
    .digest();
  let bits = 0n;
  for (const byte of digest.subarray(0, 10)) bits = (bits << 8n) | BigInt(byte);
  let code = "";
  for (let i = 0; i < 16; i += 1) code = ALPHABET[Number((bits >> BigInt(5 * i)) & 31n)] + code;
  return code.match(/.{4}/g)!.join("-");
}

/** What the server prints at start while setup is open; null once an administrator exists. */
export async function setupCodeAnnouncement(url: string): Promise<string | null> {
  if (await isSetupComplete()) return null;
  const exception = setupCodeRequired("localhost") ? "" : " (not asked on this machine through http://localhost)";
  return `no administrator yet: create one at ${url}/setup with the setup code ${await setupCode()}${exception}`;
}

/** Refuses setup when the code is needed and missing or wrong; a finished setup is left to say so itself. */
export async function assertSetupCode(presented: string | undefined, requestHost: string | null): Promise<void> {
  if (!setupCodeRequired(requestHost) || (await isSetupComplete())) return;
  const normalized = (presented ?? "").toUpperCase().replace(/[\s-]/g, "");
  if (!normalized) throw setupCodeError("Enter the setup code printed in the server's console");
  if (!safeEqual(normalized, (await setupCode()).replace(/-/g, ""))) {
    throw setupCodeError("That is not the setup code printed in the server's console");
  }
}

function setupCodeError(message: string): AppError {
  return new AppError("forbidden", message, [{ path: "setupCode", message }]);
}

function hostName(host: string): string {
  try {
    return new URL(`http://${host}`).hostname;
  } catch {
    return "";
  }
}
