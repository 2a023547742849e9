// POST /api/v2/webhooks end to end, over the web Request/Response only. This compatibility route answers in the
// CRM's own shapes, not /api/v1's: success `200 {"Status":"Success","Message":{"Id":"<connector id>"}}`, every
// error `{"Status":"Error","ExceptionType":"<kind>","ExceptionMessage":"<readable message>"}` with 400 (malformed
// body or unknown event), 401 (missing/invalid `Authorization: Bearer <API token>`), 403 (viewer token), 429
// (past 25 calls in any 5 s per token, with Retry-After), 503 (database unavailable, with Retry-After) or 500.
import { randomUUID } from "node:crypto";
import { ApiError, errorStatus, fieldIssues, knownApiError, type ErrorCode } from "../api/errors";
import { json } from "../api/json";
import { principalFromApiToken } from "../auth/api-tokens";
import { bearerToken, clientIp } from "../auth/authenticate";
import { logger } from "../logger";
import { consumeSlidingLimit } from "../rate-limit";
import { createCrmWebhook } from "./create-crm-webhook";
import { crmWebhookSchema } from "./schema";

/** The CRM's documented limit: 25 calls per 5 seconds, held in any 5 seconds (a sliding log, not fixed windows). */
export const CRM_RATE_LIMIT = { count: 25, windowMs: 5000 } as const;

const EXCEPTION_TYPE: Partial<Record<ErrorCode, string>> = {
  validation_failed: "InvalidInputException",
  bad_request: "InvalidInputException",
  unauthorized: "UnauthorizedAccessException",
  forbidden: "ForbiddenAccessException",
  rate_limited: "RateLimitExceededException",
  conflict: "ConflictException",
  unavailable: "ServiceUnavailableException",
  not_found: "ResourceNotFoundException",
};

export async function handleCrmWebhookCreate(request: Request): Promise<Response> {
  try {
    const token = bearerToken(request.headers.get("authorization"));
    const principal = token ? await principalFromApiToken(token) : null;
    if (!principal) throw new ApiError("unauthorized", "Invalid access credentials: send Authorization: Bearer <API token>");

    // Counted before anything else the caller controls, so malformed calls spend the budget too.
    const limit = await consumeSlidingLimit(`crm-v2-webhooks:${principal.id}`, CRM_RATE_LIMIT.count, CRM_RATE_LIMIT.windowMs);
    if (!limit.allowed) {
      throw new ApiError("rate_limited", "API calls exceeded the limit of 25 in 5 second(s)", null, limit.retryAfterSeconds);
    }
    if (principal.role !== "admin") throw new ApiError("forbidden", "Creating a webhook needs an admin token");

    const input = crmWebhookSchema.safeParse(await readJson(request));
    if (!input.success) {
      const message = fieldIssues(input.error)
        .map((issue) => `${issue.path || "body"} ${issue.message}`)
        .join("; ");
      throw new ApiError("validation_failed", `The request body is not as per API specification: ${message}`);
    }
    const { id } = await createCrmWebhook(principal, input.data, clientIp(request.headers));
    return json({ Status: "Success", Message: { Id: id } });
  } catch (error) {
    return crmErrorResponse(error);
  }
}

async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError("bad_request", 'The request body is not valid JSON: send Content-Type "application/json" and a JSON object');
  }
}

/** Any other path under /api/v2: the CRM's own error shape, not an HTML page, so its clients can read it. */
export function crmUnknownPath(request: Request): Response {
  const { pathname } = new URL(request.url);
  return crmErrorResponse(new ApiError("not_found", `${request.method} ${pathname} is not an API of this server`));
}

function crmErrorResponse(error: unknown): Response {
  const apiError = knownApiError(error, "POST /api/v2/webhooks");
  if (apiError) {
    const headers = apiError.retryAfter ? { "retry-after": String(apiError.retryAfter) } : undefined;
    const body = { Status: "Error", ExceptionType: EXCEPTION_TYPE[apiError.code] ?? "Exception", ExceptionMessage: apiError.message };
    return json(body, { status: errorStatus[apiError.code], headers });
  }
  const requestId = randomUUID();
  logger.error("unhandled error in POST /api/v2/webhooks", { requestId, error });
  return json(
    { Status: "Error", ExceptionType: "InternalServerException", ExceptionMessage: `The API call failed (request id ${requestId})` },
    { status: 500 },
  );
}
