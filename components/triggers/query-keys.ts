export const triggerKeys = {
  all: ["triggers"] as const,
  lists: () => [...triggerKeys.all, "list"] as const,
  details: () => [...triggerKeys.all, "detail"] as const,
  detail: (id: string) => [...triggerKeys.details(), id] as const,
  events: (id: string) => [...triggerKeys.detail(id), "events"] as const,
};
