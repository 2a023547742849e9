import { describe, expect, it } from "vitest";
import { TemplateError } from "../templates";
import { buildConnectorRequest, REDACTED, type ResolvedConnector } from "./build-request";
import { headerIssues } from "./header-rules";

const base: ResolvedConnector = {
  url: "https://api.example.com/users/{{user.id}}",
  method: "POST",
  bodyType: "json",
  bodyTemplate: '{"user": "{{user}}"}',
  auth: { type: "none" },
  headers: [],
  queryParams: [],
  timeoutMs: 15000,
  followRedirects: false,
  signingSecrets: [],
};
const variables = { user: { id: "a/b", name: "Ann" } };

describe("buildConnectorRequest", () => {
  it("encodes path values, inserts whole-value JSON, sets the content type", () => {
    const { request } = buildConnectorRequest(base, variables, "msg_1", ["127.0.0.1"]);
    expect(request).toMatchObject({
      method: "POST",
      url: "https://api.example.com/users/a%2Fb",
      body: '{"user": {"id":"a/b","name":"Ann"}}',
      headers: { "Content-Type": "application/json" },
      timeoutMs: 15000,
      allowlist: ["127.0.0.1"],
    });
  });

  it("leaves values in the host unencoded", () => {
    const { request } = buildConnectorRequest(
      { ...base, url: "https://{{host}}/x/{{q}}" },
      { host: "api.example.com", q: "a b", user: {} },
      "m",
      [],
    );
    expect(request.url).toBe("https://api.example.com/x/a%20b");
  });

  it.each([
    [{ type: "basic", username: "ann", password: "s3cret" }, "Authorization", "Basic YW5uOnMzY3JldA=="],
    [{ type: "bearer", token: "tok" }, "Authorization", "Bearer tok"],
    [{ type: "app_secret", appSecret: "app-1" }, "X-App-Secret", "app-1"],
    [{ type: "custom_header", name: "X-Api-Key", value: "k1" }, "X-Api-Key", "k1"],
  ] as const)("applies %o and redacts it in the stored copy", (auth, header, value) => {
    const { request, redacted } = buildConnectorRequest({ ...base, auth }, variables, "m", []);
    expect(request.headers[header]).toBe(value);
    expect(redacted.headers[header]).toBe(REDACTED);
    expect(JSON.stringify(redacted)).not.toContain(value);
  });

  it("redacts secret custom headers and the signature, keeps plain ones", () => {
    const { request, redacted } = buildConnectorRequest(
      {
        ...base,
        headers: [
          { name: "X-Secret", value: "hidden", secret: true },
          { name: "X-Plain", value: "shown {{user.name}}", secret: false },
        ],
        signingSecrets: ["whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"],
      },
      variables,
      "msg_2",
      [],
    );
    expect(request.headers["webhook-id"]).toBe("msg_2");
    expect(request.headers["webhook-signature"]).toMatch(/^v1,/);
    expect(redacted.headers).toMatchObject({
      "X-Secret": REDACTED,
      "X-Plain": "shown Ann",
      "webhook-signature": REDACTED,
      "webhook-id": "msg_2",
    });
  });

  it("sends no body for GET and for bodyType none", () => {
    expect(buildConnectorRequest({ ...base, method: "GET" }, variables, "m", []).request.body).toBeUndefined();
    const none = buildConnectorRequest({ ...base, bodyType: "none" }, variables, "m", []);
    expect(none.request.body).toBeUndefined();
    expect(none.request.headers["Content-Type"]).toBeUndefined();
  });

  it("reports missing variables from URL, params, headers and body together", () => {
    const connector: ResolvedConnector = {
      ...base,
      url: "https://api.example.com/{{a}}",
      queryParams: [{ name: "p", value: "{{b}}", secret: false }],
      headers: [{ name: "X-C", value: "{{c}}", secret: false }],
      bodyTemplate: '{"d": "{{d}}"}',
    };
    expect(() => buildConnectorRequest(connector, {}, "m", [])).toThrow(new TemplateError(["a", "b", "c", "d"]));
  });
});

describe("headerIssues", () => {
  it("refuses framing and hop-by-hop headers in any case", () => {
    const names = [
      "Host",
      "content-length",
      "Transfer-Encoding",
      "CONNECTION",
      "Upgrade",
      "TE",
      "Trailer",
      "Keep-Alive",
      "Proxy-Authorization",
      "proxy-connection",
    ];
    const issues = headerIssues(
      names.map((name) => ({ name })),
      { type: "none" },
    );
    expect(issues.map((issue) => issue.index)).toEqual(names.map((_, index) => index));
  });

  it("refuses Authorization only when an auth type is set, and duplicates", () => {
    expect(headerIssues([{ name: "Authorization" }], { type: "none" })).toEqual([]);
    expect(headerIssues([{ name: "authorization" }], { type: "bearer" })).toHaveLength(1);
    expect(headerIssues([{ name: "X-Key" }], { type: "custom_header", name: "x-key" })).toHaveLength(1);
    expect(headerIssues([{ name: "X-A" }, { name: "x-a" }], { type: "none" })).toEqual([
      { index: 1, message: "x-a is listed twice" },
    ]);
  });
});
