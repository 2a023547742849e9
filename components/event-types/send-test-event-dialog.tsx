"use client";
// Publishes one event of this type through the real API, so every subscribed connector gets a delivery; the
// answer says how many were queued and which could not render (and why), and links to them.
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { publishEventSchema } from "@/lib/events/schema";
import { jsonText } from "../forms/json-text";
import { showServerError } from "../forms/show-server-error";
import { usePublishEvent } from "../event-log/use-publish-event";
import { Button, ButtonLink } from "../ui/button";
import { Dialog } from "../ui/dialog";
import { Field } from "../ui/field";
import { prettyJson } from "../ui/format-json";
import { Textarea } from "../ui/textarea";
import type { PublishAnswer } from "../event-log/events-api";
import { PublishOutcome } from "../event-log/publish-outcome";
import type { EventTypeRow } from "./api-client";
import { DialogActions } from "../ui/dialog-actions";

/** "an order.paid event", "a lead.created event": the article follows the key's first sound, read as a word. */
function indefiniteArticle(word: string) {
  return /^[aeiou]/i.test(word) ? "an" : "a";
}

const payloadFormSchema = z.object({ payload: jsonText({}).pipe(publishEventSchema.shape.payload) });
type PayloadFormValues = z.input<typeof payloadFormSchema>;
type PayloadFormOutput = z.output<typeof payloadFormSchema>;

export function SendTestEventDialog({ eventType, onClose }: { eventType: EventTypeRow | null; onClose: () => void }) {
  return (
    <Dialog
      open={eventType !== null}
      onClose={onClose}
      title="Send test event"
      description={
        <>
          Publishes {indefiniteArticle(eventType?.key ?? "")}{" "}
          <span className="font-mono text-slate-700">{eventType?.key}</span> event to every connector subscribed to it.
        </>
      }
      className="max-w-2xl"
    >
      {/* Mounted per opening (the dialog renders its content only while open), so each opening starts fresh. */}
      {eventType && <SendTestEventBody eventType={eventType} onClose={onClose} />}
    </Dialog>
  );
}

function SendTestEventBody({ eventType, onClose }: { eventType: EventTypeRow; onClose: () => void }) {
  const publish = usePublishEvent();
  const [sent, setSent] = useState<PublishAnswer | null>(null);
  const form = useForm<PayloadFormValues, unknown, PayloadFormOutput>({
    resolver: zodResolver(payloadFormSchema),
    defaultValues: { payload: prettyJson(eventType.samplePayload ?? {}) },
    mode: "onChange",
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(({ payload }) =>
    publish.mutate(
      { type: eventType.key, payload },
      {
        onSuccess: (result) => setSent(result),
        onError: (error) => showServerError(error, form.setError, ["payload"]),
      },
    ),
  );

  return sent ? (
    <div className="space-y-5">
      <PublishOutcome answer={sent} />
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={() => setSent(null)}>
          Send another
        </Button>
        <ButtonLink variant="secondary" href={`/events/${sent.id}`}>
          View event
        </ButtonLink>
        {sent.deliveries > 0 && <ButtonLink href={`/deliveries?eventId=${sent.id}`}>View deliveries</ButtonLink>}
      </div>
    </div>
  ) : (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <Field
        label="Payload (JSON)"
        error={errors.payload?.message}
        hint="Prefilled from the sample payload; edit it freely."
      >
        <Textarea rows={12} spellCheck={false} {...form.register("payload")} />
      </Field>
      <DialogActions onCancel={onClose} submitLabel="Send event" pending={publish.isPending} />
    </form>
  );
}
