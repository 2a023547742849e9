"use client";
import { Button } from "../ui/button";
import { Dialog } from "../ui/dialog";
import { formatDate } from "../ui/format-date";
import { AttemptView } from "./attempt-view";
import { DeliveryStatusBadge } from "./delivery-status-badge";
import { deliveryKindLabels } from "./labels";
import type { DeliveryDto } from "./types";
import { LinkedMessage } from "../ui/linked-message";

/** One delivery from History with every attempt's request and response. */
export function DeliveryDialog({ delivery, onClose }: { delivery: DeliveryDto | null; onClose: () => void }) {
  return (
    <Dialog
      open={delivery !== null}
      onClose={onClose}
      className="sm:max-w-3xl"
      title={
        delivery ? `${deliveryKindLabels[delivery.kind] ?? delivery.kind} · ${formatDate(delivery.createdAt)}` : ""
      }
      description={delivery && <span className="font-mono text-xs">{delivery.messageId}</span>}
      footer={
        <Button variant="secondary" onClick={onClose}>
          Close
        </Button>
      }
    >
      {delivery && (
        <div className="space-y-6">
          <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
            <DeliveryStatusBadge status={delivery.status} />
            {delivery.attemptCount} attempt{delivery.attemptCount === 1 ? "" : "s"}
            {delivery.lastError && (
              <span className="text-red-700">
                · <LinkedMessage text={delivery.lastError.message} />
              </span>
            )}
          </p>
          {delivery.attempts.length === 0 && <p className="text-sm text-slate-500">No attempt has been made yet.</p>}
          {delivery.attempts.map((attempt) => (
            <div key={attempt.id} className="space-y-2 border-t border-slate-200 pt-4">
              <h3 className="text-base font-semibold text-slate-900">Attempt {attempt.number}</h3>
              <AttemptView attempt={attempt} />
            </div>
          ))}
        </div>
      )}
    </Dialog>
  );
}
