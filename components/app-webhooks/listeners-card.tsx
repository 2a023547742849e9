"use client";
import Link from "next/link";
import { useState } from "react";
import { showServerError } from "../forms/show-server-error";
import { useCanWrite } from "../shell/viewer-context";
import { Badge } from "../ui/badge";
import { Button } from "../ui/button";
import { Card, CardHeader } from "../ui/card";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { TableMessage } from "../ui/table-states";
import { toast } from "../ui/toast";
import { ListenerFormDialog } from "./listener-form-dialog";
import type { AppListenerDto } from "./types";
import { useAppListeners } from "./use-app-listeners";
import { useDeleteAppListener } from "./use-delete-app-listener";

/** Listeners: named sets of connectors that app webhooks run by naming them in `action`. */
export function ListenersCard() {
  const canWrite = useCanWrite();
  const listeners = useAppListeners();
  const remove = useDeleteAppListener();
  const [editing, setEditing] = useState<AppListenerDto | "new" | null>(null);
  const [deleting, setDeleting] = useState<AppListenerDto | null>(null);

  return (
    <Card>
      <CardHeader
        title="Listeners"
        description="A listener is a named set of connectors. Triggering a webhook calls the connectors of the listener its action names."
        actions={
          canWrite && (
            <Button variant="secondary" onClick={() => setEditing("new")}>
              New listener
            </Button>
          )
        }
      />
      {listeners.isPending ? (
        <TableMessage>Loading listeners…</TableMessage>
      ) : listeners.isError ? (
        <TableMessage tone="error">Could not load listeners: {listeners.error.message}</TableMessage>
      ) : listeners.data.length === 0 ? (
        <TableMessage>No listeners yet: triggering a webhook stores the event and calls nothing.</TableMessage>
      ) : (
        <ul className="divide-y divide-slate-100">
          {listeners.data.map((listener) => (
            <li
              key={listener.id}
              data-testid="listener-row"
              className="flex flex-col gap-3 px-5 py-4 sm:flex-row sm:items-start sm:justify-between"
            >
              <div className="min-w-0">
                <p className="font-mono text-sm font-medium text-slate-900">{listener.name}</p>
                {listener.description && <p className="mt-0.5 text-sm text-slate-600">{listener.description}</p>}
                <ol className="mt-2 flex flex-wrap gap-2 text-xs">
                  {listener.actions.length === 0 && <li className="text-slate-500">No connectors</li>}
                  {listener.actions.map((action, index) => (
                    <li key={action.id}>
                      <Link href={`/connectors/${action.connectorId}`} className="hover:underline">
                        <Badge tone={action.connectorEnabled ? "indigo" : "amber"}>
                          {index + 1}. {action.connectorName}
                          {action.bodyTemplate ? " · template" : ""}
                          {action.connectorEnabled ? "" : " · disabled"}
                        </Badge>
                      </Link>
                    </li>
                  ))}
                </ol>
              </div>
              {canWrite && (
                <div className="flex shrink-0 gap-1">
                  <Button
                    size="sm"
                    variant="ghost"
                    onClick={() => setEditing(listener)}
                    aria-label={`Edit listener ${listener.name}`}
                  >
                    Edit
                  </Button>
                  <Button
                    size="sm"
                    variant="danger-ghost"
                    onClick={() => setDeleting(listener)}
                    aria-label={`Delete listener ${listener.name}`}
                  >
                    Delete
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <ListenerFormDialog
        open={editing !== null}
        listener={editing === "new" || editing === null ? undefined : editing}
        onClose={() => setEditing(null)}
      />
      <ConfirmDialog
        open={deleting !== null}
        title="Delete listener?"
        description={`Webhooks with action “${deleting?.name}” will store their events but call nothing.`}
        confirmLabel="Delete listener"
        pending={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting.id, {
            onSuccess: () => {
              toast.success("Listener deleted");
              setDeleting(null);
            },
            onError: (error) => showServerError(error),
          })
        }
      />
    </Card>
  );
}
