"use client";
import { useInfiniteQuery } from "@tanstack/react-query";
import { auditApi, type AuditFilters } from "./api-client";
import { auditKeys } from "./query-keys";

export function useAuditLog(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: auditKeys.list(filters),
    queryFn: ({ pageParam, signal }) => auditApi.list(filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
