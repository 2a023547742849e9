// The /api/webhooks `token` verification (../shared/seeds/webhook-crud-api.txt: "Token which can be used to verify
// incoming webhooks"), as the product behind that document does it: before a webhook with a token is saved, its
// URL gets `GET <url>?challenge=<random>&token=<token>` and must answer 2xx with the challenge as its whole body
// (surrounding white space aside). A receiver that checks the token and echoes the challenge proves both that the
// URL is up and that it expects our calls; every later call carries the token in X-Webhook-Token.
import { randomBytes } from "node:crypto";
import { AppError } from "../core/errors";
import { executeRequest, setDefaultUserAgent } from "../http";

const VERIFICATION_TIMEOUT_MS = 10_000;

export async function verifyWebhookUrl(url: string, token: string, allowlist: string[]): Promise<void> {
  const challenge = randomBytes(16).toString("hex");
  const target = new URL(url);
  target.searchParams.set("challenge", challenge);
  target.searchParams.set("token", token);
  const headers: Record<string, string> = { Accept: "text/plain" };
  setDefaultUserAgent(headers);
  const result = await executeRequest({
    method: "GET",
    url: target.href,
    headers,
    timeoutMs: VERIFICATION_TIMEOUT_MS,
    allowlist,
  });
  if (result.ok && result.body.trim() === challenge) return;
  const got = result.error
    ? result.error.message
    : result.ok
      ? `HTTP ${result.status} with a body that is not the challenge`
      : `HTTP ${result.status}`;
  const message = `The URL did not pass the token verification: it must answer GET ?challenge=…&token=… with status 2xx and the challenge as its body (got ${got})`;
  throw new AppError("validation_failed", message, [{ path: "url", message }]);
}
