"use client";
import { TableMessage } from "../ui/table-states";
import { Card } from "../ui/card";
import { EventSettingsForm } from "./event-settings-form";
import { SigningSecretCard } from "./signing-secret-card";
import { SubscriptionsEditor } from "./subscriptions-editor";
import { useEventSettings } from "./use-event-settings";
import { useSubscriptions } from "./use-subscriptions";

export function EventsPanel({ connectorId, canWrite }: { connectorId: string; canWrite: boolean }) {
  const subscriptions = useSubscriptions(connectorId);
  const settings = useEventSettings(connectorId);

  return (
    // items-start: the signing-secret card (with its snippets) is much taller than the settings form beside it.
    <div className="grid items-start gap-6 lg:grid-cols-2">
      <div className="lg:col-span-2">
        {subscriptions.isSuccess ? (
          <SubscriptionsEditor connectorId={connectorId} initial={subscriptions.data} canWrite={canWrite} />
        ) : (
          <Card>
            <TableMessage tone={subscriptions.isError ? "error" : "muted"}>
              {subscriptions.isError
                ? `Could not load subscriptions: ${subscriptions.error.message}`
                : "Loading subscriptions…"}
            </TableMessage>
          </Card>
        )}
      </div>
      {settings.isSuccess ? (
        <>
          <EventSettingsForm connectorId={connectorId} settings={settings.data} canWrite={canWrite} />
          <SigningSecretCard connectorId={connectorId} settings={settings.data} canWrite={canWrite} />
        </>
      ) : (
        <Card>
          <TableMessage tone={settings.isError ? "error" : "muted"}>
            {settings.isError
              ? `Could not load delivery settings: ${settings.error.message}`
              : "Loading delivery settings…"}
          </TableMessage>
        </Card>
      )}
    </div>
  );
}
