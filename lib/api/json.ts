// JSON responses with dates as ISO strings (JSON.stringify does that) and BigInt as numbers on purpose.
export const JSON_CONTENT_TYPE = "application/json; charset=utf-8";

/** The text of every JSON answer (route handlers and the publish fast path write the same bytes). */
export const jsonText = (body: unknown): string =>
  JSON.stringify(body, (_key, value: unknown) => (typeof value === "bigint" ? Number(value) : value));

export function json(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  headers.set("content-type", JSON_CONTENT_TYPE);
  return new Response(jsonText(body), { ...init, headers });
}
