"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { showServerError } from "../forms/show-server-error";
import { Button, ButtonLink } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { toast } from "../ui/toast";
import type { ConnectorDto } from "./types";
import { useDeleteConnector } from "./use-delete-connector";

/** Edit and Delete (after confirming) for admins. */
export function ConnectorActions({ connector }: { connector: ConnectorDto }) {
  const router = useRouter();
  const remove = useDeleteConnector();
  const [confirming, setConfirming] = useState(false);

  return (
    <>
      <ButtonLink href={`/connectors/${connector.id}/edit`} variant="secondary">
        Edit
      </ButtonLink>
      <Button variant="danger-ghost" onClick={() => setConfirming(true)}>
        Delete
      </Button>
      <ConfirmDialog
        open={confirming}
        title="Delete this connector?"
        description={
          <>
            <strong className="font-semibold text-slate-900">{connector.name}</strong> and its subscriptions are
            removed; pending deliveries to it stop. This cannot be undone.
          </>
        }
        confirmLabel="Delete connector"
        pending={remove.isPending}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          remove.mutate(connector.id, {
            onSuccess: () => {
              toast.success(`Deleted ${connector.name}`);
              router.push("/connectors");
            },
            onError: (error) => {
              setConfirming(false);
              showServerError(error);
            },
          })
        }
      />
    </>
  );
}
