"use client";
// Rotate: a new key or secret now, the old one accepted for a grace period so callers can switch without loss.
import { useState } from "react";
import { showServerError } from "../forms/show-server-error";
import { Button } from "../ui/button";
import { Dialog } from "../ui/dialog";
import { Field } from "../ui/field";
import { Select } from "../ui/select";
import { SecretShownDialog } from "./secret-shown-dialog";
import type { TriggerDto, TriggerWithSecret } from "./types";
import { useRotateTriggerKey } from "./use-rotate-trigger-key";

const graceOptions = [
  { seconds: 0, label: "None: the old key stops now" },
  { seconds: 3600, label: "1 hour" },
  { seconds: 24 * 3600, label: "24 hours" },
  { seconds: 7 * 24 * 3600, label: "7 days" },
];

export function RotateKeyDialog({
  trigger,
  open,
  onClose,
}: {
  trigger: TriggerDto;
  open: boolean;
  onClose: () => void;
}) {
  const rotate = useRotateTriggerKey();
  const [graceSeconds, setGraceSeconds] = useState(24 * 3600);
  const [rotated, setRotated] = useState<TriggerWithSecret | null>(null);
  const noun = trigger.authType === "shared_key" ? "key" : "secret";

  const onRotate = () =>
    rotate.mutate(
      { id: trigger.id, graceSeconds },
      {
        onSuccess: (result) => {
          onClose();
          setRotated(result);
        },
        onError: (error) => showServerError(error),
      },
    );

  return (
    <>
      <Dialog
        open={open}
        onClose={onClose}
        title={`Rotate ${noun}?`}
        description={`A new ${noun} is generated and shown once. Callers must switch to it.`}
        footer={
          <>
            <Button variant="secondary" onClick={onClose}>
              Cancel
            </Button>
            <Button loading={rotate.isPending} onClick={onRotate}>
              Rotate {noun}
            </Button>
          </>
        }
      >
        <Field label={`Keep accepting the old ${noun} for`}>
          <Select value={graceSeconds} onChange={(event) => setGraceSeconds(Number(event.target.value))}>
            {graceOptions.map((option) => (
              <option key={option.seconds} value={option.seconds}>
                {option.label}
              </option>
            ))}
          </Select>
        </Field>
      </Dialog>
      <SecretShownDialog trigger={rotated} title={`New ${noun}`} closeLabel="Done" onClose={() => setRotated(null)} />
    </>
  );
}
