"use client";
// The list's search and filters live in the URL (?q=&enabled=&authType=) so a filtered view can be shared and
// survives a reload; this reads them and writes changes back with router.replace (no history entry per key).
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import type { ConnectorListFilters } from "./types";

export function useListFilters() {
  // Nullable in Next's types for Pages Router compatibility; always set under the App Router.
  const searchParams = useSearchParams();
  const router = useRouter();
  const pathname = usePathname() ?? "/connectors";

  const filters = useMemo<ConnectorListFilters>(() => {
    const enabled = searchParams?.get("enabled");
    return {
      q: searchParams?.get("q") ?? undefined,
      enabled: enabled === "true" || enabled === "false" ? enabled : undefined,
      authType: searchParams?.get("authType") ?? undefined,
    };
  }, [searchParams]);

  const setFilter = useCallback(
    (key: keyof ConnectorListFilters, value: string) => {
      const next = new URLSearchParams(searchParams?.toString());
      if (value) next.set(key, value);
      else next.delete(key);
      const query = next.toString();
      router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
    },
    [searchParams, router, pathname],
  );

  const active = Boolean(filters.q || filters.enabled || filters.authType);
  return { filters, setFilter, active };
}
