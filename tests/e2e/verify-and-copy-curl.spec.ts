// Issue 14, "Copy as cURL" and "Help receivers verify", as a receiver's developer meets them: an event reaches a
// local receiver that verifies the Standard Webhooks signature; on the delivery page and in the connector's
// History, "Copy as cURL" copies a command with the secret left as a placeholder; filled in and run with bash it
// is accepted by that same receiver. The connector's Events tab shows the signature headers and the verification
// snippets per language, without the secret; screenshots of that card on a desktop and a phone.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { Webhook, WebhookVerificationError } from "standardwebhooks";
import { startHttpTarget, type HttpTarget, type ReceivedRequest } from "../support/http-target";
import { apiCall, signInAsAdmin } from "./support/session";

const run = promisify(execFile);
let target: HttpTarget;
let signingSecret = "";
/** The receiver's verdict per request, in arrival order. */
const verdicts: string[] = [];

/** What a receiver built from the Node snippet does: the official library over the raw body, 401 unless it matches. */
function verify(request: ReceivedRequest): string {
  const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]));
  try {
    new Webhook(signingSecret).verify(request.body, headers);
    return "verified";
  } catch (error) {
    return error instanceof WebhookVerificationError ? `refused: ${error.message}` : "verified";
  }
}

test.beforeAll(async () => {
  target = await startHttpTarget((request) => {
    const verdict = verify(request);
    verdicts.push(verdict);
    return verdict === "verified" ? { status: 204 } : { status: 401, body: verdict };
  });
});

test.afterAll(async () => {
  await target.close();
});

/** Clicks a "Copy as cURL" button and returns what it put on the clipboard (emptied first, so a stale copy fails). */
async function copyCurl(page: Page, scope: Locator): Promise<string> {
  await page.bringToFront();
  await page.evaluate(() => navigator.clipboard.writeText(""));
  await scope.getByRole("button", { name: "Copy as cURL" }).click();
  await expect(scope.getByRole("button", { name: "Copied" })).toBeVisible();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^curl |\ncurl /);
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Fills the placeholder the way a user would (edits the line) and runs the command with bash. */
async function fillAndRun(command: string) {
  expect(command).toContain('SWITCHBOARD_SECRET="${SWITCHBOARD_SECRET:-whsec_FILL_IN}"');
  expect(command).not.toContain(signingSecret);
  const filled = command.replace("whsec_FILL_IN", signingSecret);
  await run("bash", ["-c", filled], { env: { PATH: process.env.PATH, NODE_ENV: process.env.NODE_ENV } });
}

test("a delivery's Copy as cURL, filled and run, passes a verifying receiver; the snippets sit beside the secret", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const suffix = `${testInfo.workerIndex}-${Date.now()}`;
  const eventKey = `e2e.order-paid.${suffix}`;
  const payload = { note: `it's "quoted" & 100% $HOME!`, name: "Zoë ✓ 東京", lines: "one\ntwo" };
  let connectorId = "";

  await test.step("sign in; a connector with a signing secret points at the verifying receiver", async () => {
    await signInAsAdmin(page);
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    const eventType = await apiCall<{ id: string }>(page, "POST", "/api/v1/event-types", {
      key: eventKey,
      description: "Copy as cURL e2e",
    });
    const connector = await apiCall<{ id: string }>(page, "POST", "/api/v1/connectors", {
      name: `Verifying receiver ${suffix}`,
      url: `${target.url}/webhooks/switchboard`,
      method: "POST",
    });
    connectorId = connector.id;
    ({ signingSecret } = await apiCall<{ signingSecret: string }>(
      page,
      "POST",
      `/api/v1/connectors/${connectorId}/rotate-secret`,
    ));
    expect(signingSecret).toMatch(/^whsec_/);
    await apiCall(page, "PUT", `/api/v1/connectors/${connectorId}/subscriptions`, {
      subscriptions: [{ eventTypeId: eventType.id }],
    });
  });

  await test.step("an event is delivered and the receiver verifies its signature", async () => {
    const event = await apiCall<{ id: string }>(page, "POST", "/api/v1/events", { type: eventKey, payload });
    await target.waitForRequests(1, 20_000);
    expect(verdicts).toEqual(["verified"]);
    await page.goto(`/deliveries?eventId=${event.id}`);
    const row = page.getByTestId("delivery-row");
    await expect(row.getByTestId("delivery-status")).toHaveText("Succeeded", { timeout: 20_000 });
    await row.getByRole("link").click();
    await expect(page).toHaveURL(/\/deliveries\/[0-9a-f-]{36}$/);
  });

  await test.step("the attempt's Copy as cURL, with the secret filled in, is accepted by the receiver", async () => {
    const attempt = page.getByTestId("attempt-card");
    await expect(attempt).toHaveCount(1);
    const command = await copyCurl(page, attempt);
    await testInfo.attach("copied-curl.sh", { body: command, contentType: "text/plain" });
    const attemptShot = testInfo.outputPath("attempt-card.png");
    await attempt.screenshot({ path: attemptShot, style: "header.sticky { position: static !important; }" });
    await testInfo.attach("attempt-card", { path: attemptShot, contentType: "image/png" });
    await fillAndRun(command);
    const [original, replayed] = await target.waitForRequests(2);
    expect(verdicts).toEqual(["verified", "verified"]);
    expect(replayed!.bytes.equals(original!.bytes)).toBe(true);
    expect(replayed!.headers["webhook-id"]).toBe(original!.headers["webhook-id"]);
    expect(JSON.parse(replayed!.body)).toEqual(payload);
  });

  await test.step("unfilled, the same command is refused: the signature really depends on the secret", async () => {
    const command = await copyCurl(page, page.getByTestId("attempt-card"));
    await run("bash", ["-c", command], { env: { PATH: process.env.PATH, NODE_ENV: process.env.NODE_ENV } });
    await target.waitForRequests(3);
    expect(verdicts[2]).toBe("refused: No matching signature found");
  });

  await test.step("the connector's History offers Copy as cURL on the attempt too", async () => {
    await page.goto(`/connectors/${connectorId}?tab=history`);
    await page.getByTestId("history-row").first().click();
    const dialog = page.getByRole("dialog");
    await fillAndRun(await copyCurl(page, dialog.getByTestId("attempt")));
    await target.waitForRequests(4);
    expect(verdicts[3]).toBe("verified");
    await dialog.getByRole("button", { name: "Close" }).click();
  });

  await test.step("the Events tab shows the signature headers and a snippet per language, never the secret", async () => {
    await page.goto(`/connectors/${connectorId}?tab=events`);
    const snippets = page.getByTestId("verification-snippets");
    await expect(snippets.getByRole("list", { name: "Signature headers" }).getByRole("listitem")).toHaveText([
      "webhook-id",
      "webhook-timestamp",
      "webhook-signature",
    ]);
    const expected: [string, string][] = [
      ["Node", 'import { Webhook } from "standardwebhooks";'],
      ["Python", "from standardwebhooks import Webhook, WebhookVerificationError"],
      ["Go", 'standardwebhooks "github.com/standard-webhooks/standard-webhooks/libraries/go"'],
      ["PHP", "composer require standard-webhooks/standard-webhooks"],
      ["Ruby", 'StandardWebhooks::Webhook.new(ENV.fetch("SWITCHBOARD_SECRET"))'],
      ["cURL + openssl", "openssl dgst -sha256 -mac HMAC"],
    ];
    const tabs = snippets.getByRole("tab");
    await expect(tabs).toHaveText(expected.map(([label]) => label));
    for (const [label, line] of expected) {
      await snippets.getByRole("tab", { name: label }).click();
      const panel = snippets.getByRole("tabpanel");
      await expect(panel).toContainText(line);
      await expect(panel).toContainText("SWITCHBOARD_SECRET");
      await expect(panel).not.toContainText(signingSecret.slice("whsec_".length));
    }
    // Keyboard: the tabs follow the arrow keys (WAI-ARIA).
    await snippets.getByRole("tab", { name: "cURL + openssl" }).press("ArrowRight");
    await expect(snippets.getByRole("tab", { name: "Node" })).toHaveAttribute("aria-selected", "true");
  });

  await test.step("Reveal shows the current secret and becomes Hide, which masks it again", async () => {
    await page.getByRole("button", { name: "Reveal", exact: true }).click();
    await expect(page.getByText(signingSecret).first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Reveal", exact: true })).toHaveCount(0);
    await page.getByRole("button", { name: "Hide", exact: true }).click();
    await expect(page.getByTestId("signing-secret")).toBeVisible();
    await expect(page.getByText(signingSecret)).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Reveal", exact: true })).toBeVisible();
  });

  await test.step("screenshots of the signing-secret card on a desktop and a phone", async () => {
    const card = page
      .getByRole("heading", { name: "Signing secret", exact: true })
      .locator("xpath=ancestor::section[1]");
    for (const [name, viewport] of [
      ["desktop", { width: 1440, height: 900 }],
      ["phone", { width: 390, height: 844 }],
    ] as const) {
      await page.setViewportSize(viewport);
      // As a reader sees it: no hover or keyboard focus left from the steps above.
      await page.mouse.move(0, 0);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      // What a reader sees at this size: the card's top just under the sticky page header.
      await card.evaluate((element) => {
        element.style.scrollMarginTop = "80px";
        element.scrollIntoView({ block: "start" });
      });
      const path = testInfo.outputPath(`signing-secret-card-${name}.png`);
      await page.screenshot({ path });
      await testInfo.attach(`signing-secret-card-${name}`, { path, contentType: "image/png" });
      // Nothing on the page is wider than the phone: the code scrolls inside its block.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    }
  });
});
