"use client";
import { useState } from "react";
import { cn } from "./cn";
import { CheckIcon, CopyIcon } from "./icons";
import { highlightJson } from "./json-highlight";
import { scrollRegionProps, useOverflows } from "./use-overflows";

export function CopyButton({
  value,
  label = "Copy",
  className,
}: {
  value: string;
  label?: string;
  className?: string;
}) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    await navigator.clipboard.writeText(value);
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  }
  return (
    <button
      type="button"
      onClick={() => void copy()}
      className={cn(
        "inline-flex items-center gap-1.5 rounded-md bg-white/10 px-2 py-1 text-xs font-medium text-slate-100 hover:bg-white/20",
        "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-400",
        className,
      )}
    >
      {copied ? <CheckIcon className="size-3.5" /> : <CopyIcon className="size-3.5" />}
      <span aria-live="polite">{copied ? "Copied" : label}</span>
    </button>
  );
}

/**
 * `language="json"` colours JSON (keys, strings, numbers, literals); the copied text is the code as given. `wrap`
 * breaks long lines at the block's edge instead of scrolling sideways: for bodies that are prose or one long line
 * (text/plain answers, form posts), never for pretty-printed JSON or code, whose layout is the point.
 */
export function CodeBlock({
  code,
  label,
  className,
  language,
  wrap = false,
}: {
  code: string;
  label?: string;
  className?: string;
  language?: "json";
  wrap?: boolean;
}) {
  const { ref, overflows } = useOverflows<HTMLPreElement>(code);
  return (
    <div className={cn("always-dark overflow-hidden rounded-lg bg-slate-900 text-left", className)}>
      <div className="flex items-center justify-between gap-3 border-b border-white/10 px-4 py-2">
        <span className="text-xs font-medium text-slate-400">{label ?? "Code"}</span>
        <CopyButton value={code} />
      </div>
      <pre
        ref={ref}
        {...scrollRegionProps(overflows, label ?? "Code")}
        className={cn(
          "overflow-x-auto px-4 py-3 font-mono text-xs leading-5 text-slate-100 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-400",
          wrap && "wrap-anywhere whitespace-pre-wrap",
        )}
      >
        <code>{language === "json" ? highlightJson(code) : code}</code>
      </pre>
    </div>
  );
}
