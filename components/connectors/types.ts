// What the connector endpoints answer, as the browser receives it (JSON: dates are ISO strings). The server-side
// shapes are imported as types only, so no server code reaches the bundle.
import type { ConnectorDto } from "@/lib/connectors/serialize-connector";
import type { AttemptDto, DeliveryDto } from "@/lib/connectors/connector-history";
import type { RunResponse } from "@/lib/delivery/execute-connector";
import type { PreviewResponse } from "@/lib/delivery/preview-delivery";
import type { TemplateWarning } from "@/lib/connectors/template-warnings";
import type { SubscriptionFilter } from "@/lib/subscriptions/schema";

export type {
  AttemptDto,
  ConnectorDto,
  DeliveryDto,
  PreviewResponse,
  RunResponse,
  SubscriptionFilter,
  TemplateWarning,
};

/** A connector as pickers and filters list it (a trigger action's target, the deliveries filter). */
export type ConnectorOption = Pick<ConnectorDto, "id" | "name" | "enabled" | "method" | "url">;

export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

export interface ConnectorListFilters {
  q?: string;
  enabled?: "true" | "false";
  authType?: string;
}

export interface EventSettings {
  notifyOnFailure: boolean;
  rateLimit: { count: number; windowMs: number } | null;
  retrySchedule: number[] | null;
  signingSecret: string | null;
  hasSigningSecret: boolean;
  previousSigningSecretExpiresAt: string | null;
}

export interface SubscriptionRow {
  id: string;
  eventTypeId: string;
  filter: SubscriptionFilter | null;
  eventType: { id: string; key: string; code: number | null; archivedAt: string | null };
}

export interface EventTypeOption {
  id: string;
  key: string;
  code: number | null;
  description: string;
  samplePayload: unknown;
}
