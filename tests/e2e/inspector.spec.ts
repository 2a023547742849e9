// The inspector layout: on a desktop the Events and Deliveries lists preview the selected row beside the list, the
// keyboard walks the selection (↑/↓, j/k) and Enter opens it, and the selection lives in the URL across a reload;
// a phone keeps its cards, with no pane, and a tap opens the page.
import { expect, test, type Page } from "@playwright/test";
import { apiCall, signInAsAdmin } from "./support/session";

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

/** Three events of a type of their own, oldest first; the list shows them newest first. */
async function seedEvents(page: Page, suffix: string) {
  const type = `e2e.inspector.${suffix}`;
  await apiCall(page, "POST", "/api/v1/event-types", { key: type, description: "Inspector e2e" });
  const ids: string[] = [];
  for (const n of [1, 2, 3]) {
    const note = n === 2 ? "<script>window.__injected = true</script>" : `order ${n}`;
    ids.push((await apiCall<{ id: string }>(page, "POST", "/api/v1/events", { type, payload: { n, note } })).id);
  }
  return { type, newestFirst: ids.reverse() };
}

test("Events: the preview follows ↑/↓ and j/k, keeps its row across a reload, and Enter opens it", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await page.setViewportSize(DESKTOP);
  await signInAsAdmin(page);
  const { type, newestFirst } = await seedEvents(page, `${testInfo.workerIndex}-${Date.now()}`);
  const rows = page.getByTestId("event-row");
  const pane = page.getByTestId("inspector-pane");
  const selectedIs = async (index: number) => {
    await expect(page).toHaveURL(new RegExp(`[?&]selected=${newestFirst[index]}(&|$)`), { timeout: 10_000 });
    await expect(rows.nth(index)).toHaveAttribute("aria-current", "true");
    await expect(pane.getByText(newestFirst[index]!)).toBeVisible({ timeout: 10_000 });
    await expect(pane.getByText(`"n": ${3 - index}`)).toBeVisible();
  };

  await test.step("the list opens with an empty pane that says how to use it", async () => {
    await page.goto(`/events?type=${type}`);
    await expect(rows).toHaveCount(3, { timeout: 15_000 });
    await expect(pane).toContainText("Select an event to preview it here.");
  });

  await test.step("a click on a row selects it: highlighted, in the URL, previewed", async () => {
    // The type cell, not the row's link (which opens the page).
    await rows.nth(0).getByRole("cell").nth(2).click();
    await selectedIs(0);
    await expect(pane.getByRole("link", { name: "Open event" })).toHaveAttribute("href", `/events/${newestFirst[0]}`);
    await expect(pane.getByText("content-type")).toHaveCount(0); // published through the API: no headers stored
  });

  await test.step("↓ and j move down, k and ↑ move up; a body's markup shows as text", async () => {
    await page.keyboard.press("ArrowDown");
    await selectedIs(1);
    await expect(pane.getByText('"<script>window.__injected = true</script>"')).toBeVisible();
    expect(await page.evaluate(() => "__injected" in window)).toBe(false);
    await page.keyboard.press("j");
    await selectedIs(2);
    // The end of the list holds the selection.
    await page.keyboard.press("ArrowDown");
    await selectedIs(2);
    await page.keyboard.press("k");
    await selectedIs(1);
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowDown");
    await selectedIs(1);
  });

  await test.step("a reload keeps the selected row and its preview", async () => {
    await page.reload();
    await expect(rows).toHaveCount(3, { timeout: 15_000 });
    await selectedIs(1);
    await expect(page).toHaveURL(new RegExp(`[?&]type=${type.replaceAll(".", "\\.")}(&|$)`));
  });

  await test.step("Enter on the list opens the selected event", async () => {
    // After the reload nothing has the focus; the selected row holds the list's Tab stop.
    await rows.nth(1).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/events/${newestFirst[1]}$`), { timeout: 10_000 });
    await expect(page.getByRole("heading", { level: 1, name: type })).toBeVisible();
  });
});

test("Deliveries: the preview shows the selected delivery's status and latest attempt", async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await page.setViewportSize(DESKTOP);
  await signInAsAdmin(page);
  const suffix = `${testInfo.workerIndex}-${Date.now()}`;
  const type = `e2e.inspector.delivery.${suffix}`;
  const eventType = await apiCall<{ id: string }>(page, "POST", "/api/v1/event-types", { key: type });
  // Port 9 on loopback refuses the connection: the attempt fails without an answer, and the next waits an hour.
  const connector = await apiCall<{ id: string }>(page, "POST", "/api/v1/connectors", {
    name: `Inspector ${suffix}`,
    url: "http://127.0.0.1:9/hook",
    method: "POST",
  });
  await apiCall(page, "PATCH", `/api/v1/connectors/${connector.id}/event-settings`, { retrySchedule: [0, 3600] });
  await apiCall(page, "PUT", `/api/v1/connectors/${connector.id}/subscriptions`, {
    subscriptions: [{ eventTypeId: eventType.id }],
  });
  const event = await apiCall<{ id: string }>(page, "POST", "/api/v1/events", { type, payload: { order: 7 } });

  await page.goto(`/deliveries?eventId=${event.id}`);
  const row = page.getByTestId("delivery-row");
  await expect(row).toHaveCount(1, { timeout: 15_000 });
  await row.getByRole("cell").nth(2).click();
  const pane = page.getByTestId("inspector-pane");
  await expect(pane.getByRole("heading", { name: `To Inspector ${suffix}` })).toBeVisible({ timeout: 10_000 });
  await expect(pane.getByRole("link", { name: "Open delivery" })).toHaveAttribute(
    "href",
    /\/deliveries\/[0-9a-f-]{36}$/,
  );
  // The worker's first attempt lands while the pane is open (it refreshes while the delivery is unfinished).
  await expect(pane.getByRole("region", { name: "Latest attempt" })).toContainText("Failed", { timeout: 20_000 });
  await expect(pane.getByText("POST http://127.0.0.1:9/hook")).toBeVisible();
  await expect(pane.getByText('"order": 7')).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/deliveries\/[0-9a-f-]{36}$/, { timeout: 10_000 });
});

test("a phone keeps its cards with no pane, even with a selection in the URL; a tap opens the event", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await page.setViewportSize(PHONE);
  await signInAsAdmin(page);
  const { type, newestFirst } = await seedEvents(page, `${testInfo.workerIndex}-${Date.now()}-phone`);
  await page.goto(`/events?type=${type}&selected=${newestFirst[1]}`);
  const cards = page.getByTestId("event-card");
  await expect(cards).toHaveCount(3, { timeout: 15_000 });
  await expect(cards.first()).toBeVisible();
  await expect(page.getByTestId("inspector-pane")).toHaveCount(0);
  await expect(page.getByTestId("event-row").first()).toBeHidden();
  await cards.nth(1).click();
  await expect(page).toHaveURL(new RegExp(`/events/${newestFirst[1]}$`), { timeout: 10_000 });
});
