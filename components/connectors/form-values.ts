// Between the API's connector and the form: what the form starts from, and what it sends. The form edits the
// schema's own input shape (timeoutMs included; the field shows seconds) so zodResolver checks exactly what the
// server will check.
import { DEFAULT_TIMEOUT_MS, type ConnectorFormValues, type UpdateConnectorInput } from "@/lib/connectors/schema";
import type { ConnectorDto } from "./types";

export type { ConnectorFormValues };
export type AuthType = NonNullable<ConnectorFormValues["auth"]>["type"];
type AuthValues = NonNullable<ConnectorFormValues["auth"]>;

export const emptyConnectorValues: ConnectorFormValues = {
  name: "",
  description: "",
  url: "",
  method: "POST",
  bodyType: "json",
  bodyTemplate: "",
  auth: { type: "none" },
  headers: [],
  queryParams: [],
  timeoutMs: DEFAULT_TIMEOUT_MS,
  followRedirects: false,
  enabled: true,
  notifyOnFailure: false,
};

function authFromDto(auth: ConnectorDto["auth"]): AuthValues {
  switch (auth.type) {
    case "basic":
      return { type: "basic", username: auth.username, password: auth.password };
    case "bearer":
      return { type: "bearer", token: auth.token };
    case "custom_header":
      return { type: "custom_header", name: auth.name, value: auth.value };
    default:
      return { type: auth.type };
  }
}

export function connectorToFormValues(connector: ConnectorDto): ConnectorFormValues {
  return {
    name: connector.name,
    description: connector.description,
    url: connector.url,
    method: connector.method as ConnectorFormValues["method"],
    bodyType: connector.bodyType as ConnectorFormValues["bodyType"],
    bodyTemplate: connector.bodyTemplate ?? "",
    auth: authFromDto(connector.auth),
    headers: connector.headers.map((header) => ({ name: header.name, value: header.value, secret: header.secret })),
    queryParams: connector.queryParams.map((param) => ({ name: param.name, value: param.value, secret: param.secret })),
    timeoutMs: connector.timeoutMs,
    followRedirects: connector.followRedirects,
    enabled: connector.enabled,
    notifyOnFailure: connector.notifyOnFailure,
  };
}

/** Fresh auth values for a newly picked type; going back to the saved type restores it (with its masked secret). */
export function authForType(type: AuthType, saved: AuthValues | undefined): AuthValues {
  if (saved && saved.type === type) return saved;
  switch (type) {
    case "basic":
      return { type, username: "", password: "" };
    case "bearer":
      return { type, token: "" };
    case "custom_header":
      return { type, name: "", value: "" };
    default:
      return { type };
  }
}

/** What goes over the wire: an empty body editor, or a body type without a body, means no template. */
export function toConnectorPayload(values: UpdateConnectorInput): UpdateConnectorInput {
  const bodyTemplate = values.bodyType === "none" || !values.bodyTemplate?.trim() ? null : values.bodyTemplate;
  return { ...values, bodyTemplate };
}
