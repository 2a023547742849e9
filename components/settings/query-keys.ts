export const settingsKeys = {
  all: ["settings"] as const,
  workspace: () => [...settingsKeys.all, "workspace"] as const,
  network: () => [...settingsKeys.all, "network"] as const,
  email: () => [...settingsKeys.all, "email"] as const,
  retention: () => [...settingsKeys.all, "retention"] as const,
};
