// "Copy as cURL": the request as a shell command. Single quotes cannot be escaped inside single quotes in POSIX
// shells, so each one closes the string, adds an escaped quote, and reopens it.
const quote = (value: string) => `'${value.replaceAll("'", `'\\''`)}'`;

export function toCurl(request: { method: string; url: string; headers: Record<string, string>; body: string | null }): string {
  const lines = [`curl -X ${request.method} ${quote(request.url)}`];
  for (const [name, value] of Object.entries(request.headers)) lines.push(`  -H ${quote(`${name}: ${value}`)}`);
  if (request.body !== null && request.body !== "") lines.push(`  --data-raw ${quote(request.body)}`);
  return lines.join(" \\\n");
}
