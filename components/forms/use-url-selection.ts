"use client";
// The selected row of a list lives in the URL (?selected=<id>) like its filters (use-url-filters.ts), so a
// selection survives a reload and can be shared. It is written with the native history API, which Next's router
// follows (useSearchParams updates with it): arrow keys move the selection many times a second, and each move
// through the router would cost a server round trip. Replaced, not pushed: walking a list is not history.
import { usePathname, useSearchParams } from "next/navigation";
import { useCallback } from "react";

export const SELECTED_PARAM = "selected";

export function useUrlSelection() {
  // Nullable in the types once a pages/ directory exists (the inbound receive routes); never null under app/.
  const searchParams = useSearchParams();
  const pathname = usePathname() ?? "/";
  const selected = searchParams?.get(SELECTED_PARAM) || null;

  const select = useCallback(
    (id: string | null) => {
      // Read from the address bar, not the render: two moves before a re-render must not lose the first one's
      // other parameters (filters changed meanwhile).
      const params = new URLSearchParams(window.location.search);
      if (id) params.set(SELECTED_PARAM, id);
      else params.delete(SELECTED_PARAM);
      const query = params.toString();
      // null state: Next's router adds its own and syncs useSearchParams (given its state, it would not sync).
      window.history.replaceState(null, "", `${pathname}${query ? `?${query}` : ""}${window.location.hash}`);
    },
    [pathname],
  );

  return { selected, select };
}
