// The overview as an admin meets it once traffic flows: events published through the API to two connectors on
// real local HTTP targets (one healthy, one answering 500), then the tiles, charts, connector table and recent
// failures show that traffic; a failure is clicked through to its delivery and retried after the receiver recovers.
// Then the API reference lists the connectors operations, the audit log shows a token just created, and the
// network settings' address check says 10.0.0.5 is blocked.
import { expect, test } from "@playwright/test";
import { startHttpTarget, type HttpTarget } from "../support/http-target";
import { apiCall, signInAsAdmin } from "./support/session";

let healthy: HttpTarget;
let failing: HttpTarget;

test.beforeAll(async () => {
  healthy = await startHttpTarget(() => ({ status: 200, body: "ok" }));
  failing = await startHttpTarget(() => ({ status: 500, body: "receiver broke" }));
});

test.afterAll(async () => {
  await healthy.close();
  await failing.close();
});

test("the overview shows seeded traffic; a failure retried; API docs, audit log and network check", async ({
  page,
}, testInfo) => {
  const suffix = `${testInfo.workerIndex}-${Date.now()}`;
  const eventKey = `e2e.order-placed.${suffix}`;
  const healthyName = `Healthy receiver ${suffix}`;
  const failingName = `Failing receiver ${suffix}`;
  const tokenName = `overview token ${suffix}`;

  await test.step("sign in as an admin", async () => {
    await signInAsAdmin(page);
  });

  await test.step("seed through the API: an event type, two subscribed connectors, three events", async () => {
    const eventType = await apiCall<{ id: string }>(page, "POST", "/api/v1/event-types", {
      key: eventKey,
      description: "Overview e2e",
    });
    for (const [name, target] of [
      [healthyName, healthy],
      [failingName, failing],
    ] as const) {
      const connector = await apiCall<{ id: string }>(page, "POST", "/api/v1/connectors", {
        name,
        url: `${target.url}/hook`,
        method: "POST",
      });
      // One retry an hour later: the failures stay "failed" for the retry below instead of retrying by themselves.
      await apiCall(page, "PATCH", `/api/v1/connectors/${connector.id}/event-settings`, { retrySchedule: [0, 3600] });
      await apiCall(page, "PUT", `/api/v1/connectors/${connector.id}/subscriptions`, {
        subscriptions: [{ eventTypeId: eventType.id }],
      });
    }
    for (let index = 0; index < 3; index++) {
      await apiCall(page, "POST", "/api/v1/events", { type: eventKey, payload: { order: index } });
    }
    await healthy.waitForRequests(3);
    await failing.waitForRequests(3);
  });

  await test.step("tiles, charts, connectors and recent failures show the traffic", async () => {
    await page.goto("/overview?range=1h");
    await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
    const failures = page.getByRole("heading", { name: "Recent failures" }).locator("xpath=ancestor::section[1]");
    await expect(failures.getByRole("link", { name: failingName })).toHaveCount(3, { timeout: 20_000 });
    const tile = (label: string) =>
      page
        .locator("dl > div")
        .filter({ has: page.getByText(label, { exact: true }) })
        .locator("dd");
    await expect(tile("Events received")).not.toHaveText("0");
    await expect(tile("Succeeded")).not.toHaveText("0");
    await expect(tile("Failed, retrying")).not.toHaveText("0");
    const connectors = page
      .getByRole("heading", { name: "Connectors", exact: true })
      .locator("xpath=ancestor::section[1]");
    await expect(connectors.getByRole("row").filter({ hasText: healthyName })).toContainText("100");
    await expect(connectors.getByRole("row").filter({ hasText: failingName })).toContainText("HTTP 500");
    for (const chart of ["Deliveries", "Delivery latency", "Inbound events"]) {
      const card = page.getByRole("heading", { name: chart, exact: true }).locator("xpath=ancestor::section[1]");
      await expect(card.locator("svg.recharts-surface").first()).toBeVisible();
    }
    await expect(page.locator(".recharts-bar-rectangle, .recharts-rectangle").first()).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath("overview.png"), fullPage: true });
  });

  await test.step("a recent failure clicks through to its delivery, which Retry now delivers once the receiver recovers", async () => {
    const failures = page.getByRole("heading", { name: "Recent failures" }).locator("xpath=ancestor::section[1]");
    await failures.getByRole("link", { name: failingName }).first().click();
    await expect(page).toHaveURL(/\/deliveries\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1, name: `Delivery of ${eventKey}` })).toBeVisible();
    await expect(page.getByTestId("attempt-card").first().getByTestId("response-status")).toHaveText(
      "500 Internal Server Error",
    );
    failing.respondWith(() => ({ status: 200, body: "fixed" }));
    await page.getByRole("button", { name: "Retry now" }).click();
    await expect(page.getByTestId("delivery-status").first()).toHaveText("Succeeded", { timeout: 20_000 });
    await expect(page.getByTestId("attempt-card")).toHaveCount(2);
  });

  await test.step("the API reference lists the connectors operations", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "API docs", exact: true }).click();
    const section = page.locator("section#connectors");
    await expect(section.getByRole("heading", { name: "Connectors", exact: true })).toBeVisible();
    await expect(section.getByText("List connectors", { exact: true })).toBeVisible();
    await expect(section.getByText("Create a connector", { exact: true })).toBeVisible();
    await expect(section.getByText("/api/v1/connectors/{id}").first()).toBeVisible();
  });

  await test.step("Settings → Audit log shows the token just created", async () => {
    await page.goto("/settings");
    await page.getByRole("button", { name: "Create token" }).click();
    const dialog = page.getByRole("dialog", { name: "Create API token" });
    await dialog.getByLabel("Name").fill(tokenName);
    await dialog.getByRole("button", { name: "Create token" }).click();
    await page
      .getByRole("dialog", { name: "Copy your new API token" })
      .getByRole("button", { name: "I have copied the token" })
      .click();
    await page.getByRole("tab", { name: "Audit log" }).click();
    const row = page.getByRole("row").filter({ hasText: "api_token.created" }).filter({ hasText: tokenName });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("e2e-admin@example.test");
  });

  await test.step("Settings → Network: checking 10.0.0.5 says it is blocked and why", async () => {
    await page.getByRole("tab", { name: "Network" }).click();
    await expect(page.getByRole("heading", { name: "Outbound allowlist" })).toBeVisible();
    await page.getByLabel("URL").fill("http://10.0.0.5/hook");
    await page.getByRole("button", { name: "Check", exact: true }).click();
    const result = page.getByTestId("address-check-result");
    await expect(result).toContainText("Blocked");
    await expect(result).toContainText("10.0.0.5 is a private address (10.0.0.0/8)");
  });
});
