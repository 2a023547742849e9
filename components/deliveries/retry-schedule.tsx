"use client";
// The connector's retry schedule beside the timeline: which attempt goes out how long after the one before, which
// were made, which one is next and which are still to come. The numbers come from the API (lib/delivery's
// schedule), never from a copy here.
import { Card, CardBody, CardHeader } from "../ui/card";
import { RelativeTime } from "../ui/relative-time";
import type { DeliveryDetail } from "../event-log/deliveries-api";
import { formatDelay } from "./format-delay";
import { plural } from "../ui/plural";

type StepState = "succeeded" | "failed" | "next" | "planned" | "unused";

const stateLabel: Record<StepState, string> = {
  succeeded: "Succeeded",
  failed: "Failed",
  next: "Next",
  planned: "Planned",
  unused: "Not needed",
};

const stateClasses: Record<StepState, string> = {
  succeeded: "text-emerald-700",
  failed: "text-red-700",
  next: "font-semibold text-indigo-700",
  planned: "text-slate-600",
  unused: "text-slate-500",
};

export function RetrySchedule({ delivery }: { delivery: DeliveryDetail }) {
  const { schedule, jitter, remainingAttempts } = delivery.retry;
  const made = new Map(delivery.attempts.map((attempt) => [attempt.number, attempt]));
  const next = delivery.attemptCount + 1;
  const last = delivery.attemptCount + remainingAttempts;
  const stateOf = (attempt: number): StepState => {
    const done = made.get(attempt);
    if (done) return done.succeeded ? "succeeded" : "failed";
    if (remainingAttempts > 0 && attempt === next) return "next";
    if (attempt > next && attempt <= last) return "planned";
    return "unused";
  };
  return (
    <Card>
      <CardHeader
        title="Retry schedule"
        description={`${plural(schedule.length, "attempt")}; each wait may move by ±${Math.round(jitter * 100)} %. A 429 or 503 with Retry-After waits as long as it asks.`}
      />
      <CardBody className="px-0 py-0">
        <ol className="divide-y divide-slate-100 text-sm" aria-label="Retry schedule">
          {schedule.map((step) => {
            const state = stateOf(step.attempt);
            return (
              <li
                key={step.attempt}
                data-testid="schedule-step"
                data-state={state}
                className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-0.5 px-5 py-2"
              >
                <span className="text-slate-900">
                  Attempt {step.attempt}{" "}
                  <span className="text-slate-500">
                    {step.attempt === 1
                      ? "· right away"
                      : `· ${formatDelay(step.delaySeconds)} after attempt ${step.attempt - 1}`}
                  </span>
                </span>
                <span className={stateClasses[state]}>
                  {state === "next" && delivery.nextAttemptAt ? (
                    <>
                      Next, <RelativeTime value={delivery.nextAttemptAt} />
                    </>
                  ) : (
                    stateLabel[state]
                  )}
                </span>
              </li>
            );
          })}
        </ol>
      </CardBody>
    </Card>
  );
}
