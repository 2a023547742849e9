// The delivery journey as an admin meets it: an event type made in the UI, a connector (set up through the API,
// its pages are built elsewhere) subscribed to it and pointing at a real local HTTP target, then "Send test event"
// → the delivery appears and succeeds → its attempt shows the request and the 200 → a 500 leaves the next one
// failed with a retry scheduled → "Retry now" after the target recovers succeeds.
import { expect, test } from "@playwright/test";
import { startHttpTarget, type HttpTarget } from "../support/http-target";
import { apiCall, signInAsAdmin } from "./support/session";

let target: HttpTarget;
// The primary button's fill (components/ui/button.tsx); a secondary button is white with a ring.
const primaryButton = /(^|\s)bg-indigo-600(\s|$)/;

test.beforeAll(async () => {
  target = await startHttpTarget(() => ({
    status: 200,
    headers: { "content-type": "application/json" },
    body: '{"ok":true}',
  }));
});

test.afterAll(async () => {
  await target.close();
});

test("send a test event, watch its delivery succeed, fail on a 500 and succeed on Retry now", async ({
  page,
}, testInfo) => {
  const suffix = `${testInfo.workerIndex}-${Date.now()}`;
  const eventKey = `e2e.lead-created.${suffix}`;
  const connectorName = `E2E receiver ${suffix}`;
  const samplePayload = { lead: { email: "ada@example.com", score: 42 } };

  await test.step("sign in as an admin", async () => {
    await signInAsAdmin(page);
  });

  await test.step("create an event type in the UI; the sample payload is checked as JSON while typing", async () => {
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Event types", exact: true })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Event types" })).toBeVisible();
    await page.getByRole("button", { name: "New event type" }).first().click();
    const dialog = page.getByRole("dialog", { name: "New event type" });
    await dialog.getByLabel("Key").fill("not a valid key!");
    await dialog.getByLabel("Sample payload (JSON, optional)").fill('{"lead": ');
    await expect(dialog.getByText("Key may only contain letters, digits, dots, underscores and dashes")).toBeVisible();
    await expect(dialog.getByText(/^Not valid JSON/)).toBeVisible();

    await dialog.getByLabel("Key").fill(eventKey);
    await dialog.getByLabel("Code (optional)").fill("");
    await dialog.getByLabel("Description").fill("A lead from the e2e landing page");
    await dialog.getByLabel("Sample payload (JSON, optional)").fill(JSON.stringify(samplePayload));
    await expect(dialog.getByText(/^Not valid JSON/)).toHaveCount(0);
    await dialog.getByRole("button", { name: "Create event type" }).click();
    await expect(dialog).toBeHidden();
    const row = page.getByTestId("event-type-row").filter({ hasText: eventKey });
    await expect(row).toContainText("A lead from the e2e landing page");
    await expect(row.getByRole("cell").nth(3)).toHaveText("0");
  });

  await test.step("a connector to the local target subscribes to it (through the API)", async () => {
    const connector = await apiCall<{ id: string }>(page, "POST", "/api/v1/connectors", {
      name: connectorName,
      url: `${target.url}/hooks/lead`,
      method: "POST",
    });
    // One retry an hour later: the failed delivery below then waits for "Retry now" instead of retrying by itself.
    await apiCall(page, "PATCH", `/api/v1/connectors/${connector.id}/event-settings`, { retrySchedule: [0, 3600] });
    const eventTypes = await apiCall<{ data: { id: string; key: string }[] }>(
      page,
      "GET",
      `/api/v1/event-types?search=${encodeURIComponent(eventKey)}`,
    );
    const eventType = eventTypes.data.find((item) => item.key === eventKey);
    expect(eventType).toBeDefined();
    await apiCall(page, "PUT", `/api/v1/connectors/${connector.id}/subscriptions`, {
      subscriptions: [{ eventTypeId: eventType!.id }],
    });
    await page.reload();
    await expect(page.getByTestId("event-type-row").filter({ hasText: eventKey }).getByRole("cell").nth(3)).toHaveText(
      "1",
    );
  });

  await test.step("Send test event publishes the sample payload to the one subscriber", async () => {
    await page
      .getByTestId("event-type-row")
      .filter({ hasText: eventKey })
      .getByRole("button", { name: /Send test/ })
      .click();
    const dialog = page.getByRole("dialog", { name: "Send test event" });
    await expect(dialog.getByLabel("Payload (JSON)")).toHaveValue(JSON.stringify(samplePayload, null, 2));
    await dialog.getByRole("button", { name: "Send event" }).click();
    await expect(dialog.getByRole("status")).toContainText("Queued 1 delivery");
    await dialog.getByRole("link", { name: "View deliveries" }).click();
    await expect(page).toHaveURL(/\/deliveries\?eventId=[0-9a-f-]{36}$/);
  });

  await test.step("the delivery appears and becomes succeeded; the target got the payload", async () => {
    const row = page.getByTestId("delivery-row");
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(eventKey);
    await expect(row).toContainText(connectorName);
    await expect(row.getByTestId("delivery-status")).toHaveText("Succeeded", { timeout: 20_000 });
    await expect(row).toContainText("1/2");
    await expect(row).toContainText("200");
    const [received] = await target.waitForRequests(1);
    expect(received!.method).toBe("POST");
    expect(received!.url).toBe("/hooks/lead");
    expect(JSON.parse(received!.body)).toEqual(samplePayload);
  });

  await test.step("its detail shows the event, the connector and the attempt's request and 200 response", async () => {
    await page.getByTestId("delivery-row").getByRole("link").click();
    await expect(page).toHaveURL(/\/deliveries\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1, name: `Delivery of ${eventKey}` })).toBeVisible();
    await expect(page.getByRole("link", { name: connectorName })).toHaveAttribute(
      "href",
      /\/connectors\/[0-9a-f-]{36}$/,
    );
    await expect(page.getByText('"score": 42').first()).toBeVisible();
    const attempt = page.getByTestId("attempt-card");
    await expect(attempt).toHaveCount(1);
    await expect(attempt).toContainText("Attempt 1");
    await expect(attempt).toContainText(`POST ${target.url}/hooks/lead`);
    await expect(attempt.getByTestId("response-status")).toHaveText("200 OK");
    await expect(attempt).toContainText("Success: the receiver accepted the delivery.");
    await expect(attempt).toContainText('"ok": true');
    // Sending a succeeded delivery again is possible but not the next step: a secondary button, not the primary one.
    await expect(page.getByRole("button", { name: "Retry now" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Retry now" })).not.toHaveClass(primaryButton);
  });

  await test.step("with the target answering 500, the next event's delivery fails and waits for a retry", async () => {
    target.respondWith(() => ({ status: 500, body: "receiver broke" }));
    await page.goto("/event-types");
    await page
      .getByTestId("event-type-row")
      .filter({ hasText: eventKey })
      .getByRole("button", { name: /Send test/ })
      .click();
    const dialog = page.getByRole("dialog", { name: "Send test event" });
    await dialog.getByLabel("Payload (JSON)").fill('{"lead":{"email":"grace@example.com"}}');
    await dialog.getByRole("button", { name: "Send event" }).click();
    await expect(dialog.getByRole("status")).toContainText("Queued 1 delivery");
    await dialog.getByRole("link", { name: "View deliveries" }).click();

    const row = page.getByTestId("delivery-row");
    await expect(row.getByTestId("delivery-status")).toHaveText("Failed", { timeout: 20_000 });
    await expect(row).toContainText("500");
    await expect(page.getByTestId("status-tile-failed").getByTestId("status-count")).toHaveText("1");
    await row.getByRole("link").click();
    await expect(page.getByTestId("next-attempt")).toBeVisible();
    const attempt = page.getByTestId("attempt-card");
    await expect(attempt.getByTestId("response-status")).toHaveText("500 Internal Server Error");
    await expect(attempt).toContainText("receiver broke");
    await expect(attempt).toContainText("http_500");
    await expect(page.getByRole("button", { name: "Retry now" })).toHaveClass(primaryButton);
  });

  await test.step("after the target recovers, Retry now delivers it", async () => {
    target.respondWith(() => ({ status: 200, body: "fixed" }));
    await page.getByRole("button", { name: "Retry now" }).click();
    await expect(page.getByTestId("delivery-status").first()).toHaveText("Succeeded", { timeout: 20_000 });
    const attempts = page.getByTestId("attempt-card");
    await expect(attempts).toHaveCount(2);
    // Newest first.
    await expect(attempts.first()).toContainText("Attempt 2");
    await expect(attempts.first().getByTestId("response-status")).toHaveText("200 OK");
    await expect(attempts.nth(1).getByTestId("response-status")).toHaveText("500 Internal Server Error");
    expect(target.received.map((request) => JSON.parse(request.body))).toEqual([
      samplePayload,
      { lead: { email: "grace@example.com" } },
      { lead: { email: "grace@example.com" } },
    ]);
  });
});
