"use client";
// The footer of a paged list: one button that fetches the next page, shown while there is one.
import { Button } from "./button";

/** The part of a TanStack infinite query this footer needs. */
interface NextPage {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

export function LoadMore({ query, label = "Load more" }: { query: NextPage; label?: string }) {
  if (!query.hasNextPage) return null;
  return (
    <div className="border-t border-slate-200 px-5 py-3 text-center">
      <Button
        variant="secondary"
        size="sm"
        loading={query.isFetchingNextPage}
        onClick={() => void query.fetchNextPage()}
      >
        {label}
      </Button>
    </div>
  );
}
