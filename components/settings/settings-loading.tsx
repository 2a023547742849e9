import type { UseQueryResult } from "@tanstack/react-query";
import { Card, CardBody } from "../ui/card";

/** What a settings tab shows before its data arrives, or when it could not be read. */
export function SettingsLoading({ query }: { query: Pick<UseQueryResult, "isError" | "error"> }) {
  return (
    <Card>
      <CardBody>
        {query.isError ? (
          <p role="alert" className="text-sm text-red-700">
            {query.error?.message ?? "Could not load the settings"}
          </p>
        ) : (
          <p className="text-sm text-slate-500">Loading…</p>
        )}
      </CardBody>
    </Card>
  );
}
