// JSON responses with dates as ISO strings (JSON.stringify does that) and BigInt as numbers on purpose.
export function json(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  headers.set("content-type", "application/json; charset=utf-8");
  const text = JSON.stringify(body, (_key, value) => (typeof value === "bigint" ? Number(value) : value));
  return new Response(text, { ...init, headers });
}
