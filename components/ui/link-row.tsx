"use client";
// A table row that opens `href` when clicked anywhere. One of its cells must hold a real link to `href` (keyboard,
// new tab, screen readers); the rest of the row is a convenience for mice, and clicks on links inside it win.
import { useRouter } from "next/navigation";
import type { ReactNode } from "react";

export function LinkRow({ href, testId, children }: { href: string; testId?: string; children: ReactNode }) {
  const router = useRouter();
  return (
    <tr
      data-testid={testId}
      onClick={(event) => {
        if (!(event.target as HTMLElement).closest("a")) router.push(href);
      }}
      className="cursor-pointer hover:bg-slate-50"
    >
      {children}
    </tr>
  );
}
