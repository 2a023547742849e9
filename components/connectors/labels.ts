// Display names for the connector enums.
export const authTypeLabels: Record<string, string> = {
  none: "None",
  basic: "Basic",
  bearer: "Bearer token",
  app_secret: "App secret",
  custom_header: "Custom header",
};

export const bodyTypeLabels: Record<string, string> = {
  json: "JSON",
  text: "Plain text",
  form: "Form (x-www-form-urlencoded)",
  none: "No body",
};

export const deliveryKindLabels: Record<string, string> = {
  test: "Test",
  manual: "Execution",
  event: "Event",
  trigger_action: "Trigger",
};
