// The outbound HTTP executor: import from here. The SSRF rule itself is ./ssrf.ts (pure, also bundled into the
// browser's allowlist form, so that import stays direct); the connect-time hook is ./guarded-agent.ts.
export { BlockedAddressError } from "./blocked-address-error";
export { executeRequest } from "./execute-request";
export { resolveGuarded } from "./resolve-guarded";
export { statusText } from "./status-text";
export * from "./types";
export { USER_AGENT, setDefaultUserAgent } from "./user-agent";
