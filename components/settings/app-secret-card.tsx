"use client";
import { useState } from "react";
import { SECRET_MASK } from "@/lib/crypto/secret-mask";
import { showServerError } from "../forms/show-server-error";
import { useCanWrite } from "../shell/viewer-context";
import { Button } from "../ui/button";
import { Card, CardBody, CardHeader } from "../ui/card";
import { CodeBlock } from "../ui/code-block";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { Dialog } from "../ui/dialog";
import { useRevealAppSecret } from "./use-reveal-app-secret";
import { useRotateAppSecret } from "./use-rotate-app-secret";

/** The workspace app secret: masked; admins reveal it (audited) or rotate it (the new value is shown once). */
export function AppSecretCard({ configured }: { configured: boolean }) {
  const canWrite = useCanWrite();
  const reveal = useRevealAppSecret();
  const rotate = useRotateAppSecret();
  const [shown, setShown] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [rotated, setRotated] = useState<string | null>(null);

  function doReveal() {
    reveal.mutate(undefined, {
      onSuccess: ({ appSecret }) => setShown(appSecret),
      onError: (error) => showServerError(error),
    });
  }
  function doRotate() {
    rotate.mutate(undefined, {
      onSuccess: ({ appSecret }) => {
        setConfirming(false);
        setShown(null);
        setRotated(appSecret);
      },
      onError: (error) => showServerError(error),
    });
  }

  return (
    <Card>
      <CardHeader
        title="App secret"
        description="Connectors with “App secret” authentication send it as the X-App-Secret header, so receivers can tell the call comes from this Switchboard. It opens nothing on Switchboard itself: its API takes API tokens."
      />
      <CardBody className="space-y-4">
        {shown ? (
          <CodeBlock code={shown} label="App secret" />
        ) : (
          <p
            className={configured ? "font-mono text-sm text-slate-700" : "text-sm text-slate-500"}
            data-testid="app-secret-masked"
          >
            {configured ? SECRET_MASK : "Not created yet: it is made the first time it is revealed or used."}
          </p>
        )}
        {canWrite && (
          <div className="flex flex-wrap gap-2">
            {shown ? (
              <Button variant="secondary" size="sm" onClick={() => setShown(null)}>
                Hide
              </Button>
            ) : (
              <Button variant="secondary" size="sm" loading={reveal.isPending} onClick={doReveal}>
                Reveal
              </Button>
            )}
            <Button variant="danger-ghost" size="sm" onClick={() => setConfirming(true)}>
              Rotate…
            </Button>
          </div>
        )}
        {canWrite && <p className="text-xs text-slate-500">Revealing and rotating are recorded in the audit log.</p>}
      </CardBody>
      <ConfirmDialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title="Rotate the app secret?"
        description="The old secret stops working at once: systems that check X-App-Secret must be given the new one."
        confirmLabel="Rotate secret"
        pending={rotate.isPending}
        onConfirm={doRotate}
      />
      <Dialog
        open={rotated !== null}
        onClose={() => setRotated(null)}
        title="Copy the new app secret"
        description="This is the only time it is shown in full without revealing it again."
        footer={<Button onClick={() => setRotated(null)}>Done</Button>}
      >
        {rotated && <CodeBlock code={rotated} label="New app secret" />}
      </Dialog>
    </Card>
  );
}
