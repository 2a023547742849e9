"use client";
// Preview on a connector: render an event type's sample payload or a stored event through this connector and
// show the exact request, without sending anything.
import { useState } from "react";
import { Button } from "../ui/button";
import { Card, CardBody, CardHeader } from "../ui/card";
import { Field } from "../ui/field";
import { Input } from "../ui/input";
import { Select } from "../ui/select";
import { toast } from "../ui/toast";
import { PreviewResult } from "./preview-result";
import { useEventTypeOptions } from "./use-event-type-options";
import { usePreviewConnector } from "./use-preview-connector";
import { VariableModelNote } from "./variable-picker";

export function PreviewPanel({ connectorId }: { connectorId: string }) {
  const options = useEventTypeOptions("");
  const preview = usePreviewConnector();
  const [eventTypeId, setEventTypeId] = useState("");
  const [eventId, setEventId] = useState("");
  const withSamples = (options.data ?? []).filter(
    (option) => option.samplePayload !== null && option.samplePayload !== undefined,
  );

  function run() {
    const chosen = withSamples.find((option) => option.id === eventTypeId);
    const input = eventId.trim()
      ? { eventId: eventId.trim() }
      : chosen
        ? { payload: chosen.samplePayload, eventType: chosen.key }
        : null;
    if (!input) return toast.error("Choose an event type's sample or enter a stored event's id");
    preview.mutate({ id: connectorId, input }, { onError: (error) => toast.error(error.message) });
  }

  return (
    <div className="space-y-6">
      <Card>
        <CardHeader
          title="Preview"
          description="Render a sample or a stored event through this connector. Nothing is sent."
        />
        <CardBody className="space-y-4">
          <VariableModelNote />
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label="Sample of event type">
              <Select value={eventTypeId} onChange={(event) => setEventTypeId(event.target.value)}>
                <option value="">
                  {withSamples.length === 0 ? "No event type has a sample payload" : "Choose an event type…"}
                </option>
                {withSamples.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.key}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="Or a stored event's id" hint="From the Events page; takes precedence over the sample.">
              <Input
                value={eventId}
                onChange={(event) => setEventId(event.target.value)}
                className="font-mono"
                placeholder="0190…"
              />
            </Field>
          </div>
          <Button loading={preview.isPending} onClick={run}>
            Preview request
          </Button>
        </CardBody>
      </Card>
      {preview.data && !preview.isPending && (
        <Card>
          <CardHeader title="Request" />
          <CardBody>
            <PreviewResult preview={preview.data} />
          </CardBody>
        </Card>
      )}
    </div>
  );
}
