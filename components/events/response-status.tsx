/** The status Switchboard answered the sender with: green for 2xx, red otherwise. */
export function ResponseStatus({ status }: { status: number | null }) {
  if (status === null) return <span className="text-slate-500">—</span>;
  const ok = status >= 200 && status < 300;
  return <span className={ok ? "font-mono text-emerald-700" : "font-mono text-red-700"}>{status}</span>;
}
