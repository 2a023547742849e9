"use client";
// The Standard Webhooks signing secret: shown masked; Rotate makes a new one and shows it once (the previous one
// keeps signing for 24 h so receivers can switch); Reveal (admins, audited) shows the current one.
import { useState } from "react";
import { showServerError } from "../forms/show-server-error";
import { Button } from "../ui/button";
import { Card, CardBody, CardHeader } from "../ui/card";
import { CodeBlock } from "../ui/code-block";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { Dialog } from "../ui/dialog";
import { RelativeTime } from "../ui/relative-time";
import type { EventSettings } from "./types";
import { useRevealSigningSecret } from "./use-reveal-signing-secret";
import { useRotateSigningSecret } from "./use-rotate-signing-secret";
import { VerificationSnippets } from "./verification-snippets-card";

export function SigningSecretCard({
  connectorId,
  settings,
  canWrite,
}: {
  connectorId: string;
  settings: EventSettings;
  canWrite: boolean;
}) {
  const rotate = useRotateSigningSecret();
  const reveal = useRevealSigningSecret();
  const [confirming, setConfirming] = useState(false);
  const [rotated, setRotated] = useState<{
    signingSecret: string;
    previousSigningSecretExpiresAt: string | null;
  } | null>(null);
  const [revealed, setRevealed] = useState<string | null>(null);

  function doRotate() {
    rotate.mutate(connectorId, {
      onSuccess: (result) => {
        setConfirming(false);
        setRevealed(null);
        setRotated(result);
      },
      onError: (error) => {
        setConfirming(false);
        showServerError(error);
      },
    });
  }

  return (
    // min-w-0: the snippets' long code lines scroll inside their block instead of widening the grid column.
    <Card className="min-w-0">
      <CardHeader
        title="Signing secret"
        description="Deliveries carry webhook-signature (Standard Webhooks); receivers verify it with this secret."
        actions={
          canWrite && (
            <>
              {settings.hasSigningSecret && revealed && (
                <Button variant="ghost" size="sm" onClick={() => setRevealed(null)}>
                  Hide
                </Button>
              )}
              {settings.hasSigningSecret && !revealed && (
                <Button
                  variant="ghost"
                  size="sm"
                  loading={reveal.isPending}
                  onClick={() =>
                    reveal.mutate(connectorId, {
                      onSuccess: (result) => setRevealed(result.signingSecret),
                      onError: (error) => showServerError(error),
                    })
                  }
                >
                  Reveal
                </Button>
              )}
              <Button
                variant="secondary"
                size="sm"
                onClick={() => (settings.hasSigningSecret ? setConfirming(true) : doRotate())}
                loading={rotate.isPending && !confirming}
              >
                {settings.hasSigningSecret ? "Rotate" : "Generate"}
              </Button>
            </>
          )
        }
      />
      <CardBody className="space-y-2 text-sm">
        {revealed ? (
          <CodeBlock label="Current signing secret" code={revealed} />
        ) : (
          <p className="font-mono text-slate-700" data-testid="signing-secret">
            {settings.signingSecret ?? (
              <span className="font-sans text-slate-500">No signing secret yet: deliveries are not signed.</span>
            )}
          </p>
        )}
        {settings.previousSigningSecretExpiresAt && (
          <p className="text-xs text-slate-500">
            The previous secret also signs until it expires{" "}
            <RelativeTime value={settings.previousSigningSecretExpiresAt} />.
          </p>
        )}
      </CardBody>
      {settings.hasSigningSecret && (
        <CardBody className="border-t border-slate-200">
          <VerificationSnippets />
        </CardBody>
      )}

      <ConfirmDialog
        open={confirming}
        title="Rotate the signing secret?"
        description="A new secret signs every delivery from now on. The current one keeps signing alongside it for 24 hours, so update your receivers within that time."
        confirmLabel="Rotate secret"
        pending={rotate.isPending}
        onConfirm={doRotate}
        onClose={() => setConfirming(false)}
      />
      <Dialog
        open={rotated !== null}
        onClose={() => setRotated(null)}
        title="Copy your new signing secret"
        description="This is the only time it is shown in full without Reveal."
        footer={<Button onClick={() => setRotated(null)}>I have copied the secret</Button>}
      >
        {rotated && (
          <div className="space-y-3">
            <CodeBlock label="Signing secret" code={rotated.signingSecret} />
            {rotated.previousSigningSecretExpiresAt && (
              <p className="text-sm text-slate-600">
                The previous secret keeps signing for 24 h: it expires{" "}
                <RelativeTime value={rotated.previousSigningSecretExpiresAt} />.
              </p>
            )}
          </div>
        )}
      </Dialog>
    </Card>
  );
}
