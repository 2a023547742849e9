// The app webhook URL's adapter over the Fetch API's Request/Response (POST /api/apps/{app_uuid}/webhooks/
// {webhook_uuid}): method and size first, then the domain (lib/app-webhooks/trigger-app-webhook.ts), with the receive
// path's exact answers ({"error":"Payload too large"}, {"error":"Service unavailable"}, …) rather than the native
// API's error shape, because callers of this URL are apps written against the documented bodies.
import { clientIp } from "../../auth/authenticate";
import { json } from "../json";
import { UNAVAILABLE_RETRY_AFTER_SECONDS } from "../../db/unavailable";
import { logger } from "../../core/logger";
import { readCappedBody } from "../../http/read-body";
import { receivedQuery } from "../../inbound/received-request";
import { MAX_APP_WEBHOOK_BODY_BYTES } from "../../app-webhooks/schema";
import {
  refuseAppWebhookMethod,
  triggerAppWebhook,
  type AppWebhookRequestMeta,
} from "../../app-webhooks/trigger-app-webhook";
import { answerFor, answerReceipt, answers, cannotStoreNow, type InboundAnswer } from "./answers";

const INTERNAL_HEADER_PREFIX = "x-switchboard-remote";

const respond = ({ status, body, headers }: InboundAnswer) => json(body, { status, headers });

export async function receiveAppWebhook(request: Request, appUuid: string, webhookUuid: string): Promise<Response> {
  try {
    if (request.method !== "POST") {
      return respond(
        answerReceipt(await refuseAppWebhookMethod(appUuid, webhookUuid, requestMeta(request), answerFor)),
      );
    }
    const tooLarge = answerFor({ outcome: "refused", reason: "too_large" });
    if (Number(request.headers.get("content-length") ?? 0) > MAX_APP_WEBHOOK_BODY_BYTES) return respond(tooLarge);
    const read = await readCappedBody(request.body, MAX_APP_WEBHOOK_BODY_BYTES, MAX_APP_WEBHOOK_BODY_BYTES, {
      cancelOnOverflow: false,
    });
    if (read.tooLarge) return respond(tooLarge);
    const receipt = await triggerAppWebhook(
      appUuid,
      webhookUuid,
      read.bytes,
      request.headers.get("content-type"),
      requestMeta(request),
      answerFor,
    );
    return respond(answerReceipt(receipt));
  } catch (error) {
    if (cannotStoreNow(error, "app webhook")) {
      return json(answers.unavailable, {
        status: 503,
        headers: { "retry-after": String(UNAVAILABLE_RETRY_AFTER_SECONDS) },
      });
    }
    logger.error("app webhook receive failed", { url: request.url.split("?")[0], error });
    return json(answers.internal, { status: 500 });
  }
}

function requestMeta(request: Request): AppWebhookRequestMeta {
  const headers: Record<string, string> = {};
  for (const [name, value] of request.headers) if (!name.startsWith(INTERNAL_HEADER_PREFIX)) headers[name] = value;
  return {
    method: request.method,
    headers,
    query: receivedQuery(new URL(request.url)),
    sourceIp: clientIp(request.headers),
  };
}
