/** Request or response headers as a two-column list; long values wrap instead of widening the page. */
export function HeadersTable({ headers, label }: { headers: Record<string, string>; label: string }) {
  const entries = Object.entries(headers);
  if (entries.length === 0) return <p className="text-sm text-slate-500">No headers.</p>;
  return (
    <div className="overflow-hidden rounded-md ring-1 ring-slate-200">
      <table aria-label={label} className="w-full table-fixed text-left text-xs">
        <tbody className="divide-y divide-slate-100">
          {entries.map(([name, value]) => (
            <tr key={name}>
              <th
                scope="row"
                className="w-2/5 bg-slate-50 px-3 py-1.5 align-top font-mono font-medium break-words text-slate-600 sm:w-1/3"
              >
                {name}
              </th>
              <td className="px-3 py-1.5 font-mono break-all text-slate-800">{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
