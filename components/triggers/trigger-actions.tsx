"use client";
// The admin's buttons on a trigger page: edit, rotate the key, delete (after confirming).
import { useRouter } from "next/navigation";
import { useState } from "react";
import { showServerError } from "../forms/show-server-error";
import { Button, ButtonLink } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { toast } from "../ui/toast";
import { RotateKeyDialog } from "./rotate-key-dialog";
import type { TriggerDto } from "./types";
import { useDeleteTrigger } from "./use-delete-trigger";

export function TriggerActions({ trigger }: { trigger: TriggerDto }) {
  const router = useRouter();
  const remove = useDeleteTrigger();
  const [dialog, setDialog] = useState<"rotate" | "delete" | null>(null);
  const close = () => setDialog(null);

  return (
    <div className="flex flex-wrap gap-2">
      <ButtonLink href={`/triggers/${trigger.id}/edit`} variant="secondary">
        Edit
      </ButtonLink>
      <Button variant="secondary" onClick={() => setDialog("rotate")}>
        Rotate {trigger.authType === "shared_key" ? "key" : "secret"}
      </Button>
      <Button variant="danger-ghost" onClick={() => setDialog("delete")}>
        Delete
      </Button>
      <RotateKeyDialog trigger={trigger} open={dialog === "rotate"} onClose={close} />
      <ConfirmDialog
        open={dialog === "delete"}
        title="Delete trigger?"
        description={`“${trigger.name}” stops answering at once (404). Its stored events stay.`}
        confirmLabel="Delete trigger"
        pending={remove.isPending}
        onClose={close}
        onConfirm={() =>
          remove.mutate(trigger.id, {
            onSuccess: () => {
              toast.success("Trigger deleted");
              router.push("/triggers");
            },
            onError: (error) => showServerError(error),
          })
        }
      />
    </div>
  );
}
