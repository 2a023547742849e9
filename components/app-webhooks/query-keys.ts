export const appWebhookKeys = {
  all: ["app-webhooks"] as const,
  lists: () => [...appWebhookKeys.all, "list"] as const,
};

export const appListenerKeys = {
  all: ["app-listeners"] as const,
  lists: () => [...appListenerKeys.all, "list"] as const,
};
