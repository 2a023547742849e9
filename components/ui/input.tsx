import type { ComponentProps } from "react";
import { cn } from "./cn";

/** Shared by input, textarea and select so every control looks and focuses alike. */
export const controlClasses =
  "block w-full rounded-md border-0 bg-surface px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-slate-300 ring-inset " +
  "placeholder:text-slate-500 focus:ring-2 focus:ring-indigo-600 focus:outline-none " +
  "aria-invalid:ring-red-500 disabled:bg-slate-50 disabled:text-slate-500";

export function Input({ className, ...props }: ComponentProps<"input">) {
  return <input className={cn(controlClasses, "h-10", className)} {...props} />;
}
