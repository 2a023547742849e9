// The app webhook and listener answers as the browser sees them (dates are ISO strings).
export interface AppWebhookDto {
  uuid: string;
  action: string;
  props: Record<string, unknown>;
  environment_id: number;
  user_id: string | null;
  createdAt: string;
  triggerUrl: string;
  listener: { id: string; name: string; actions: number } | null;
  /** Requests stored for it, accepted or refused. */
  eventCount: number;
  lastTriggeredAt: string | null;
}

export interface AppListenerDto {
  id: string;
  name: string;
  description: string;
  actions: {
    id: string;
    connectorId: string;
    connectorName: string;
    connectorEnabled: boolean;
    bodyTemplate: string | null;
  }[];
  createdAt: string;
  updatedAt: string;
}
