// The outbound HTTP executor: import from here.
export { executeRequest } from "./execute-request";
export { statusText } from "./status-text";
export * from "./types";
export { USER_AGENT, setDefaultUserAgent } from "./user-agent";
