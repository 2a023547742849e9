import type { AuditFilters } from "./api-client";

export const auditKeys = {
  all: ["audit-log"] as const,
  lists: () => [...auditKeys.all, "list"] as const,
  list: (filters: AuditFilters) => [...auditKeys.lists(), filters] as const,
};
