import type { ReactNode } from "react";

/** The loading, error and empty rows of a data table, in the table's own frame. */
export function TableMessage({ children, tone = "muted" }: { children: ReactNode; tone?: "muted" | "error" }) {
  return (
    <div
      role={tone === "error" ? "alert" : undefined}
      className={
        tone === "error" ? "px-5 py-8 text-center text-sm text-red-700" : "px-5 py-8 text-center text-sm text-slate-500"
      }
    >
      {children}
    </div>
  );
}
