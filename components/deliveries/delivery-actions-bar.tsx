"use client";
import { useState } from "react";
import { showServerError } from "../forms/show-server-error";
import { useCanWrite } from "../shell/viewer-context";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { toast } from "../ui/toast";
import type { DeliveryDetail } from "../event-log/deliveries-api";
import { useCancelDelivery } from "./use-cancel-delivery";
import { useRetryDelivery } from "./use-retry-delivery";

// The API's rules (lib/delivery/delivery-actions.ts): queued work cannot be retried, finished work cannot be cancelled.
const RETRYABLE = new Set(["failed", "dead", "cancelled", "succeeded", "template_error"]);
const CANCELLABLE = new Set(["pending", "failed"]);

export function DeliveryActionsBar({ delivery }: { delivery: DeliveryDetail }) {
  const canWrite = useCanWrite();
  const retry = useRetryDelivery();
  const cancel = useCancelDelivery();
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  if (!canWrite) return null;

  return (
    <>
      {CANCELLABLE.has(delivery.status) && (
        <Button variant="secondary" onClick={() => setConfirmingCancel(true)}>
          Cancel delivery
        </Button>
      )}
      {RETRYABLE.has(delivery.status) && (
        <Button
          // A succeeded delivery may be sent again, but that is the exception, not the next step.
          variant={delivery.status === "succeeded" ? "secondary" : "primary"}
          loading={retry.isPending}
          onClick={() =>
            retry.mutate(delivery.id, {
              onSuccess: () => toast.success("Queued: the delivery is being sent again"),
              onError: (error) => showServerError(error),
            })
          }
        >
          Retry now
        </Button>
      )}
      <ConfirmDialog
        open={confirmingCancel}
        title="Cancel this delivery?"
        description="No further attempts will be made. You can still retry it by hand later."
        confirmLabel="Cancel delivery"
        closeLabel="Keep it"
        pending={cancel.isPending}
        onConfirm={() =>
          cancel.mutate(delivery.id, {
            onSuccess: () => {
              toast.success("Delivery cancelled");
              setConfirmingCancel(false);
            },
            onError: (error) => showServerError(error),
          })
        }
        onClose={() => setConfirmingCancel(false)}
      />
    </>
  );
}
