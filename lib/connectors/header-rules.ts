// Which request headers a connector may set. Framing and hop-by-hop headers belong to the HTTP client, and an
// Authorization header would silently fight with the connector's auth type, so both are refused up front.

export const HEADER_NAME_PATTERN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

const RESERVED = new Set([
  "host",
  "content-length",
  "transfer-encoding",
  "connection",
  "upgrade",
  "te",
  "trailer",
  "keep-alive",
]);

export interface HeaderIssue {
  index: number;
  message: string;
}

export function reservedHeaderMessage(name: string): string | null {
  const lower = name.toLowerCase();
  if (RESERVED.has(lower) || lower.startsWith("proxy-")) {
    return `${name} is set by the HTTP client and cannot be configured`;
  }
  return null;
}

/** Problems with a list of custom headers under a given auth type (null when the auth type is unknown yet). */
export function headerIssues(
  headers: ReadonlyArray<{ name: string }>,
  auth: { type: string; name?: string } | null,
): HeaderIssue[] {
  const issues: HeaderIssue[] = [];
  const seen = new Set<string>();
  headers.forEach(({ name }, index) => {
    const lower = name.toLowerCase();
    const reserved = reservedHeaderMessage(name);
    if (reserved) issues.push({ index, message: reserved });
    else if (lower === "authorization" && auth && auth.type !== "none") {
      issues.push({
        index,
        message: `Authorization conflicts with the ${auth.type} authentication: remove the header or set authentication to None`,
      });
    } else if (lower === "x-app-secret" && auth?.type === "app_secret") {
      issues.push({ index, message: "X-App-Secret is set by the App secret authentication" });
    } else if (auth?.type === "custom_header" && auth.name && lower === auth.name.toLowerCase()) {
      issues.push({ index, message: `${name} is already set by the custom header authentication` });
    } else if (seen.has(lower)) {
      issues.push({ index, message: `${name} is listed twice` });
    }
    seen.add(lower);
  });
  return issues;
}
