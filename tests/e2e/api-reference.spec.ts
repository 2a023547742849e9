// The API reference as a signed-in reader uses it: named schemas with their fields, cURL samples on the origin
// Switchboard is reached at, and "Try it" calling the API with the session and showing the answer.
import { expect, test } from "@playwright/test";
import { apiCall, signInAsAdmin } from "./support/session";

test("Try it on GET /api/v1/event-types answers 200 with the page of event types", async ({ page }, testInfo) => {
  await signInAsAdmin(page);
  const key = `e2e.reference.${testInfo.workerIndex}-${Date.now()}`;
  await apiCall(page, "POST", "/api/v1/event-types", { key, description: "Seen through Try it" });
  const settings = await apiCall<{ publicUrl: string | null }>(page, "GET", "/api/v1/settings/workspace");
  await page.goto("/docs/api");
  await expect(page.getByRole("heading", { level: 1, name: "API reference" })).toBeVisible();

  const operation = page.locator('details[data-operation="get /api/v1/event-types"]');
  await test.step("the operation documents its answer and its cURL runs against this Switchboard", async () => {
    await operation.locator("summary").first().click();
    await expect(operation.getByText("EventType[]")).toBeVisible();
    await expect(operation.getByText("subscriptionCount")).toBeVisible();
    await expect(operation.getByText("Connectors subscribed to it")).toBeVisible();
    const origin = settings.publicUrl ?? new URL(page.url()).origin;
    await expect(operation.locator("pre").first()).toContainText(`curl -X GET "${origin}/api/v1/event-types"`);
    await expect(page.getByText("switchboard.example.com")).toHaveCount(0);
  });

  await test.step("the Events and Triggers operations document their answers, the event stream its messages", async () => {
    const events = page.locator('details[data-operation="get /api/v1/events"]');
    await events.locator("summary").first().click();
    await expect(events.getByText("EventListItem[]")).toBeVisible();
    await expect(events.getByText("excerpt", { exact: true })).toBeVisible();
    const trigger = page.locator('details[data-operation="get /api/v1/triggers/{id}"]');
    await trigger.locator("summary").first().click();
    await expect(trigger.getByText("lastResponseStatus", { exact: true })).toBeVisible();
    const stream = page.locator('details[data-operation="get /api/v1/stream"]');
    await stream.locator("summary").first().click();
    await expect(stream.getByText("text/event-stream, each message's data:")).toBeVisible();
    await expect(stream.getByText("receivedAt", { exact: true })).toBeVisible();
  });

  await test.step("Try it sends the request with the session and shows status, headers and body", async () => {
    await operation.getByLabel(/search/).fill(key);
    await operation.getByRole("button", { name: "Send request" }).click();
    const answer = operation.getByTestId("try-it-answer");
    await expect(answer.getByTestId("try-it-status")).toHaveText("200 OK", { timeout: 15_000 });
    await expect(answer.locator("pre")).toContainText(`"key": "${key}"`);
    await expect(answer.locator("pre")).toContainText('"nextCursor": null');
    await answer.getByText(/^Response headers/).click();
    await expect(answer.getByRole("table", { name: "Response headers" })).toContainText("application/json");
  });

  await test.step("a write goes through the CSRF rule as the dashboard's own calls do", async () => {
    const create = page.locator('details[data-operation="post /api/v1/event-types"]');
    await create.locator("summary").first().click();
    await create.getByLabel("Body (JSON)").fill(JSON.stringify({ key: `${key}.tried`, description: "Made by Try it" }));
    await create.getByRole("button", { name: "Send request" }).click();
    await expect(create.getByTestId("try-it-status")).toHaveText("201 Created", { timeout: 15_000 });
    await expect(create.getByTestId("try-it-answer").locator("pre")).toContainText(`"key": "${key}.tried"`);
  });
});
