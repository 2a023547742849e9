// The trigger API's answers as the browser sees them (dates are ISO strings).
import type { TRIGGER_AUTH_TYPES, TRIGGER_METHODS } from "@/lib/triggers/schema";

export type TriggerAuthType = (typeof TRIGGER_AUTH_TYPES)[number];
export type TriggerMethod = (typeof TRIGGER_METHODS)[number];

export interface TriggerActionDto {
  id: string;
  connectorId: string;
  connectorName: string;
  connectorEnabled: boolean;
  bodyTemplate: string | null;
}

export interface TriggerDto {
  id: string;
  name: string;
  slug: string;
  enabled: boolean;
  authType: TriggerAuthType;
  secret: string;
  previousSecretExpiresAt: string | null;
  headerVariable: string;
  bodyVariable: string;
  maxBodyBytes: number;
  rateLimit: { count: number; windowMs: number } | null;
  allowedMethods: TriggerMethod[];
  actions: TriggerActionDto[];
  url: string;
  idUrl: string;
  lastEventAt: string | null;
  lastResponseStatus: number | null;
  createdAt: string;
  updatedAt: string;
}

/** Create and rotate answer with the clear secret, the one time it leaves the server. */
export type TriggerWithSecret = TriggerDto & { secret: string };

export interface RevealedTriggerKey {
  secret: string;
  previousSecret: string | null;
  previousSecretExpiresAt: string | null;
}

export interface TestTriggerResult {
  status: number;
  answer: unknown;
  event: {
    id: string;
    body: unknown;
    headers: Record<string, string>;
    verification: string | null;
    responseStatus: number | null;
    deliveries: { id: string; connectorId: string; status: string; connector: { name: string } }[];
  } | null;
}

export interface TriggerEventRow {
  id: string;
  method: string | null;
  responseStatus: number | null;
  verification: string | null;
  sizeBytes: number;
  receivedAt: string;
  _count: { deliveries: number };
}
