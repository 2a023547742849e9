"use client";
// The one time a trigger's key or secret is shown in clear: after create and after rotate. For a shared key the
// full URL with ?key= is ready to copy; for signature presets the secret goes into the provider's settings.
import { Button } from "../ui/button";
import { CopyButton } from "../ui/code-block";
import { Dialog } from "../ui/dialog";
import { AlertIcon } from "../ui/icons";
import { authPresets } from "./auth-presets";
import { urlWithKey } from "./caller-examples";
import type { TriggerWithSecret } from "./types";

interface SecretShownDialogProps {
  trigger: TriggerWithSecret | null;
  title: string;
  closeLabel: string;
  onClose: () => void;
}

export function SecretShownDialog({ trigger, title, closeLabel, onClose }: SecretShownDialogProps) {
  const sharedKey = trigger?.authType === "shared_key";
  return (
    <Dialog
      open={trigger !== null}
      onClose={onClose}
      title={title}
      description={trigger ? `Copy the ${sharedKey ? "key" : "secret"} of “${trigger.name}” now.` : undefined}
      footer={<Button onClick={onClose}>{closeLabel}</Button>}
      className="max-w-2xl"
    >
      {trigger && (
        <div className="space-y-4">
          <div className="flex gap-3 rounded-md bg-amber-50 px-3 py-2.5 text-sm text-amber-900 ring-1 ring-amber-200">
            <AlertIcon className="mt-0.5 size-4 shrink-0 text-amber-700" />
            <p>
              This is the only time the {sharedKey ? "key" : "secret"} is shown here. It is stored encrypted; an admin
              can reveal it later from the trigger page (audited), or rotate it.
            </p>
          </div>
          <SecretLine
            label={sharedKey ? "Shared key" : `${authPresets[trigger.authType].short} secret`}
            copyLabel={sharedKey ? "Copy key" : "Copy secret"}
            value={trigger.secret}
            testId="trigger-secret"
          />
          <SecretLine
            label={sharedKey ? "URL with key" : "URL"}
            copyLabel="Copy URL"
            value={sharedKey ? urlWithKey(trigger.url, trigger.secret) : trigger.url}
            testId="trigger-url-with-key"
          />
          {!sharedKey && <p className="text-sm text-slate-600">{authPresets[trigger.authType].setup?.join(" ")}</p>}
        </div>
      )}
    </Dialog>
  );
}

function SecretLine({
  label,
  copyLabel,
  value,
  testId,
}: {
  label: string;
  copyLabel: string;
  value: string;
  testId: string;
}) {
  return (
    <div>
      <p className="mb-1 text-xs font-medium tracking-wide text-slate-500 uppercase">{label}</p>
      <div className="always-dark flex items-center gap-2 rounded-lg bg-slate-900 p-3">
        <code data-testid={testId} className="min-w-0 flex-1 font-mono text-xs break-all text-slate-100">
          {value}
        </code>
        <CopyButton value={value} label={copyLabel} />
      </div>
    </div>
  );
}
