// Layout rough edges from issue 14, each pinned where a reader sees it: tab rows that run off a phone's screen say
// so and show the selected tab; a text body wraps instead of scrolling sideways (JSON keeps its indentation); the
// bulk cancel dialog's way out is not a second "Cancel".
import { expect, test, type Locator, type Page } from "@playwright/test";
import { startHttpTarget, type HttpTarget } from "../support/http-target";
import { apiCall, signInAsAdmin } from "./support/session";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };

/** One line of text, far wider than any screen: words, then a long unbroken token, as receivers answer. */
const LONG_TEXT = `upstream rejected the order because the customer record was locked by another process; token=${"a1b2c3d4".repeat(40)} retry later please`;

let target: HttpTarget;

test.beforeAll(async () => {
  target = await startHttpTarget(() => ({ status: 422, body: LONG_TEXT, headers: { "content-type": "text/plain" } }));
});

test.afterAll(async () => {
  await target.close();
});

/** A connector subscribed to a new event type, sending to the text-answering receiver. */
async function subscribedConnector(page: Page, stamp: string) {
  const key = `e2e.layout.${stamp}`;
  const eventType = await apiCall<{ id: string }>(page, "POST", "/api/v1/event-types", { key });
  const connector = await apiCall<{ id: string }>(page, "POST", "/api/v1/connectors", {
    name: `Layout ${stamp}`,
    url: `${target.url}/hook/${stamp}`,
    method: "POST",
  });
  await apiCall(page, "PATCH", `/api/v1/connectors/${connector.id}/event-settings`, { retrySchedule: [0] });
  await apiCall(page, "PUT", `/api/v1/connectors/${connector.id}/subscriptions`, {
    subscriptions: [{ eventTypeId: eventType.id }],
  });
  return { key, connectorId: connector.id, name: `Layout ${stamp}` };
}

/** The `<pre>` of the code block labelled `label` inside `scope`. */
const codeBlock = (page: Page, scope: Page | Locator, label: string) =>
  scope.locator("div.always-dark", { has: page.getByText(label, { exact: true }) }).locator("pre");

/** How far an element's content reaches past its own box, sideways (0 or less: it fits). */
const sidewaysOverflow = (element: Locator) => element.evaluate((node) => node.scrollWidth - node.clientWidth);

/** The hint on one side of a tab row (scoped to it: a panel below may hold a tab row of its own). */
const hint = (tablist: Locator, side: "start" | "end") => tablist.locator("..").getByTestId(`tabs-overflow-${side}`);

/** Whether `tab` lies wholly inside both the tab row's visible box and the viewport. */
async function tabInView(page: Page, tablist: Locator, tab: Locator) {
  const [row, box] = await Promise.all([tablist.boundingBox(), tab.boundingBox()]);
  const width = page.viewportSize()!.width;
  if (!row || !box) return false;
  const left = Math.max(row.x, 0);
  const right = Math.min(row.x + row.width, width);
  return box.x >= left - 1 && box.x + box.width <= right + 1;
}

test("on a phone, tab rows that overflow show a hint on the hidden side and keep the selected tab in view", async ({
  page,
}, testInfo) => {
  const stamp = `${testInfo.workerIndex}-${Date.now()}`;
  await signInAsAdmin(page);
  const { connectorId } = await subscribedConnector(page, stamp);
  await page.setViewportSize(PHONE);

  await test.step("connector tabs: the first tab selected, more tabs hidden to the right", async () => {
    await page.goto(`/connectors/${connectorId}`);
    const tablist = page.getByRole("tablist", { name: "Connector", exact: true });
    await expect(tablist.getByRole("tab", { name: "Overview", selected: true })).toBeVisible({ timeout: 15_000 });
    expect(await sidewaysOverflow(tablist), "the row overflows a phone").toBeGreaterThan(0);
    await expect(hint(tablist, "end")).toBeVisible();
    await expect(hint(tablist, "start")).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath("connector-tabs-start.png"), clip: { x: 0, y: 0, ...PHONE } });
  });

  await test.step("connector tabs: the last tab, opened by its URL, is scrolled into view", async () => {
    await page.goto(`/connectors/${connectorId}?tab=events`);
    const tablist = page.getByRole("tablist", { name: "Connector", exact: true });
    const active = tablist.getByRole("tab", { name: "Events", selected: true });
    await expect(active).toBeVisible({ timeout: 15_000 });
    await expect.poll(() => tabInView(page, tablist, active)).toBe(true);
    await expect(hint(tablist, "start")).toBeVisible();
    await expect(hint(tablist, "end")).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath("connector-tabs-end.png"), clip: { x: 0, y: 0, ...PHONE } });
  });

  await test.step("Settings tabs: Audit log, far to the right, is in view on load", async () => {
    await page.goto("/settings?tab=audit");
    const tablist = page.getByRole("tablist", { name: "Settings sections" });
    const active = tablist.getByRole("tab", { name: "Audit log", selected: true });
    await expect(active).toBeVisible({ timeout: 15_000 });
    await expect.poll(() => tabInView(page, tablist, active)).toBe(true);
    await expect(hint(tablist, "start")).toBeVisible();
  });

  await test.step("a row that fits shows no hint", async () => {
    await page.setViewportSize(DESKTOP);
    await page.goto(`/connectors/${connectorId}`);
    const tablist = page.getByRole("tablist", { name: "Connector", exact: true });
    await expect(tablist.getByRole("tab", { name: "Overview", selected: true })).toBeVisible({ timeout: 15_000 });
    await expect(hint(tablist, "end")).toHaveCount(0);
    await expect(hint(tablist, "start")).toHaveCount(0);
  });
});

test("a long single-line text body wraps in the delivery and event views; a JSON body keeps its indentation", async ({
  page,
  baseURL,
}, testInfo) => {
  const stamp = `${testInfo.workerIndex}-${Date.now()}`;
  await signInAsAdmin(page);
  const { key } = await subscribedConnector(page, stamp);
  const event = await apiCall<{ id: string }>(page, "POST", "/api/v1/events", {
    type: key,
    payload: { order: `W-${stamp}`, note: "short" },
  });
  await page.setViewportSize(DESKTOP);

  await test.step("the delivery's page: the text response wraps, the JSON request stays pretty-printed", async () => {
    await page.goto(`/deliveries?eventId=${event.id}`);
    const row = page.getByTestId("delivery-row");
    await expect(row).toContainText("Dead", { timeout: 30_000 });
    // Beside the list, the preview pane shows the latest response's body.
    await row.click();
    const pane = page.getByTestId("inspector-pane");
    const previewBody = codeBlock(page, pane, "Response body");
    await expect(previewBody).toContainText("token=a1b2c3d4", { timeout: 15_000 });
    expect(await sidewaysOverflow(previewBody)).toBeLessThanOrEqual(0);

    await row.getByRole("link").first().click();
    await expect(page).toHaveURL(/\/deliveries\/[0-9a-f-]{36}$/, { timeout: 15_000 });
    const attempt = page.getByTestId("attempt-card").first();
    const responseBody = codeBlock(page, attempt, "Response body");
    await expect(responseBody).toContainText("token=a1b2c3d4", { timeout: 15_000 });
    expect(await sidewaysOverflow(responseBody)).toBeLessThanOrEqual(0);
    const requestBody = codeBlock(page, attempt, "Request body");
    await expect(requestBody).toContainText(`"order": "W-${stamp}"`);
    expect(await requestBody.evaluate((node) => node.textContent)).toContain(`{\n  "order"`);
    await expect(requestBody).toHaveCSS("white-space", "pre");
  });

  await test.step("an event whose request body is plain text: Body and Raw wrap", async () => {
    const trigger = await apiCall<{ id: string; slug: string; secret: string }>(page, "POST", "/api/v1/triggers", {
      name: `Layout ${stamp}`,
      slug: `layout-${stamp}`,
    });
    const accepted = await fetch(`${baseURL}/api/webhook/default/${trigger.slug}?key=${trigger.secret}`, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: LONG_TEXT,
    });
    expect(accepted.status).toBe(200);
    const events = await apiCall<{ data: { id: string }[] }>(page, "GET", `/api/v1/events?triggerId=${trigger.id}`);
    await page.goto(`/events/${events.data[0]!.id}`);
    const body = codeBlock(page, page, "Body");
    await expect(body).toContainText("token=a1b2c3d4", { timeout: 15_000 });
    expect(await sidewaysOverflow(body)).toBeLessThanOrEqual(0);
    await page.getByRole("tab", { name: "Raw" }).click();
    const raw = codeBlock(page, page, "Raw body");
    await expect(raw).toContainText("token=a1b2c3d4");
    expect(await sidewaysOverflow(raw)).toBeLessThanOrEqual(0);
  });
});

test("the bulk cancel dialog's way out reads “Keep them”, not a second Cancel", async ({ page }, testInfo) => {
  const stamp = `${testInfo.workerIndex}-${Date.now()}`;
  await signInAsAdmin(page);
  const { key, name } = await subscribedConnector(page, stamp);
  await apiCall(page, "POST", "/api/v1/events", { type: key, payload: { order: `C-${stamp}` } });
  await page.goto(`/deliveries?q=${encodeURIComponent(`connector:"${name}"`)}`);
  await expect(page.getByTestId("delivery-row")).toHaveCount(1, { timeout: 15_000 });

  await page.getByRole("button", { name: "Cancel all matching…" }).click();
  const dialog = page.getByRole("dialog", { name: "Cancel all matching deliveries?" });
  await expect(dialog).toBeVisible();
  // None of the dead delivery's kind can be cancelled: the action stays off, and neither button is a bare "Cancel".
  await expect(dialog.getByTestId("bulk-count")).toContainText("nothing to cancel", { timeout: 15_000 });
  await expect(dialog.getByRole("button", { name: "Cancel deliveries" })).toBeDisabled();
  await expect(dialog.getByRole("button", { name: "Cancel", exact: true })).toHaveCount(0);
  await dialog.getByRole("button", { name: "Keep them" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("delivery-row")).toHaveCount(1);
});

test("Overview at 1440 px: the connectors table fits its card, and a failing connector says since when in words", async ({
  page,
}, testInfo) => {
  const stamp = `${testInfo.workerIndex}-${Date.now()}`;
  await signInAsAdmin(page);
  const { key, name, connectorId } = await subscribedConnector(page, stamp);
  await apiCall(page, "POST", "/api/v1/events", { type: key, payload: { order: `O-${stamp}` } });
  const deliveries = () =>
    apiCall<{ data: { status: string }[] }>(page, "GET", `/api/v1/deliveries?connectorId=${connectorId}`);
  await expect.poll(async () => (await deliveries()).data[0]?.status, { timeout: 30_000 }).toBe("dead");
  await page.setViewportSize(DESKTOP);
  await page.goto("/overview");

  const row = page.getByRole("row").filter({ hasText: name });
  const reason = row.getByTestId("connector-attention");
  await expect(reason).toContainText("Failing since", { timeout: 15_000 });
  // Relative, like every other time in the app, with the exact time in the tooltip; never a raw ISO string.
  await expect(reason).not.toContainText(/\d{4}-\d{2}-\d{2}T/);
  await expect(reason.locator("time")).toHaveAttribute("title", /\d/);
  // The table's scroller (named only while it scrolls) holds the table whole: nothing cut at the card's edge.
  const scroller = page.locator("table", { has: row }).locator("..");
  expect(await sidewaysOverflow(scroller), "the connectors table scrolls sideways at 1440 px").toBeLessThanOrEqual(0);
  const [card, lastError] = await Promise.all([scroller.boundingBox(), row.getByRole("cell").last().boundingBox()]);
  expect(lastError!.x + lastError!.width, "the Last error cell ends inside the card").toBeLessThanOrEqual(
    card!.x + card!.width + 1,
  );
});

test("on a phone, the trigger page and App webhooks fit: URLs full width, response bodies and action bodies wrap", async ({
  page,
}, testInfo) => {
  const stamp = `${testInfo.workerIndex}-${Date.now()}`;
  await signInAsAdmin(page);
  const { connectorId } = await subscribedConnector(page, stamp);
  const trigger = await apiCall<{ id: string }>(page, "POST", "/api/v1/triggers", {
    name: `Phone URL ${stamp}`,
    slug: `phone-url-${stamp}`,
    actions: [{ connectorId }],
  });
  await page.setViewportSize(PHONE);
  for (const [path, testId, button] of [
    [`/triggers/${trigger.id}`, "trigger-url", /Copy URL/],
    ["/app-webhooks", "app-uuid", /Copy app uuid/],
  ] as const) {
    await page.goto(path);
    const value = page.getByTestId(testId);
    await expect(value).toBeVisible({ timeout: 15_000 });
    const box = (await value.boundingBox())!;
    // The card's content is ~300 px wide at 390 px; beside the button the value kept ~150 px.
    expect(box.width, `${testId} width`).toBeGreaterThan(260);
    const copy = (await value.locator("..").getByRole("button", { name: button }).boundingBox())!;
    expect(copy.y, `${testId}: the copy button sits below the value`).toBeGreaterThanOrEqual(box.y + box.height - 1);
    if (testId === "trigger-url") {
      // The Responses table's bodies sit under their reason, at a readable width, and the table fits the card.
      const body = page.getByText('{"error":"Invalid shared key"}', { exact: true }).locator("visible=true");
      expect((await body.boundingBox())!.width).toBeGreaterThanOrEqual(200);
      const responses = page.locator("table", { has: body }).locator("..");
      expect(await sidewaysOverflow(responses)).toBeLessThanOrEqual(0);
      // The action's body line fits the card too (it was a sideways-scrolling <pre> cut mid-word).
      const action = page.getByTestId("action-body");
      await expect(action).toContainText("received body, byte for byte");
      expect(await sidewaysOverflow(action)).toBeLessThanOrEqual(0);
    }
  }
});

test("a table wider than a phone fades out on the side that hides columns, and not once it fits", async ({ page }) => {
  await signInAsAdmin(page);
  await page.setViewportSize(PHONE);
  await page.goto("/settings?tab=audit");
  const mask = (element: Locator) =>
    element.evaluate((node) => {
      const style = getComputedStyle(node);
      return style.maskImage || style.webkitMaskImage;
    });
  // Named "Audit log" only while it scrolls sideways (a tab stop for keyboard users).
  const scroller = page.getByRole("region", { name: "Audit log" });
  await expect(scroller.getByRole("row").nth(1)).toBeVisible({ timeout: 15_000 });
  expect(await sidewaysOverflow(scroller)).toBeGreaterThan(0);
  // Chromium reports the gradient's direction in degrees: 270deg is "to left" (the end hides columns), 90deg "to right".
  await expect
    .poll(() => mask(scroller))
    .toMatch(/^linear-gradient\(270deg, rgba\(0, 0, 0, 0\), rgb\(0, 0, 0\) 40px\)$/);
  // Scrolled to the end: now only the start hides columns.
  await scroller.evaluate((node) => node.scrollTo({ left: node.scrollWidth }));
  await expect
    .poll(() => mask(scroller))
    .toMatch(/^linear-gradient\(90deg, rgba\(0, 0, 0, 0\), rgb\(0, 0, 0\) 40px\)$/);

  await page.setViewportSize({ width: 1920, height: 900 });
  await page.goto("/settings?tab=users");
  const users = page.locator("table", { has: page.getByRole("columnheader", { name: "Last sign-in" }) }).locator("..");
  await expect(users.getByRole("row").nth(1)).toBeVisible({ timeout: 15_000 });
  expect(await sidewaysOverflow(users)).toBeLessThanOrEqual(0);
  expect(await mask(users)).toBe("none");
});

test("the connectors list shows no red error under a connector whose later call succeeded", async ({
  page,
}, testInfo) => {
  const stamp = `${testInfo.workerIndex}-${Date.now()}`;
  let calls = 0;
  // The first call fails, the retry a second later succeeds.
  const flaky = await startHttpTarget(() =>
    ++calls === 1 ? { status: 500, body: "receiver broke" } : { status: 200, body: "ok" },
  );
  try {
    await signInAsAdmin(page);
    const key = `e2e.superseded.${stamp}`;
    const eventType = await apiCall<{ id: string }>(page, "POST", "/api/v1/event-types", { key });
    const name = `Recovered ${stamp}`;
    const connector = await apiCall<{ id: string }>(page, "POST", "/api/v1/connectors", {
      name,
      url: `${flaky.url}/hook`,
      method: "POST",
    });
    await apiCall(page, "PATCH", `/api/v1/connectors/${connector.id}/event-settings`, { retrySchedule: [0, 1] });
    await apiCall(page, "PUT", `/api/v1/connectors/${connector.id}/subscriptions`, {
      subscriptions: [{ eventTypeId: eventType.id }],
    });
    await apiCall(page, "POST", "/api/v1/events", { type: key, payload: { order: `R-${stamp}` } });
    const latest = () =>
      apiCall<{ data: { status: string }[] }>(page, "GET", `/api/v1/deliveries?connectorId=${connector.id}`);
    await expect.poll(async () => (await latest()).data[0]?.status, { timeout: 30_000 }).toBe("succeeded");

    await page.setViewportSize(DESKTOP);
    await page.goto("/connectors");
    const row = page.getByRole("row").filter({ hasText: name });
    await expect(row).toContainText("200", { timeout: 15_000 });
    await expect(row).not.toContainText("HTTP 500");
    // The connector's own page still tells the failure, with its time.
    await page.goto(`/connectors/${connector.id}`);
    await expect(page.getByText("HTTP 500", { exact: false }).first()).toBeVisible({ timeout: 15_000 });
  } finally {
    await flaky.close();
  }
});
