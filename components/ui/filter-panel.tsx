"use client";
// Filters take a whole screen on phones: there they fold behind a "Filters" button; wider screens always show them.
import { useState, type ReactNode } from "react";
import { Button } from "./button";
import { cn } from "./cn";

export function FilterPanel({ active, children }: { active: boolean; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="border-b border-slate-200 px-5 py-4">
      <Button
        variant="secondary"
        size="sm"
        className="sm:hidden"
        aria-expanded={open}
        onClick={() => setOpen((value) => !value)}
      >
        {open ? "Hide filters" : active ? "Filters (on)" : "Filters"}
      </Button>
      <div className={cn(open ? "mt-4" : "max-sm:hidden")}>{children}</div>
    </div>
  );
}
