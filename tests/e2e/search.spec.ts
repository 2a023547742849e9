// Search on the Events and Deliveries pages: among two hundred look-alike events (one type, one size), the rows tell them
// apart by their body, a `path = value` search narrows the list to the one, and the search lives in the URL (a
// reload and a fresh page keep it). A search the API would refuse is explained under the box and not applied.
import { expect, test, type Locator, type Page, type TestInfo } from "@playwright/test";
import { apiCall, signInAsAdmin } from "./support/session";

/** The list's card (search box, filters, rows) as a report attachment, to look at; never compared. */
async function attachShot(testInfo: TestInfo, name: string, element: Locator) {
  await testInfo.attach(name, { body: await element.screenshot(), contentType: "image/png" });
}

const listCard = (on: { locator: (selector: string) => Locator }) =>
  on.locator("form[role=search]").locator("xpath=../..");

/** The issue's figure: one event found among two hundred by a value in its body. */
const EVENTS = 200;

test("two hundred similar events: the search finds the one by a body value, and the URL keeps it", async ({
  page,
  context,
}, testInfo) => {
  test.setTimeout(180_000);
  const suffix = `${testInfo.workerIndex}${Date.now()}`;
  const eventKey = `e2e.search.order.paid.${suffix}`;
  // Same shape and same size for all two hundred: only the values differ.
  const payload = (index: number) => ({
    order: `ord_${suffix}_${String(index).padStart(3, "0")}`,
    customer: { email: `c${String(index).padStart(3, "0")}.${suffix}@example.test` },
  });
  const wanted = payload(117);
  const eventRows = (on = page) => on.getByTestId("event-row");

  await test.step("sign in, subscribe a connector to a new event type and publish two hundred events", async () => {
    await signInAsAdmin(page);
    const eventType = await apiCall<{ id: string }>(page, "POST", "/api/v1/event-types", {
      key: eventKey,
      description: "Search e2e",
    });
    const connector = await apiCall<{ id: string }>(page, "POST", "/api/v1/connectors", {
      name: `Search ${suffix}`,
      url: "http://127.0.0.1:9/hook",
      method: "POST",
    });
    await apiCall(page, "PUT", `/api/v1/connectors/${connector.id}/subscriptions`, {
      subscriptions: [{ eventTypeId: eventType.id }],
    });
    for (let index = 0; index < EVENTS; index++) {
      await apiCall(page, "POST", "/api/v1/events", { type: eventKey, payload: payload(index) });
    }
  });

  await test.step("the list tells the look-alikes apart by the start of their body", async () => {
    await page.goto(`/events?type=${encodeURIComponent(eventKey)}`);
    await expect(eventRows()).toHaveCount(50, { timeout: 15_000 });
    await expect(eventRows().first().getByTestId("body-excerpt")).toContainText(`ord_${suffix}_199`);
    await expect(eventRows().nth(1).getByTestId("body-excerpt")).toContainText(`ord_${suffix}_198`);
    await attachShot(testInfo, "events-look-alikes", listCard(page));
    // The footer fetches fifty more at a time, then goes: there is no further page.
    for (const shown of [100, 150, 200]) {
      await page.getByRole("button", { name: "Load more" }).click();
      await expect(eventRows()).toHaveCount(shown, { timeout: 15_000 });
    }
    await expect(eventRows().last().getByTestId("body-excerpt")).toContainText(`ord_${suffix}_000`);
    await expect(page.getByRole("button", { name: "Load more" })).toHaveCount(0);
  });

  await test.step("path = value narrows the list to the one event, and the URL carries the search", async () => {
    const box = page.getByRole("searchbox", { name: "Search events" });
    await box.fill(`customer.email = ${wanted.customer.email}`);
    await box.press("Enter");
    await expect(page).toHaveURL(/[?&]q=customer\.email/);
    await expect(eventRows()).toHaveCount(1, { timeout: 15_000 });
    await expect(eventRows().first()).toContainText(wanted.order);
    await attachShot(testInfo, "events-searched", listCard(page));
  });

  await test.step("a reload and a fresh page keep the search", async () => {
    await page.reload();
    await expect(page.getByRole("searchbox", { name: "Search events" })).toHaveValue(
      `customer.email = ${wanted.customer.email}`,
    );
    await expect(eventRows()).toHaveCount(1, { timeout: 15_000 });
    const shared = await context.newPage();
    await shared.goto(page.url());
    await expect(eventRows(shared)).toHaveCount(1, { timeout: 15_000 });
    await expect(eventRows(shared).first()).toContainText(wanted.order);
    await shared.close();
  });

  await test.step("text search finds the same event by a part of its body", async () => {
    const box = page.getByRole("searchbox", { name: "Search events" });
    await box.fill(`type:${eventKey} "${wanted.order}"`);
    await box.press("Enter");
    await expect(page).toHaveURL(new RegExp(`[?&]q=type%3A${eventKey.replaceAll(".", "\\.")}`));
    await expect(eventRows()).toHaveCount(1, { timeout: 15_000 });
    await expect(eventRows().first()).toContainText(wanted.order);
  });

  await test.step("a search the API would refuse is explained and not applied", async () => {
    const before = page.url();
    const box = page.getByRole("searchbox", { name: "Search events" });
    await box.fill('"not closed');
    await box.press("Enter");
    await expect(page.getByRole("alert").filter({ hasText: "A quote is not closed" })).toBeVisible();
    expect(page.url()).toBe(before);
  });

  await test.step("the Deliveries page searches the events its deliveries carry", async () => {
    await page.goto("/deliveries");
    const box = page.getByRole("searchbox", { name: "Search deliveries" });
    await box.fill(`customer.email = ${wanted.customer.email}`);
    await box.press("Enter");
    await expect(page).toHaveURL(/[?&]q=customer\.email/);
    const rows = page.getByTestId("delivery-row");
    await expect(rows).toHaveCount(1, { timeout: 15_000 });
    await expect(rows.first()).toContainText(`Search ${suffix}`);
    await expect(rows.first().getByTestId("body-excerpt")).toContainText(wanted.order);
    await attachShot(testInfo, "deliveries-searched", listCard(page));
    await page.reload();
    await expect(rows).toHaveCount(1, { timeout: 15_000 });
  });
});

test("bulk retry of the deliveries a search matches, after a dry-run count", async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const suffix = `${testInfo.workerIndex}${Date.now()}`;
  const eventKey = `e2e.bulk.${suffix}`;
  const connectorName = `Bulk ${suffix}`;

  await test.step("three deliveries to an unreachable receiver die after their one attempt", async () => {
    await signInAsAdmin(page);
    const eventType = await apiCall<{ id: string }>(page, "POST", "/api/v1/event-types", { key: eventKey });
    const connector = await apiCall<{ id: string }>(page, "POST", "/api/v1/connectors", {
      name: connectorName,
      url: "http://127.0.0.1:9/hook",
      method: "POST",
    });
    await apiCall(page, "PATCH", `/api/v1/connectors/${connector.id}/event-settings`, { retrySchedule: [0] });
    await apiCall(page, "PUT", `/api/v1/connectors/${connector.id}/subscriptions`, {
      subscriptions: [{ eventTypeId: eventType.id }],
    });
    for (let index = 0; index < 3; index++) {
      await apiCall(page, "POST", "/api/v1/events", { type: eventKey, payload: { index } });
    }
    const dead = `/api/v1/deliveries?q=${encodeURIComponent(`connector:"${connectorName}" status:dead`)}`;
    await expect(async () => {
      expect((await apiCall<{ data: unknown[] }>(page, "GET", dead)).data).toHaveLength(3);
    }).toPass({ timeout: 30_000 });
  });

  await test.step("Retry all matching shows the count first, then requeues exactly those", async () => {
    await page.goto(`/deliveries?q=${encodeURIComponent(`connector:"${connectorName}"`)}`);
    await expect(page.getByTestId("delivery-row")).toHaveCount(3, { timeout: 15_000 });
    await page.getByRole("button", { name: "Retry all matching…" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByTestId("bulk-count")).toContainText("Retry 3 deliveries", { timeout: 15_000 });
    await attachShot(testInfo, "bulk-retry-dry-run", dialog);
    await dialog.getByRole("button", { name: "Retry 3 deliveries" }).click();
    await expect(page.getByText("3 deliveries queued to be sent again")).toBeVisible({ timeout: 15_000 });
    await expect(dialog).toBeHidden();
    // Each was sent once more: a second attempt is recorded on all three.
    await expect(async () => {
      const page1 = await apiCall<{ data: { attemptCount: number }[] }>(
        page,
        "GET",
        `/api/v1/deliveries?q=${encodeURIComponent(`connector:"${connectorName}"`)}`,
      );
      expect(page1.data.map((row) => row.attemptCount)).toEqual([2, 2, 2]);
    }).toPass({ timeout: 30_000 });
  });
});

// The server cannot know the screen's width, so the page it sends has no preview pane; the pane appears once the page
// hydrates on a wide screen. Text typed into the search box before that must stay in the box and be searched. The
// page's scripts are held back until the text is typed, so the typing lands before hydration every time.
for (const view of [
  { path: "/events", label: "Search events", rows: "event-row" },
  { path: "/deliveries", label: "Search deliveries", rows: "delivery-row" },
]) {
  test(`${view.path}: text typed before the page hydrates on a wide screen is kept and searched`, async ({
    page,
  }, testInfo) => {
    const suffix = `${testInfo.workerIndex}${Date.now()}`;
    const order = `ord_early_${suffix}`;
    await signInAsAdmin(page);
    await publishToConnector(page, suffix, [{ order }, { order: `ord_other_${suffix}` }]);

    let release!: () => void;
    const typed = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_next\/static\/.*\.js(\?|$)/, async (route) => {
      await typed;
      await route.continue();
    });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(view.path, { waitUntil: "domcontentloaded" });
    const box = page.getByRole("searchbox", { name: view.label });
    await box.fill(`order = ${order}`);
    release();

    // Hydrated on a wide screen: the pane is there, and the box still holds what was typed.
    await expect(page.getByTestId("inspector-pane")).toBeVisible({ timeout: 15_000 });
    await expect(box).toHaveValue(`order = ${order}`);
    await box.press("Enter");
    await expect(page).toHaveURL(/[?&]q=order/);
    await expect(page.getByTestId(view.rows)).toHaveCount(1, { timeout: 15_000 });
    await expect(page.getByTestId(view.rows).first()).toContainText(order);
  });
}

/** A new event type with a connector subscribed (so each event makes a delivery), then one event per payload. */
async function publishToConnector(page: Page, suffix: string, payloads: Record<string, unknown>[]) {
  const key = `e2e.search.early.${suffix}`;
  const eventType = await apiCall<{ id: string }>(page, "POST", "/api/v1/event-types", { key });
  const connector = await apiCall<{ id: string }>(page, "POST", "/api/v1/connectors", {
    name: `Early ${suffix}`,
    url: "http://127.0.0.1:9/hook",
    method: "POST",
  });
  await apiCall(page, "PUT", `/api/v1/connectors/${connector.id}/subscriptions`, {
    subscriptions: [{ eventTypeId: eventType.id }],
  });
  for (const payload of payloads) await apiCall(page, "POST", "/api/v1/events", { type: key, payload });
}
