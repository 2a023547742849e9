"use client";
// The delivery's attempts on a vertical timeline, newest at the top, with the next scheduled attempt above them
// while the delivery is still waiting to be retried.
import { RelativeTime } from "../ui/relative-time";
import { TableMessage } from "../ui/table-states";
import type { DeliveryDetail } from "../event-log/deliveries-api";
import { AttemptCard } from "./attempt-card";

function Marker({ tone }: { tone: "green" | "red" | "indigo" }) {
  const colours = { green: "bg-emerald-500", red: "bg-red-500", indigo: "bg-surface ring-2 ring-indigo-500" };
  return (
    <span
      aria-hidden
      className={`absolute top-4 -left-[calc(0.75rem+5px)] size-2.5 rounded-full ring-4 ring-slate-50 ${colours[tone]}`}
    />
  );
}

const finished = new Set<DeliveryDetail["status"]>(["succeeded", "dead", "cancelled", "template_error"]);

/** Why the timeline is empty: a finished delivery never sent says what stopped it, instead of promising a worker. */
function noAttemptMessage(delivery: DeliveryDetail) {
  if (!finished.has(delivery.status)) return "No attempt yet: a worker picks the delivery up within seconds.";
  const reason = delivery.lastError?.message;
  return `No attempt was made: nothing was sent${reason ? ` (${reason})` : ""}.`;
}

export function AttemptTimeline({ delivery }: { delivery: DeliveryDetail }) {
  const attempts = [...delivery.attempts].reverse();
  const waiting = delivery.nextAttemptAt !== null && (delivery.status === "pending" || delivery.status === "failed");
  const later = Math.max(delivery.retry.remainingAttempts - 1, 0);
  if (attempts.length === 0 && !waiting) {
    return <TableMessage>{noAttemptMessage(delivery)}</TableMessage>;
  }
  return (
    <ol aria-label="Attempts, newest first" className="ml-3 space-y-4 border-l-2 border-slate-200 pl-3">
      {waiting && (
        <li className="relative" data-testid="timeline-next">
          <Marker tone="indigo" />
          <div className="rounded-lg border border-dashed border-indigo-300 bg-indigo-50/50 px-5 py-3 text-sm">
            <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <span className="font-semibold text-slate-900">Attempt {delivery.attemptCount + 1}</span>
              <span className="text-indigo-800">
                Scheduled <RelativeTime value={delivery.nextAttemptAt} />
              </span>
            </p>
            {later > 0 && (
              <p className="mt-1 text-slate-600">
                {later === 1 ? "Then 1 more attempt" : `Then up to ${later} more attempts`} if it keeps failing (see the
                retry schedule).
              </p>
            )}
          </div>
        </li>
      )}
      {attempts.map((attempt, index) => (
        <li key={attempt.id} className="relative">
          <Marker tone={attempt.succeeded ? "green" : "red"} />
          <AttemptCard attempt={attempt} expanded={index === 0} />
        </li>
      ))}
    </ol>
  );
}
