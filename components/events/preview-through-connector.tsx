"use client";
// On an event's page: render this event through any connector and show the exact request, without sending it.
import { useState } from "react";
import { PreviewResult } from "../connectors/preview-result";
import { useConnectors } from "../connectors/use-connectors";
import { usePreviewConnector } from "../connectors/use-preview-connector";
import { Button } from "../ui/button";
import { Card, CardBody, CardHeader } from "../ui/card";
import { Field } from "../ui/field";
import { Select } from "../ui/select";
import { toast } from "../ui/toast";

export function PreviewThroughConnector({ eventId }: { eventId: string }) {
  const connectors = useConnectors({});
  const preview = usePreviewConnector();
  const [connectorId, setConnectorId] = useState("");
  const rows = connectors.data?.pages.flatMap((page) => page.data) ?? [];

  return (
    <Card>
      <CardHeader
        title="Preview through a connector"
        description="The exact request a connector would send for this event. Nothing is sent."
      />
      <CardBody className="space-y-4">
        <div className="flex flex-wrap items-end gap-3">
          <div className="min-w-64">
            <Field label="Connector">
              <Select value={connectorId} onChange={(event) => setConnectorId(event.target.value)}>
                <option value="">Choose a connector…</option>
                {rows.map((connector) => (
                  <option key={connector.id} value={connector.id}>
                    {connector.name}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <Button
            variant="secondary"
            disabled={!connectorId}
            loading={preview.isPending}
            onClick={() =>
              preview.mutate(
                { id: connectorId, input: { eventId } },
                { onError: (error) => toast.error(error.message) },
              )
            }
          >
            Preview
          </Button>
        </div>
        {preview.data && !preview.isPending && <PreviewResult preview={preview.data} />}
      </CardBody>
    </Card>
  );
}
