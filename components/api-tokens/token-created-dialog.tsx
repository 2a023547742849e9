"use client";
import { Button } from "../ui/button";
import { CopyButton } from "../ui/code-block";
import { Dialog } from "../ui/dialog";
import { AlertIcon } from "../ui/icons";

/** Shows a new token the one time it exists in clear text. */
export function TokenCreatedDialog({
  token,
  name,
  onClose,
}: {
  token: string | null;
  name: string;
  onClose: () => void;
}) {
  return (
    <Dialog
      open={token !== null}
      onClose={onClose}
      title="Copy your new API token"
      description={`“${name}” is ready to use.`}
      footer={<Button onClick={onClose}>I have copied the token</Button>}
    >
      <div className="flex gap-3 rounded-md bg-amber-50 px-3 py-2.5 text-sm text-amber-900 ring-1 ring-amber-200">
        <AlertIcon className="mt-0.5 size-4 shrink-0 text-amber-700" />
        <p>
          This is the only time the token is shown. Switchboard stores only a hash of it: if you lose it, revoke it and
          create another.
        </p>
      </div>
      <div className="always-dark mt-4 flex items-center gap-2 rounded-lg bg-slate-900 p-3">
        <code data-testid="new-api-token" className="min-w-0 flex-1 font-mono text-xs break-all text-slate-100">
          {token}
        </code>
        {token && <CopyButton value={token} />}
      </div>
    </Dialog>
  );
}
