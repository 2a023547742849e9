"use client";
// What a detail or edit page shows before its object is loaded, or when it could not be: one card, with a way back.
import Link from "next/link";
import { Card } from "./card";
import { TableMessage } from "./table-states";

interface ResourceQuery {
  isPending: boolean;
  isError: boolean;
  error: Error | null;
}

/** Renders the loading or error card for `query`, or null once the data is there. */
export function ResourceState({
  query,
  noun,
  back,
}: {
  query: ResourceQuery;
  noun: string;
  back: { href: string; label: string };
}) {
  if (query.isPending) {
    return (
      <Card>
        <TableMessage>Loading {noun}…</TableMessage>
      </Card>
    );
  }
  if (query.isError) {
    return (
      <Card>
        <TableMessage tone="error">
          {query.error?.message}.{" "}
          <Link href={back.href} className="font-medium underline">
            Back to {back.label}
          </Link>
        </TableMessage>
      </Card>
    );
  }
  return null;
}
