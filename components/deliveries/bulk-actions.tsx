"use client";
// "Retry all matching" / "Cancel all matching" for the Deliveries list's current filters and search. Choosing one
// first asks the server how many deliveries it would change (a dry run) and shows that number in the confirmation;
// nothing changes until it is confirmed.
import { useState } from "react";
import { showServerError } from "../forms/show-server-error";
import type { BulkAction, DeliveryFilters } from "../event-log/deliveries-api";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { toast } from "../ui/toast";
import { useBulkDeliveryAction } from "./use-bulk-delivery-action";

/** `keep`: the dialog's way out; "Cancel" beside "Cancel 3 deliveries" would read as either. */
const wording: Record<BulkAction, { verb: string; done: string; takes: string; keep: string }> = {
  retry: {
    verb: "Retry",
    done: "queued to be sent again",
    takes: "failed, dead, cancelled and unrenderable",
    keep: "Cancel",
  },
  cancel: { verb: "Cancel", done: "cancelled", takes: "pending and failed", keep: "Keep them" },
};

const plural = (count: number) => `${count.toLocaleString("en")} ${count === 1 ? "delivery" : "deliveries"}`;

export function BulkActions({ filters }: { filters: DeliveryFilters }) {
  const [chosen, setChosen] = useState<BulkAction | null>(null);
  const dryRun = useBulkDeliveryAction();
  const run = useBulkDeliveryAction();
  const count = dryRun.data && dryRun.data.action === chosen ? dryRun.data.count : null;

  function choose(action: BulkAction) {
    setChosen(action);
    dryRun.mutate({ action, dryRun: true, filter: filters }, { onError: (error) => showServerError(error) });
  }

  function close() {
    setChosen(null);
    dryRun.reset();
  }

  function confirm() {
    if (!chosen) return;
    run.mutate(
      { action: chosen, dryRun: false, filter: filters },
      {
        onSuccess: (answer) => {
          toast.success(`${plural(answer.count)} ${wording[answer.action].done}`);
          close();
        },
        onError: (error) => showServerError(error),
      },
    );
  }

  const words = chosen ? wording[chosen] : null;
  return (
    <div className="flex flex-wrap gap-2">
      <Button variant="secondary" size="sm" onClick={() => choose("retry")}>
        Retry all matching…
      </Button>
      <Button variant="secondary" size="sm" onClick={() => choose("cancel")}>
        Cancel all matching…
      </Button>
      <ConfirmDialog
        open={chosen !== null}
        title={words ? `${words.verb} all matching deliveries?` : ""}
        description={
          words &&
          (count === null ? (
            <p>Counting the deliveries this search and these filters match…</p>
          ) : (
            <p data-testid="bulk-count">
              {count === 0
                ? `No ${words.takes} delivery matches this search and these filters: nothing to ${words.verb.toLowerCase()}.`
                : `${words.verb} ${plural(count)} (the ${words.takes} ones this search and these filters match)?`}
            </p>
          ))
        }
        confirmLabel={words ? `${words.verb} ${count ? plural(count) : "deliveries"}` : ""}
        closeLabel={words?.keep}
        pending={run.isPending}
        confirmDisabled={!count}
        tone={chosen === "retry" ? "primary" : "danger"}
        onConfirm={confirm}
        onClose={close}
      />
    </div>
  );
}
