// The delivery page as a timeline: a delivery that fails once and succeeds on its retry shows both attempts, newest
// first, beside the connector's retry schedule, and "Compare attempts" puts the two side by side with the status
// marked as the difference; a delivery still waiting shows its next attempt and what is left of the schedule.
import { expect, test, type Page } from "@playwright/test";
import { startHttpTarget, type HttpTarget } from "../support/http-target";
import { apiCall, signInAsAdmin } from "./support/session";

let target: HttpTarget;

test.beforeAll(async () => {
  // Fails the first call to each path, accepts every later one.
  const seen = new Set<string>();
  target = await startHttpTarget((request) => {
    if (request.url.startsWith("/down")) return { status: 503, body: '{"error":"still down"}' };
    if (!seen.has(request.url)) {
      seen.add(request.url);
      return { status: 500, headers: { "content-type": "application/json" }, body: '{"error":"receiver broke"}' };
    }
    return { status: 200, headers: { "content-type": "application/json" }, body: '{"ok":true}' };
  });
});

test.afterAll(async () => {
  await target.close();
});

/** An event type, a connector to `path` on the target with `retrySchedule`, subscribed; returns the event type key. */
async function subscribed(page: Page, suffix: string, path: string, retrySchedule: number[]) {
  const key = `e2e.timeline.${suffix}`;
  const eventType = await apiCall<{ id: string }>(page, "POST", "/api/v1/event-types", { key });
  const connector = await apiCall<{ id: string }>(page, "POST", "/api/v1/connectors", {
    name: `Timeline ${suffix}`,
    url: `${target.url}${path}`,
    method: "POST",
  });
  await apiCall(page, "PATCH", `/api/v1/connectors/${connector.id}/event-settings`, { retrySchedule });
  await apiCall(page, "PUT", `/api/v1/connectors/${connector.id}/subscriptions`, {
    subscriptions: [{ eventTypeId: eventType.id }],
  });
  return key;
}

async function openDeliveryOf(page: Page, type: string) {
  const event = await apiCall<{ id: string }>(page, "POST", "/api/v1/events", {
    type,
    // Keys out of alphabetical order: the page must show them as published (jsonb would sort them).
    payload: { order: "A-17", amount: "5.00" },
  });
  await page.goto(`/deliveries?eventId=${event.id}`);
  await page.getByTestId("delivery-row").getByRole("link").click();
  await expect(page).toHaveURL(/\/deliveries\/[0-9a-f-]{36}$/);
}

test("a failed then retried delivery: two attempts on the timeline, compared side by side", async ({
  page,
}, testInfo) => {
  const suffix = `${testInfo.workerIndex}-${Date.now()}`;
  await signInAsAdmin(page);
  // The retry one second after the failure: the delivery settles within the test's wait.
  const type = await subscribed(page, suffix, `/flaky/${suffix}`, [0, 1]);
  await openDeliveryOf(page, type);

  await test.step("both attempts on the timeline, newest first, and the schedule they followed", async () => {
    await expect(page.getByTestId("delivery-status").first()).toHaveText("Succeeded", { timeout: 15_000 });
    const attempts = page.getByTestId("attempt-card");
    await expect(attempts).toHaveCount(2, { timeout: 15_000 });
    await expect(attempts.first()).toContainText("Attempt 2");
    await expect(attempts.first().getByTestId("response-status")).toHaveText("200 OK");
    await expect(attempts.nth(1)).toContainText("Attempt 1");
    await expect(attempts.nth(1).getByTestId("response-status")).toHaveText("500 Internal Server Error");
    // The newest attempt is open; the older one is a summary line until clicked.
    await expect(attempts.first().getByText("Copy as cURL")).toBeVisible();
    await expect(attempts.nth(1).getByText("receiver broke")).toBeHidden();
    await attempts.nth(1).locator("summary").click();
    await expect(attempts.nth(1).getByText("receiver broke")).toBeVisible();
    // Relative time with the absolute one (and its zone) on hover.
    await expect(attempts.first().locator("time")).toHaveAttribute("title", /\d{4}/);

    const steps = page.getByTestId("schedule-step");
    await expect(steps).toHaveCount(2);
    await expect(steps.nth(0)).toHaveAttribute("data-state", "failed");
    await expect(steps.nth(0)).toContainText("Attempt 1 · right away");
    await expect(steps.nth(1)).toHaveAttribute("data-state", "succeeded");
    await expect(steps.nth(1)).toContainText("1 s after attempt 1");
    await expect(page.getByTestId("timeline-next")).toHaveCount(0);
  });

  await test.step("Compare attempts marks the status and the response body as what differs", async () => {
    await page.getByRole("button", { name: "Compare attempts" }).click();
    const status = page.getByTestId("compare-status");
    await expect(status).toHaveAttribute("data-differs", "true");
    const changed = status.locator('tr[data-diff="changed"]');
    await expect(changed).toHaveCount(1);
    await expect(changed.locator("td").first()).toContainText("500 Internal Server Error");
    await expect(changed.locator("td").last()).toContainText("200 OK");
    await expect(page.getByTestId("compare-responseBody")).toHaveAttribute("data-differs", "true");
    await expect(page.getByTestId("compare-requestBody")).toHaveAttribute("data-differs", "false");
    await expect(page.getByTestId("compare-request")).toHaveAttribute("data-differs", "false");

    // Comparing an attempt with itself shows no difference anywhere.
    await page.getByLabel("Left").selectOption({ label: "Attempt 2 · 200 OK" });
    await expect(status).toHaveAttribute("data-differs", "false");
    await expect(page.locator('[data-testid^="compare-"][data-differs="true"]')).toHaveCount(0);
  });
});

test("a delivery waiting for its retry shows the next attempt and the rest of the schedule", async ({
  page,
}, testInfo) => {
  const suffix = `${testInfo.workerIndex}-${Date.now()}`;
  await signInAsAdmin(page);
  // An hour before the retry: the page is looked at while it waits.
  const type = await subscribed(page, suffix, `/down/${suffix}`, [0, 3600, 7200]);
  await openDeliveryOf(page, type);

  await expect(page.getByTestId("delivery-status").first()).toHaveText("Failed", { timeout: 15_000 });
  const next = page.getByTestId("timeline-next");
  await expect(next).toContainText("Attempt 2");
  await expect(next).toContainText(/Scheduled in (\d+ minutes|1 hour)/);
  await expect(next).toContainText("Then 1 more attempt");
  const steps = page.getByTestId("schedule-step");
  await expect(steps).toHaveCount(3);
  await expect(steps.nth(0)).toHaveAttribute("data-state", "failed");
  await expect(steps.nth(1)).toHaveAttribute("data-state", "next");
  await expect(steps.nth(1)).toContainText("1 h after attempt 1");
  await expect(steps.nth(2)).toHaveAttribute("data-state", "planned");
  await expect(steps.nth(2)).toContainText("2 h after attempt 2");
  // One attempt: nothing to compare yet.
  await expect(page.getByRole("button", { name: "Compare attempts" })).toHaveCount(0);
  // The event's payload reads in the order it was published, as the receiver got it.
  const payload = page.getByText("Payload", { exact: true }).locator("xpath=../..").locator("pre");
  await expect(payload).toHaveText(/"order": "A-17",\s*"amount": "5.00"/);
});
