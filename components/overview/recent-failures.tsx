"use client";
import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import type { Overview } from "@/lib/overview/schema";
import { useRetryDelivery } from "../deliveries/use-retry-delivery";
import { showServerError } from "../forms/show-server-error";
import { Badge } from "../ui/badge";
import { Button } from "../ui/button";
import { Card, CardHeader } from "../ui/card";
import { RelativeTime } from "../ui/relative-time";
import { toast } from "../ui/toast";
import { overviewKeys } from "./query-keys";

export function RecentFailures({ failures, canRetry }: { failures: Overview["recentFailures"]; canRetry: boolean }) {
  const retry = useRetryDelivery();
  const queryClient = useQueryClient();
  return (
    <Card>
      <CardHeader
        title="Recent failures"
        description="Failed, dead and unrenderable (template error) deliveries, newest first"
      />
      {failures.length === 0 ? (
        <p className="px-5 py-6 text-sm text-slate-500">No failures in this range.</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {failures.map((failure) => (
            <li key={failure.id} className="flex flex-col gap-2 px-5 py-3 sm:flex-row sm:items-center">
              <div className="min-w-0 flex-1">
                <div className="flex items-center gap-2">
                  <Badge tone={failure.status === "failed" ? "amber" : "red"}>{failure.status.replace("_", " ")}</Badge>
                  <Link
                    href={`/deliveries/${failure.id}`}
                    className="truncate text-sm font-medium text-slate-900 hover:text-indigo-700"
                  >
                    {failure.connectorName}
                  </Link>
                </div>
                <p className="mt-1 truncate text-xs text-slate-500">
                  {[
                    failureReason(failure),
                    `${failure.attemptCount} ${failure.attemptCount === 1 ? "attempt" : "attempts"}`,
                  ]
                    .filter(Boolean)
                    .join(" · ")}{" "}
                  · <RelativeTime value={failure.updatedAt} />
                </p>
              </div>
              {canRetry && (
                <Button
                  size="sm"
                  variant="secondary"
                  loading={retry.isPending && retry.variables === failure.id}
                  onClick={() =>
                    retry.mutate(failure.id, {
                      onSuccess: () => {
                        toast.success(`Retrying the delivery to ${failure.connectorName}`);
                        void queryClient.invalidateQueries({ queryKey: overviewKeys.all });
                      },
                      onError: (error) => showServerError(error),
                    })
                  }
                >
                  Retry<span className="sr-only"> delivery to {failure.connectorName}</span>
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** The error message when there is one (it already names the HTTP status for http_* errors), else the status. */
function failureReason(failure: {
  lastStatus: number | null;
  lastErrorMessage: string | null;
  lastErrorCode: string | null;
}) {
  return (
    failure.lastErrorMessage ?? failure.lastErrorCode ?? (failure.lastStatus ? `HTTP ${failure.lastStatus}` : null)
  );
}
