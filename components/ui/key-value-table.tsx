import { TableMessage } from "./table-states";

/** HTTP headers or query parameters: names in mono, long names and values wrap (at a hyphen or space when there is one) instead of widening the page. */
export function KeyValueTable({
  values,
  empty = "None",
  label,
}: {
  values: Record<string, unknown> | null | undefined;
  empty?: string;
  label: string;
}) {
  const entries = Object.entries(values ?? {});
  if (entries.length === 0) return <TableMessage>{empty}</TableMessage>;
  return (
    <table className="w-full table-fixed text-left text-xs" aria-label={label}>
      <tbody className="divide-y divide-slate-100">
        {entries.map(([name, value]) => (
          <tr key={name} className="align-top">
            <th scope="row" className="w-1/3 py-1.5 pr-3 font-mono font-medium wrap-anywhere text-slate-600">
              {name}
            </th>
            <td className="py-1.5 font-mono wrap-anywhere text-slate-900">
              {Array.isArray(value) ? value.join(", ") : String(value)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
