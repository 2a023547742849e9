import Link from "next/link";

/** "← Deliveries" above a detail page's title. */
export function BackLink({ href, children }: { href: string; children: string }) {
  return (
    <Link
      href={href}
      className="mb-4 inline-flex items-center gap-1 text-sm font-medium text-slate-600 hover:text-slate-900"
    >
      <span aria-hidden>←</span> {children}
    </Link>
  );
}
