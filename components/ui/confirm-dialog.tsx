"use client";
import type { ReactNode } from "react";
import { Button } from "./button";
import { Dialog } from "./dialog";

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  /** The button that closes without acting. Name what is kept ("Keep them") where the action itself is a cancel,
   *  so the two buttons cannot be read as one another. */
  closeLabel?: string;
  pending?: boolean;
  /** Keeps the confirm button off while there is nothing to confirm yet (e.g. a count still loading). */
  confirmDisabled?: boolean;
  /** Red for what cannot be undone (delete, cancel); a retry is the ordinary next step, in the primary colour. */
  tone?: "danger" | "primary";
  onConfirm: () => void;
  onClose: () => void;
}

export function ConfirmDialog({
  open,
  title,
  description,
  confirmLabel,
  closeLabel = "Cancel",
  pending,
  confirmDisabled,
  tone = "danger",
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={title}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            {closeLabel}
          </Button>
          <Button variant={tone} loading={pending} disabled={confirmDisabled} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      <div className="text-sm text-slate-600">{description}</div>
    </Dialog>
  );
}
