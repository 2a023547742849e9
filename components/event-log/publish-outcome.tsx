// What a publish did, told truthfully: how many deliveries were queued, and each connector that could not render
// the payload with the variables it is missing (those deliveries are template_error: fix the connector, retry).
import Link from "next/link";
import { CheckIcon } from "../ui/icons";
import type { PublishAnswer } from "./events-api";

export function PublishOutcome({ answer }: { answer: PublishAnswer }) {
  const queued = answer.queued ?? answer.deliveries;
  const unrenderable = answer.unrenderable ?? [];
  return (
    <div className="space-y-3">
      <div
        role="status"
        className={
          unrenderable.length > 0
            ? "flex gap-3 rounded-md bg-amber-50 px-4 py-3 text-sm text-amber-900 ring-1 ring-amber-200"
            : "flex gap-3 rounded-md bg-emerald-50 px-4 py-3 text-sm text-emerald-900 ring-1 ring-emerald-200"
        }
      >
        <CheckIcon className="mt-0.5 size-4 shrink-0" />
        <div>
          <p className="font-medium" data-testid="publish-queued">
            Queued {queued} {queued === 1 ? "delivery" : "deliveries"}
            {unrenderable.length > 0 && `; ${unrenderable.length} could not render`}
          </p>
          <p className="mt-0.5">
            {answer.deliveries === 0
              ? "No connector subscribes to this event type yet: the event is stored, but nothing was delivered."
              : queued > 0
                ? "Each queued delivery is on its way; watch it on the Deliveries page."
                : "Nothing was sent."}
          </p>
        </div>
      </div>
      {unrenderable.length > 0 && (
        <ul className="space-y-2 text-sm" data-testid="publish-unrenderable">
          {unrenderable.map((item) => (
            <li key={item.deliveryId} className="rounded-md bg-red-50 px-4 py-3 text-red-900 ring-1 ring-red-200">
              <Link href={`/connectors/${item.connectorId}`} className="font-medium underline">
                {item.connectorName}
              </Link>
              : {item.message}.{" "}
              <Link href={`/deliveries/${item.deliveryId}`} className="underline">
                Delivery (template error)
              </Link>{" "}
              can be retried once the connector is fixed.
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
