import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { generateSigningSecret, standardWebhookHeaders } from "./standard-webhooks";

describe("standardWebhookHeaders", () => {
  it("produces a signature the reference library verifies", () => {
    const secret = generateSigningSecret();
    const body = JSON.stringify({ type: "lead.created", data: { id: 7 } });
    const headers = standardWebhookHeaders([secret], "msg_1", body);
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
  });

  it("signs with every active secret during a rotation, each verifiable alone", () => {
    const [current, previous] = [generateSigningSecret(), generateSigningSecret()];
    const body = "{}";
    const headers = standardWebhookHeaders([current, previous], "msg_2", body);
    expect(headers["webhook-signature"]!.split(" ")).toHaveLength(2);
    expect(() => new Webhook(current).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(previous).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(generateSigningSecret()).verify(body, headers)).toThrow();
  });

  it("fails verification when the body changes", () => {
    const secret = generateSigningSecret();
    const headers = standardWebhookHeaders([secret], "msg_3", '{"a":1}');
    expect(() => new Webhook(secret).verify('{"a":2}', headers)).toThrow();
  });
});
