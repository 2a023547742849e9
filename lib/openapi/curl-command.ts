// A copyable cURL command for one documented operation, on the origin callers use (the document's server URL; the
// shell variable $SWITCHBOARD_URL when the document is built without one). The token stays a shell variable.
interface CurlInput {
  baseUrl: string | undefined;
  method: string;
  path: string;
  access: string;
  example?: unknown;
  hasBody: boolean;
  rawBody: boolean;
}

export function curlCommand({ baseUrl, method, path, access, example, hasBody, rawBody }: CurlInput): string {
  const url =
    path.replace(/\{([^}]+)\}/g, (_match, name: string) => `<${name}>`) +
    (access === "trigger-key" ? "?key=$TRIGGER_KEY" : "");
  const lines = [`curl -X ${method.toUpperCase()} "${baseUrl ?? "$SWITCHBOARD_URL"}${url}"`];
  if (["viewer", "admin", "admin-token"].includes(access)) lines.push(`-H "Authorization: Bearer $SWITCHBOARD_TOKEN"`);
  if (hasBody || rawBody) {
    lines.push(`-H "Content-Type: application/json"`);
    const body = example === undefined ? "{}" : JSON.stringify(example);
    lines.push(`-d '${body.replaceAll("'", "'\\''")}'`);
  }
  return lines.join(" \\\n  ");
}
