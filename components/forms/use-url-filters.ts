"use client";
// List filters live in the URL, so a filtered view can be shared, bookmarked and survives a reload.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback } from "react";

export function useUrlFilters<K extends string>(names: readonly K[]) {
  // Nullable in the types once a pages/ directory exists (the inbound receive routes); never null under app/.
  const searchParams = useSearchParams();
  const router = useRouter();
  const pathname = usePathname() ?? "/";

  const values = Object.fromEntries(names.map((name) => [name, searchParams?.get(name) ?? ""])) as Record<K, string>;

  const setFilters = useCallback(
    (changes: Partial<Record<K, string | null>>) => {
      const next = new URLSearchParams(searchParams?.toString());
      for (const [name, value] of Object.entries(changes) as [K, string | null | undefined][]) {
        if (value) next.set(name, value);
        else next.delete(name);
      }
      const query = next.toString();
      router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
    },
    [searchParams, router, pathname],
  );

  const clear = useCallback(() => router.replace(pathname, { scroll: false }), [router, pathname]);
  const active = names.some((name) => values[name] !== "");

  return { values, setFilters, clear, active };
}
