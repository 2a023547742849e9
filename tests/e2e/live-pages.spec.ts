// Live pages over the event stream: a request posted to a trigger from outside the browser shows up in the
// trigger page's recent events without a reload, and an app webhook's count and last trigger move on the App
// webhooks page the same way. While the stream is connected these pages do not poll, so a row that appears came
// through the stream.
import { expect, test } from "@playwright/test";
import { apiCall, signInAsAdmin } from "./support/session";

test("the trigger page shows a request posted from outside without a reload", async ({ page, baseURL }, testInfo) => {
  test.setTimeout(90_000);
  await signInAsAdmin(page);
  const stamp = `${testInfo.workerIndex}-${Date.now()}`;
  const trigger = await apiCall<{ id: string; slug: string; secret: string }>(page, "POST", "/api/v1/triggers", {
    name: `Live ${stamp}`,
    slug: `live-${stamp}`,
  });

  await page.goto(`/triggers/${trigger.id}`);
  const rows = page.getByTestId("trigger-event-row");
  await expect(page.getByText("No requests yet.")).toBeVisible({ timeout: 15_000 });

  const accepted = await fetch(`${baseURL}/api/webhook/default/${trigger.slug}?key=${trigger.secret}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ live: stamp }),
  });
  expect(accepted.status).toBe(200);
  await expect(rows).toHaveCount(1, { timeout: 10_000 });
  await expect(rows.first()).toContainText("200");

  // A refused request is an event too.
  const refused = await fetch(`${baseURL}/api/webhook/default/${trigger.slug}`, { method: "POST", body: "{}" });
  expect(refused.status).toBe(401);
  await expect(rows).toHaveCount(2, { timeout: 10_000 });
  await expect(rows.first()).toContainText("401");

  // The accepted request's page says in words how it was verified, not the stored code (ok:shared_key).
  await rows.nth(1).getByRole("link").click();
  await expect(page).toHaveURL(/\/events\/[0-9a-f-]{36}$/);
  await expect(page.getByText("by shared key")).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText("ok:shared_key")).toHaveCount(0);
});

test("the App webhooks page counts a trigger and links to its events without a reload", async ({
  page,
  baseURL,
}, testInfo) => {
  test.setTimeout(90_000);
  await signInAsAdmin(page);
  const stamp = `${testInfo.workerIndex}_${Date.now()}`;
  const action = `live_${stamp}`;
  const webhook = await apiCall<{ uuid: string; triggerUrl: string }>(page, "POST", "/api/v1/app-webhooks", {
    action,
    props: {},
  });

  await page.goto("/app-webhooks");
  const row = page.getByTestId("app-webhook-row").filter({ hasText: action });
  const triggered = row.getByTestId("app-webhook-triggered");
  await expect(triggered).toHaveText("Never triggered", { timeout: 15_000 });

  const path = new URL(webhook.triggerUrl).pathname;
  for (const body of ['{"n":1}', '{"n":2}']) {
    const response = await fetch(`${baseURL}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    expect(response.status).toBe(200);
  }
  await expect(triggered).toContainText("2 events", { timeout: 10_000 });
  await expect(triggered).toContainText(/last (now|\d+ seconds? ago)/);

  await triggered.getByRole("link", { name: "2 events" }).click();
  await expect(page).toHaveURL(new RegExp(`/events\\?appWebhookId=${webhook.uuid}$`));
  await expect(page.getByTestId("event-row")).toHaveCount(2, { timeout: 15_000 });
});
