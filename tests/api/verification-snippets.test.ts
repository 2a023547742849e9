// The shell and Node code the dashboard hands to receivers, run for real: the openssl verification snippet prints
// the signature lib/crypto/standard-webhooks.ts computes; its signed test request and the Node snippet's receiver
// pass the official standardwebhooks library; and "Copy as cURL" of a stored (redacted) attempt, once its secrets
// are filled, is accepted by a receiver that verifies the signature, the bearer token and a secret query parameter.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Webhook, WebhookVerificationError } from "standardwebhooks";
import * as collection from "@/app/api/v1/connectors/route";
import * as executeRoute from "@/app/api/v1/connectors/[id]/execute/route";
import { toCurl } from "@/components/connectors/curl";
import { verificationSnippets } from "@/components/connectors/verification-snippets";
import { db } from "@/lib/db";
import { encrypt } from "@/lib/crypto/secret-key";
import { generateSigningSecret, signStandardWebhook, standardWebhookHeaders } from "@/lib/crypto/standard-webhooks";
import { apiToken, unique } from "../support/auth-fixtures";
import { callRoute } from "../support/connector-api";
import { startHttpTarget, type HttpTarget, type ReceivedRequest } from "../support/http-target";

const run = promisify(execFile);
const snippet = (id: string) => verificationSnippets.find((item) => item.id === id)!.code;
/** Quotes, a newline, a tab, non-ASCII, a control character, "!" and "$": what naive quoting gets wrong. */
const AWKWARD_BODY = `{"note":"it's \\"quoted\\"\\nnext line","name":"Zoë ✓ 東京","raw":"a\tb\u0001c!$HOME \`x\`","cost":"100%"}\n`;

let workDir: string;
let secret: string;
let target: HttpTarget;

/**
 * 204 when the official library accepts the request's signature with `key`, 401 otherwise. verify() parses the
 * body as JSON only after a signature matched, so a SyntaxError (the awkward body is not JSON) still means "signed".
 */
function verifyWith(request: ReceivedRequest, key: string): { status: number; body: string } {
  const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]));
  try {
    new Webhook(key).verify(request.body, headers);
  } catch (error) {
    if (error instanceof WebhookVerificationError) return { status: 401, body: error.message };
  }
  return { status: 204, body: "" };
}

beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), "switchboard-snippets-"));
  secret = generateSigningSecret();
  target = await startHttpTarget((request) => verifyWith(request, secret));
});

afterAll(async () => {
  await target.close();
  rmSync(workDir, { recursive: true, force: true });
});

async function bash(script: string, env: Record<string, string> = {}) {
  return run("bash", ["-c", script], {
    cwd: workDir,
    env: { PATH: process.env.PATH, NODE_ENV: process.env.NODE_ENV, ...env },
    encoding: "utf8",
  });
}

describe("the cURL + openssl snippet", () => {
  const [check] = snippet("openssl").split("# 2. Send");

  it("prints the signature Switchboard computes, for a body with quotes, newlines and non-ASCII", async () => {
    const id = `msg_${unique("openssl")}`;
    const timestamp = Math.floor(Date.now() / 1000);
    writeFileSync(path.join(workDir, "body.txt"), AWKWARD_BODY);
    const { stdout } = await bash(check!, {
      SWITCHBOARD_SECRET: secret,
      WEBHOOK_ID: id,
      WEBHOOK_TIMESTAMP: String(timestamp),
    });
    expect(stdout.trim()).toBe(signStandardWebhook(secret, id, timestamp, AWKWARD_BODY));
  });

  it("run whole, also sends a test request the official library accepts", async () => {
    const before = target.received.length;
    writeFileSync(path.join(workDir, "body.txt"), "{}");
    const script = snippet("openssl").replace("http://localhost:3000/webhooks/switchboard", `${target.url}/snippet`);
    const { stdout } = await bash(`${script}\necho " status=$?"`, {
      SWITCHBOARD_SECRET: secret,
      WEBHOOK_ID: "msg_1",
      WEBHOOK_TIMESTAMP: "1",
    });
    expect(stdout).toContain("status=0");
    const received = target.received[before]!;
    expect(received.url).toBe("/snippet");
    expect(verifyWith(received, secret).status).toBe(204);
    expect(verifyWith(received, generateSigningSecret()).status).toBe(401);
  });
});

describe("the Node snippet", () => {
  let receiver: ChildProcess | undefined;
  afterAll(() => receiver?.kill());

  it("runs as pasted and accepts a Switchboard signature, refusing a wrong one", async () => {
    const dir = mkdtempSync(path.join(workDir, "node-"));
    symlinkSync(path.resolve("node_modules"), path.join(dir, "node_modules"));
    writeFileSync(path.join(dir, "receiver.mjs"), snippet("node"));
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    receiver = spawn(process.execPath, ["receiver.mjs"], {
      cwd: dir,
      env: { PATH: process.env.PATH, NODE_ENV: process.env.NODE_ENV, SWITCHBOARD_SECRET: secret, PORT: String(port) },
      stdio: "pipe",
    });
    const url = `http://127.0.0.1:${port}/webhooks/switchboard`;
    const send = (headers: Record<string, string>) =>
      fetch(url, { method: "POST", headers, body: AWKWARD_BODY.trim() });
    const jsonBody = '{"type":"lead.created","name":"Zoë"}';
    const signed = standardWebhookHeaders([secret], `msg_${unique("node")}`, jsonBody);

    let status = 0;
    for (let tries = 0; tries < 100 && status === 0; tries += 1) {
      status = await fetch(url, { method: "POST", headers: signed, body: jsonBody }).then(
        (response) => response.status,
        async () => {
          await new Promise((resolve) => setTimeout(resolve, 100));
          return 0;
        },
      );
    }
    expect(status).toBe(204);
    const wrong = standardWebhookHeaders([generateSigningSecret()], `msg_${unique("node")}`, AWKWARD_BODY.trim());
    expect((await send(wrong)).status).toBe(401);
  });
});

describe("Copy as cURL", () => {
  it("re-sends a stored attempt that a verifying receiver accepts once the secrets are filled", async () => {
    const admin = (await apiToken("admin")).authorization;
    const token = `tok_${unique("bearer")}`;
    const apiKey = `key_${unique("param")}`;
    const strictTarget = await startHttpTarget((request) => {
      const url = new URL(request.url, "http://x");
      if (request.headers.authorization !== `Bearer ${token}` || url.searchParams.get("api_key") !== apiKey)
        return { status: 403, body: "credentials" };
      return verifyWith(request, secret);
    });
    try {
      const created = await callRoute(collection.POST, "/api/v1/connectors", {
        body: {
          name: unique("curl"),
          url: `${strictTarget.url}/hook?plain=a%20b`,
          method: "POST",
          bodyType: "text",
          bodyTemplate: "{{payload}}",
          auth: { type: "bearer", token },
          queryParams: [{ name: "api_key", value: apiKey, secret: true }],
        },
        authorization: admin,
      });
      expect(created.status, created.text).toBe(201);
      const id = created.body.id as string;
      await db().connector.update({ where: { id }, data: { signingSecretEnc: encrypt(secret) } });
      const executed = await callRoute(executeRoute.POST, `/api/v1/connectors/${id}/execute`, {
        body: { variables: { payload: AWKWARD_BODY } },
        authorization: admin,
        params: { id },
      });
      expect(executed.status, executed.text).toBe(200);
      expect(executed.body.result.status).toBe(204);
      const original = strictTarget.received[0]!;

      const command = toCurl(executed.body.request);
      expect(command).not.toContain(token);
      expect(command).not.toContain(secret.slice(6));
      expect(command).toContain("AUTHORIZATION=");
      expect(command).toContain("API_KEY=");

      // Filled from the environment…
      await bash(command, { SWITCHBOARD_SECRET: secret, AUTHORIZATION: `Bearer ${token}`, API_KEY: apiKey });
      // …or by editing the placeholders in the lines above the command.
      const edited = command
        .replace("whsec_FILL_IN", secret)
        .replace(/^(AUTHORIZATION=.*:-)FILL_IN/m, `$1Bearer ${token}`)
        .replace(/^(API_KEY=.*:-)FILL_IN/m, `$1${apiKey}`);
      await bash(edited);
      const [, fromEnv, fromEdit] = await strictTarget.waitForRequests(3);
      for (const replayed of [fromEnv!, fromEdit!]) {
        expect(verifyWith(replayed, secret).status).toBe(204);
        expect(replayed.bytes.equals(original.bytes)).toBe(true);
        expect(replayed.url).toBe(original.url);
        expect(replayed.headers["webhook-id"]).toBe(original.headers["webhook-id"]);
        expect(replayed.headers["user-agent"]).toBe(original.headers["user-agent"]);
      }

      // Unfilled, the signature is wrong and the receiver refuses it.
      await bash(command);
      const [, , , unfilled] = await strictTarget.waitForRequests(4);
      expect(unfilled!.headers.authorization).toBe("FILL_IN");
      expect(verifyWith(unfilled!, secret).status).toBe(401);
    } finally {
      await strictTarget.close();
    }
    // Four shell runs and a real send: slow on a loaded two-core machine.
  }, 60_000);

  it("sends a body starting with @ as text, and plain requests without a signature as they were", async () => {
    const before = target.received.length;
    const body = "@/etc/passwd\r\nline 2";
    const command = toCurl({
      method: "PUT",
      url: `${target.url}/plain?q='x'`,
      headers: { "Content-Type": "text/plain", "X-Note": "it's $HOME" },
      body,
    });
    expect(command).not.toContain("SWITCHBOARD_SECRET");
    await bash(command);
    const received = target.received[before]!;
    expect(received).toMatchObject({ method: "PUT", url: "/plain?q='x'", body });
    expect(received.headers["x-note"]).toBe("it's $HOME");
  });
});
