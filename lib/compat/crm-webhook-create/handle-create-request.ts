// POST /api/v2/webhooks end to end, over the web Request/Response only. This compatibility route answers in the
// CRM's own shapes, not /api/v1's: success `200 {"Status":"Success","Message":{"Id":"<connector id>"}}`, every
// error `{"Status":"Error","ExceptionType":"<kind>","ExceptionMessage":"<readable message>"}` with 400 (malformed
// body or unknown event), 401 (missing/invalid `Authorization: Bearer <API token>`), 403 (viewer token), 429
// (past 25 calls in any 5 s per token, with Retry-After), 503 (database unavailable, with Retry-After) or 500.
import { randomUUID } from "node:crypto";
import { errorStatus, knownAppError } from "../../api/errors";
import { AppError, fieldIssues, type ErrorCode } from "../../core/errors";
import { json } from "../../api/json";
import { readJsonBody } from "../../api/read-json-body";
import { assertStorable } from "../../api/storable-input";
import { principalFromApiToken } from "../../auth/api-tokens";
import { bearerToken, clientIp } from "../../auth/authenticate";
import { logger } from "../../core/logger";
import { env } from "../../env";
import { consumeSlidingLimit } from "../../rate-limit";
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
  payload_too_large: "PayloadTooLargeException",
  unsupported_media_type: "InvalidInputException",
  method_not_allowed: "MethodNotAllowedException",
  not_found: "ResourceNotFoundException",
};

/** The CRM documents 400 for a body sent with another content type. */
const CRM_STATUS: Partial<Record<ErrorCode, number>> = { unsupported_media_type: 400 };

export async function handleCrmWebhookCreate(request: Request): Promise<Response> {
  try {
    const token = bearerToken(request.headers.get("authorization"));
    const principal = token ? await principalFromApiToken(token) : null;
    if (!principal)
      throw new AppError("unauthorized", "Invalid access credentials: send Authorization: Bearer <API token>");

    // Counted before anything else the caller controls, so malformed calls spend the budget too.
    const limit = await consumeSlidingLimit(
      `crm-v2-webhooks:${principal.id}`,
      CRM_RATE_LIMIT.count,
      CRM_RATE_LIMIT.windowMs,
    );
    if (!limit.allowed) {
      throw new AppError(
        "rate_limited",
        "API calls exceeded the limit of 25 in 5 second(s)",
        null,
        limit.retryAfterSeconds,
      );
    }
    if (principal.role !== "admin") throw new AppError("forbidden", "Creating a webhook needs an admin token");

    const { value: raw } = await readJsonBody(request, env().SWITCHBOARD_MAX_BODY_BYTES);
    assertStorable(raw, "request body");
    const input = crmWebhookSchema.safeParse(raw);
    if (!input.success) {
      const message = fieldIssues(input.error)
        .map((issue) => `${issue.path || "body"} ${issue.message}`)
        .join("; ");
      throw new AppError("validation_failed", `The request body is not as per API specification: ${message}`);
    }
    const { id } = await createCrmWebhook(principal, input.data, clientIp(request.headers));
    return json({ Status: "Success", Message: { Id: id } });
  } catch (error) {
    return crmErrorResponse(error);
  }
}

/** Any other path under /api/v2: the CRM's own error shape, not an HTML page, so its clients can read it. */
export function crmUnknownPath(request: Request): Response {
  const { pathname } = new URL(request.url);
  return crmErrorResponse(new AppError("not_found", `${request.method} ${pathname} is not an API of this server`));
}

export function crmErrorResponse(error: unknown, extraHeaders: Record<string, string> = {}): Response {
  const appError = knownAppError(error, "POST /api/v2/webhooks");
  if (appError) {
    const headers = { ...extraHeaders, ...(appError.retryAfter ? { "retry-after": String(appError.retryAfter) } : {}) };
    const body = {
      Status: "Error",
      ExceptionType: EXCEPTION_TYPE[appError.code] ?? "Exception",
      ExceptionMessage: appError.message,
    };
    return json(body, { status: CRM_STATUS[appError.code] ?? errorStatus[appError.code], headers });
  }
  const requestId = randomUUID();
  logger.error("unhandled error in POST /api/v2/webhooks", { requestId, error });
  return json(
    {
      Status: "Error",
      ExceptionType: "InternalServerException",
      ExceptionMessage: `The API call failed (request id ${requestId})`,
    },
    { status: 500 },
  );
}
