// The trigger URL over the Fetch API's Request/Response: size limit, then triggerAppWebhook, with the receive
// path's exact answers ({"error":"Payload too large"}, {"error":"Service unavailable"}, {"error":"Internal server error"}) rather than the native
// API's error shape, because callers of this URL are apps written against the documented bodies.
import { clientIp } from "../auth/authenticate";
import { json } from "../api/json";
import { isDatabaseUnavailable, reportDatabaseUnavailable, UNAVAILABLE_RETRY_AFTER_SECONDS } from "../db/unavailable";
import { logger } from "../core/logger";
import { answers } from "../triggers/receive";
import { receivedQuery } from "../inbound/received-request";
import { MAX_APP_WEBHOOK_BODY_BYTES } from "./schema";
import { BodyTooLargeError, readLimitedBody } from "./read-limited-body";
import { refuseAppWebhookMethod, triggerAppWebhook, type AppWebhookRequestMeta } from "./trigger-app-webhook";

const INTERNAL_HEADER_PREFIX = "x-switchboard-remote";

export async function receiveAppWebhook(request: Request, appUuid: string, webhookUuid: string): Promise<Response> {
  try {
    if (request.method !== "POST") {
      const answer = await refuseAppWebhookMethod(appUuid, webhookUuid, requestMeta(request));
      return json(answer.body, { status: answer.status, headers: answer.headers });
    }
    if (Number(request.headers.get("content-length") ?? 0) > MAX_APP_WEBHOOK_BODY_BYTES) {
      return json(answers.tooLarge, { status: 413 });
    }
    const raw = await readLimitedBody(request.body, MAX_APP_WEBHOOK_BODY_BYTES);
    const answer = await triggerAppWebhook(appUuid, webhookUuid, raw, request.headers.get("content-type"), requestMeta(request));
    return json(answer.body, { status: answer.status, headers: answer.headers });
  } catch (error) {
    if (error instanceof BodyTooLargeError) return json(answers.tooLarge, { status: 413 });
    if (isDatabaseUnavailable(error)) {
      reportDatabaseUnavailable(error, "app webhook");
      return json(answers.unavailable, { status: 503, headers: { "retry-after": String(UNAVAILABLE_RETRY_AFTER_SECONDS) } });
    }
    logger.error("app webhook receive failed", { url: request.url.split("?")[0], error });
    return json(answers.internal, { status: 500 });
  }
}

function requestMeta(request: Request): AppWebhookRequestMeta {
  const headers: Record<string, string> = {};
  for (const [name, value] of request.headers) if (!name.startsWith(INTERNAL_HEADER_PREFIX)) headers[name] = value;
  return { method: request.method, headers, query: receivedQuery(new URL(request.url)), sourceIp: clientIp(request.headers) };
}
