import { createHmac } from "node:crypto";
import { sign as githubSign } from "@octokit/webhooks-methods";
import { Webhook } from "standardwebhooks";
import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { generateSigningSecret } from "../crypto/standard-webhooks";
import { verifyInbound, type InboundCredentials } from "./verify-request";

const body = Buffer.from('{"event":"order_created","id":1}');
const now = Math.floor(Date.now() / 1000);
const request = (
  headers: Record<string, string>,
  queryKey: string | null = null,
  rawBody = body,
): InboundCredentials => ({
  headers,
  queryKey,
  rawBody,
});

describe("shared key", () => {
  it("accepts the key in ?key= or X-Switchboard-Key, and the previous key during its grace period", () => {
    expect(verifyInbound("shared_key", ["k1"], request({}, "k1")).ok).toBe(true);
    expect(verifyInbound("shared_key", ["k1"], request({ "x-switchboard-key": "k1" })).ok).toBe(true);
    expect(verifyInbound("shared_key", ["new", "old"], request({}, "old")).ok).toBe(true);
  });

  it("refuses a wrong, partial or missing key", () => {
    expect(verifyInbound("shared_key", ["k1"], request({}, "k2")).ok).toBe(false);
    expect(verifyInbound("shared_key", ["k1-long"], request({}, "k1")).ok).toBe(false);
    expect(verifyInbound("shared_key", ["k1"], request({}))).toEqual({
      ok: false,
      reason: expect.stringContaining("no key"),
    });
  });
});

describe("GitHub", () => {
  it("matches GitHub's published test vector", () => {
    const vector = request(
      { "x-hub-signature-256": "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17" },
      null,
      Buffer.from("Hello, World!"),
    );
    expect(verifyInbound("github", ["It's a Secret to Everybody"], vector).ok).toBe(true);
    expect(verifyInbound("github", ["another secret"], vector).ok).toBe(false);
  });

  it("verifies what @octokit/webhooks-methods signs, and not a changed body", async () => {
    const signature = await githubSign("s3cret", body.toString());
    expect(verifyInbound("github", ["s3cret"], request({ "x-hub-signature-256": signature })).ok).toBe(true);
    expect(
      verifyInbound("github", ["s3cret"], request({ "x-hub-signature-256": signature }, null, Buffer.from("{}"))).ok,
    ).toBe(false);
  });
});

describe("Stripe", () => {
  const stripe = new Stripe("sk_test_unused");
  const secret = "whsec_test_secret";

  it("verifies Stripe's own test header and refuses one outside the 300 s tolerance", () => {
    const header = stripe.webhooks.generateTestHeaderString({ payload: body.toString(), secret, timestamp: now });
    expect(verifyInbound("stripe", [secret], request({ "stripe-signature": header }), now).ok).toBe(true);
    const stale = stripe.webhooks.generateTestHeaderString({ payload: body.toString(), secret, timestamp: now - 301 });
    expect(verifyInbound("stripe", [secret], request({ "stripe-signature": stale }), now)).toEqual({
      ok: false,
      reason: expect.stringContaining("tolerance"),
    });
  });

  it("passes when any v1 signature matches", () => {
    const good = createHmac("sha256", secret).update(`${now}.${body}`).digest("hex");
    expect(
      verifyInbound(
        "stripe",
        [secret],
        request({ "stripe-signature": `t=${now},v1=${"0".repeat(64)},v1=${good}` }),
        now,
      ).ok,
    ).toBe(true);
    expect(
      verifyInbound("stripe", [secret], request({ "stripe-signature": `t=${now},v1=${"0".repeat(64)}` }), now).ok,
    ).toBe(false);
  });
});

describe("Slack", () => {
  it("verifies v0 signatures over v0:{timestamp}:{body} and refuses stale timestamps", () => {
    const secret = "8f742231b10e8888abcd99yyyzzz85a5";
    const signature = `v0=${createHmac("sha256", secret).update(`v0:${now}:${body}`).digest("hex")}`;
    const headers = { "x-slack-signature": signature, "x-slack-request-timestamp": String(now) };
    expect(verifyInbound("slack", [secret], request(headers), now).ok).toBe(true);
    expect(verifyInbound("slack", [secret], request(headers), now + 301).ok).toBe(false);
    expect(verifyInbound("slack", ["other"], request(headers), now).ok).toBe(false);
  });
});

describe("Standard Webhooks", () => {
  it("verifies what the standardwebhooks library signs, with either key during a rotation", () => {
    const [current, previous] = [generateSigningSecret(), generateSigningSecret()];
    const timestamp = new Date(now * 1000);
    const signature = new Webhook(previous).sign("msg_1", timestamp, body.toString());
    const headers = { "webhook-id": "msg_1", "webhook-timestamp": String(now), "webhook-signature": signature };
    expect(verifyInbound("standard", [current, previous], request(headers), now).ok).toBe(true);
    expect(verifyInbound("standard", [current], request(headers), now).ok).toBe(false);
    expect(verifyInbound("standard", [previous], request(headers), now + 400).ok).toBe(false);
  });
});
