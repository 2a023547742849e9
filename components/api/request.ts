// The browser side of the API's error contract: every non-2xx answer becomes an ApiClientError that carries the
// server's { error: { code, message, details } }, so forms can put field errors where they belong.
export interface FieldIssue {
  path: string;
  message: string;
}

export class ApiClientError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown,
  ) {
    super(message);
    this.name = "ApiClientError";
  }

  /** Field-level problems when the server sent them (validation_failed, conflicts on a field). */
  get fieldIssues(): FieldIssue[] {
    if (!Array.isArray(this.details)) return [];
    return this.details.filter(
      (item): item is FieldIssue => typeof item?.path === "string" && typeof item?.message === "string",
    );
  }
}

interface RequestOptions {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  body?: unknown;
  signal?: AbortSignal;
}

export async function apiRequest<T>(path: string, { method = "GET", body, signal }: RequestOptions = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      signal,
      credentials: "same-origin",
      // Every write is declared JSON, with a body or without: the API refuses cookie-authenticated writes that
      // are not (they could have come from a form on another site).
      headers: method === "GET" && body === undefined ? undefined : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiClientError(0, "network_error", "Could not reach Switchboard: check your connection", null);
  }
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (payload as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
    throw new ApiClientError(
      response.status,
      error?.code ?? "http_error",
      error?.message ?? `Request failed with status ${response.status}`,
      error?.details ?? null,
    );
  }
  return payload as T;
}
