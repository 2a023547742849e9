// Rough edges where a page must say why (issue 14): a delivery that died before any request says what stopped it
// instead of promising a worker; a refused inbound request says its body was not kept (not "null"), shows its
// verdict in words and the refusal as the reason it has no deliveries; a connector with dead deliveries counts as
// needing attention on the Overview, with the reason beside it; the latency chart has a y-axis; the phone's tile
// hint wraps instead of being cut.
import { expect, test, type Page } from "@playwright/test";
import { startHttpTarget, type HttpTarget } from "../support/http-target";
import { apiCall, signInAsAdmin } from "./support/session";

let target: HttpTarget;

test.beforeAll(async () => {
  // The first call to each path fails, every later one succeeds.
  const seen = new Set<string>();
  target = await startHttpTarget((request) => {
    if (!seen.has(request.url)) {
      seen.add(request.url);
      return { status: 500, body: "receiver broke while handling this particular order request" };
    }
    return { status: 200, body: "ok" };
  });
});

test.afterAll(async () => {
  await target.close();
});

async function subscribedConnector(page: Page, stamp: string, body: Record<string, unknown>) {
  const key = `e2e.reasons.${stamp}`;
  const eventType = await apiCall<{ id: string }>(page, "POST", "/api/v1/event-types", { key });
  const connector = await apiCall<{ id: string }>(page, "POST", "/api/v1/connectors", {
    name: `Reasons ${stamp}`,
    method: "POST",
    ...body,
  });
  await apiCall(page, "PUT", `/api/v1/connectors/${connector.id}/subscriptions`, {
    subscriptions: [{ eventTypeId: eventType.id }],
  });
  return { key, connectorId: connector.id };
}

test("a delivery that could not render says why nothing was sent, and counts 0 attempts", async ({
  page,
}, testInfo) => {
  const stamp = `${testInfo.workerIndex}-${Date.now()}`;
  await signInAsAdmin(page);
  const { key } = await subscribedConnector(page, stamp, {
    url: `${target.url}/render/${stamp}`,
    bodyTemplate: '{"missing": "{{payload.notThere}}"}',
  });
  const event = await apiCall<{ id: string }>(page, "POST", "/api/v1/events", { type: key, payload: { a: 1 } });
  await page.goto(`/deliveries?eventId=${event.id}`);
  await page.getByTestId("delivery-row").getByRole("link").click();
  await expect(page).toHaveURL(/\/deliveries\/[0-9a-f-]{36}$/, { timeout: 15_000 });
  await expect(page.getByRole("heading", { name: "Attempts (0)" })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText(/^No attempt was made: nothing was sent \(.*payload\.notThere.*\)\.$/)).toBeVisible();
  await expect(page.getByText(/a worker picks the delivery up/)).toHaveCount(0);
  await expect(page.getByText(/^0 of \d+$/)).toBeVisible();
});

test("a refused inbound request says its body was not kept, gives the verdict in words and the refusal as the reason", async ({
  page,
  baseURL,
}, testInfo) => {
  const stamp = `${testInfo.workerIndex}-${Date.now()}`;
  await signInAsAdmin(page);
  const trigger = await apiCall<{ id: string; slug: string; secret: string }>(page, "POST", "/api/v1/triggers", {
    name: `Refused ${stamp}`,
    slug: `refused-${stamp}`,
  });
  const refused = await fetch(`${baseURL}/api/webhook/default/${trigger.slug}?key=wrong`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ order: `R-${stamp}` }),
  });
  expect(refused.status).toBe(401);
  const events = await apiCall<{ data: { id: string }[] }>(page, "GET", `/api/v1/events?triggerId=${trigger.id}`);
  expect(events.data).toHaveLength(1);

  await page.goto(`/events/${events.data[0]!.id}`);
  // A refused body is not stored (it was never authenticated): the Body tab says so instead of "null".
  await expect(page.getByText(/^Not kept: the request was refused/)).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText("Parsed body (JSON)")).toHaveCount(0);
  await expect(page.getByText("null", { exact: true })).toHaveCount(0);
  await expect(
    page.getByText("No deliveries: Switchboard refused the request (401), so it was not passed on."),
  ).toBeVisible();
  await expect(page.getByText(/nothing was subscribed/)).toHaveCount(0);
  await expect(page.getByText(/^(ok|failed|not checked):/)).toHaveCount(0);
  await expect(page.getByText("Failed", { exact: true })).toBeVisible();
});

test("a connector with a dead delivery needs attention on the Overview, with its reason", async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  const stamp = `${testInfo.workerIndex}-${Date.now()}`;
  await signInAsAdmin(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  // One attempt only: the first event dies on the 500, the second succeeds, so the connector is not failing now.
  const { key, connectorId } = await subscribedConnector(page, stamp, { url: `${target.url}/attention/${stamp}` });
  await apiCall(page, "PATCH", `/api/v1/connectors/${connectorId}/event-settings`, { retrySchedule: [0] });
  for (const order of ["A", "B"]) {
    const event = await apiCall<{ id: string }>(page, "POST", "/api/v1/events", { type: key, payload: { order } });
    await expect(async () => {
      const deliveries = await apiCall<{ data: { status: string }[] }>(
        page,
        "GET",
        `/api/v1/deliveries?eventId=${event.id}`,
      );
      expect(["dead", "succeeded"]).toContain(deliveries.data[0]?.status);
    }).toPass({ timeout: 15_000 });
  }

  await page.goto("/overview?range=1h");
  const row = page.getByRole("row").filter({ hasText: `Reasons ${stamp}` });
  await expect(row.getByTestId("connector-attention")).toContainText("1 dead delivery in the range", {
    timeout: 15_000,
  });
  await expect(page.getByText(/^\d+ connectors?, \d+ triggers?$/)).not.toHaveText(/^0 connectors?,/);

  // The latency chart has a y-axis in milliseconds.
  await expect(
    page
      .locator("svg")
      .getByText(/^\d+ ms$/)
      .first(),
  ).toBeVisible();

  // On a phone the tile's "N connectors, N triggers" wraps instead of being cut.
  await page.setViewportSize({ width: 390, height: 844 });
  const hint = page.getByText(/^\d+ connectors?, \d+ triggers?$/);
  await expect
    .poll(() => hint.evaluate((element) => element.scrollWidth - element.clientWidth), { timeout: 10_000 })
    .toBeLessThanOrEqual(0);
});
