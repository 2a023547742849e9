// Moved to lib/network/network-settings.ts (the one owner of the allowlist setting). This alias stays only for
// importers being moved by parallel work (lib/delivery/connector-runtime.ts, lib/connectors/run-connector.ts,
// lib/connectors/preview-connector.ts) and tests/api/settings.test.ts; delete it once they import lib/network.
export { outboundAllowlist } from "../network/network-settings";
