// When a connector needs attention on the Overview, and why, in one sentence: disabled (by hand or by Switchboard),
// failing right now, deliveries that died in the range, or a success rate under the threshold. The first reason
// that holds is the one shown; the count on the "Need attention" tile is the number of connectors with a reason.

/** Under this share of succeeded deliveries (of those judged in the range) a connector needs attention. */
export const SUCCESS_RATE_THRESHOLD = 0.9;

export interface ConnectorAttentionInput {
  enabled: boolean;
  /** Set only when Switchboard disabled the connector itself (e.g. the receiver answered 410). */
  disabledReason: string | null;
  failingSince: Date | null;
  /** Deliveries that died (or could not render) in the range. */
  dead: number;
  /** Succeeded of succeeded + failed + dead in the range; null when nothing was judged. */
  successRate: number | null;
}

export function connectorAttention(connector: ConnectorAttentionInput): string | null {
  if (!connector.enabled) {
    return connector.disabledReason ? `Auto-disabled: ${connector.disabledReason}` : "Disabled by hand";
  }
  if (connector.failingSince) return `Failing since ${connector.failingSince.toISOString()}`;
  if (connector.dead > 0)
    return `${connector.dead} dead ${connector.dead === 1 ? "delivery" : "deliveries"} in the range`;
  if (connector.successRate !== null && connector.successRate < SUCCESS_RATE_THRESHOLD) {
    return `Success rate ${Math.round(connector.successRate * 100)} %, under ${SUCCESS_RATE_THRESHOLD * 100} %`;
  }
  return null;
}
