"use client";
// A table row of the inspector layout: a click selects it (links inside it still open their page), the selected
// row is highlighted and holds the list's one Tab stop (a roving tabindex: the arrow keys move it, see
// inspector.tsx). aria-current tells assistive technology which row the preview pane shows.
import type { ReactNode } from "react";
import { cn } from "./cn";

interface SelectableRowProps {
  selected: boolean;
  /** Set when no row is selected (or the selected one is not listed): whether this row is the Tab stop. */
  tabStop?: boolean;
  onSelect: () => void;
  testId?: string;
  children: ReactNode;
}

export function SelectableRow({ selected, tabStop, onSelect, testId, children }: SelectableRowProps) {
  return (
    <tr
      data-testid={testId}
      data-selected={selected || undefined}
      aria-current={selected || undefined}
      tabIndex={(tabStop ?? selected) ? 0 : -1}
      onClick={(event) => {
        if ((event.target as HTMLElement).closest("a, button")) return;
        onSelect();
        event.currentTarget.focus({ preventScroll: true });
      }}
      className={cn(
        "cursor-pointer focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-600",
        selected ? "bg-indigo-50 shadow-[inset_3px_0_0_var(--color-indigo-600)]" : "hover:bg-slate-50",
      )}
    >
      {children}
    </tr>
  );
}
