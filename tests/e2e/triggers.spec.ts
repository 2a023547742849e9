// The inbound journey in the browser: a trigger made in the UI with an action to a connector, its key read from
// the once-shown dialog and its URL copied, a post from outside, the event arriving on the live Events page, and
// the delivery its action started reaching a real local receiver with the body.
import { expect, test } from "@playwright/test";
import { startHttpTarget, type HttpTarget } from "../support/http-target";
import { ownPageHeaders, signInAsAdmin } from "./support/session";

let target: HttpTarget;

test.beforeAll(async () => {
  target = await startHttpTarget(() => ({ status: 200, body: "received" }));
});

test.afterAll(async () => {
  await target?.close();
});

test("a trigger made in the UI receives a post, shows the event live and runs its action", async ({
  page,
  context,
  baseURL,
}) => {
  const stamp = `${test.info().workerIndex}-${Date.now()}`;
  const connectorName = `e2e receiver ${stamp}`;
  const triggerName = `E2E order created ${stamp}`;
  const payload = {
    event: "order_created",
    order_id: `ORD-${stamp}`,
    customer: { email: "customer@example.com" },
    total: 150,
  };
  let connectorId = "";
  let key = "";
  let url = "";

  await test.step("sign in", async () => {
    await signInAsAdmin(page);
  });

  await test.step("a connector pointing at a local receiver (through the API)", async () => {
    const response = await page.request.post("/api/v1/connectors", {
      data: { name: connectorName, url: `${target.url}/orders`, method: "POST", bodyType: "json" },
      headers: ownPageHeaders(),
    });
    expect(response.status()).toBe(201);
    connectorId = ((await response.json()) as { id: string }).id;
  });

  await test.step("create the trigger in the UI with an action rendering {{requestBody}}", async () => {
    await page.goto("/triggers");
    await page.getByRole("link", { name: "New trigger" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "New trigger" })).toBeVisible();
    await page.getByLabel("Name").fill(triggerName);
    await expect(page.getByLabel("Slug")).toHaveValue(`e2e-order-created-${stamp}`);
    await page.getByRole("button", { name: "Add action" }).click();
    const action = page.getByTestId("action-row").first();
    await action.getByLabel("Connector").selectOption(connectorId);
    await action.getByLabel("Body template (optional)").fill("{{requestBody}}");
    await page.getByRole("button", { name: "Create trigger" }).click();
  });

  await test.step("the key is shown once, with the full URL to copy", async () => {
    const dialog = page.getByRole("dialog", { name: "Trigger created" });
    await expect(dialog.getByText("This is the only time the key is shown here")).toBeVisible();
    key = (await dialog.getByTestId("trigger-secret").textContent())!.trim();
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    await dialog.getByRole("button", { name: "Copy URL" }).click();
    await expect(dialog.getByRole("button", { name: "Copied" })).toBeVisible();
    url = await page.evaluate(() => navigator.clipboard.readText());
    expect(url).toBe(`${new URL(url).origin}/api/webhook/default/e2e-order-created-${stamp}?key=${key}`);
    await dialog.getByRole("button", { name: "Open trigger" }).click();
    await expect(page.getByRole("heading", { level: 1, name: triggerName })).toBeVisible();
    // The detail page masks the key again.
    await expect(page.getByTestId("trigger-url")).toHaveText(/\?key=••••••••$/);
    await expect(page.getByText(key)).toHaveCount(0);
  });

  await test.step("open the Events page, then post to the URL from outside the browser", async () => {
    await page.goto("/events");
    await expect(page.getByRole("heading", { level: 1, name: "Events" })).toBeVisible();
    // The server's public URL may be configured differently; the path and key are what the caller needs.
    const local = new URL(url);
    const response = await fetch(`${baseURL}${local.pathname}${local.search}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(payload),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "accepted", workflow_started: true });
  });

  await test.step("the event appears on the Events page without a reload", async () => {
    const row = page.getByTestId("event-row").filter({ hasText: triggerName });
    await expect(row).toBeVisible({ timeout: 10_000 });
    await row.getByRole("link").first().click();
    await expect(page).toHaveURL(/\/events\/[0-9a-f-]{36}$/);
  });

  await test.step("the event shows the delivery its action started, and the receiver got the body", async () => {
    await expect(page.getByText(`ORD-${stamp}`).first()).toBeVisible();
    const deliveries = page.getByRole("heading", { name: "Deliveries (1)" });
    await expect(deliveries).toBeVisible();
    const delivery = page.getByRole("row").filter({ hasText: connectorName });
    await expect(delivery).toBeVisible();
    await expect(delivery.getByRole("link").first()).toHaveAttribute("href", /^\/deliveries\/[0-9a-f-]{36}$/);
    const [received] = await target.waitForRequests(1);
    expect(received!.method).toBe("POST");
    expect(received!.url).toBe("/orders");
    expect(JSON.parse(received!.body)).toEqual(payload);
    // The page may have loaded before the worker finished: reload until the row says so.
    await expect(async () => {
      await page.reload();
      await expect(page.getByRole("row").filter({ hasText: connectorName })).toContainText("Succeeded", {
        timeout: 1_000,
      });
    }).toPass({ timeout: 15_000 });
  });

  await test.step("replay the event: its action runs again and the receiver gets the body a second time", async () => {
    await page.getByRole("button", { name: "Replay" }).click();
    await expect(page.getByText("Replayed: 1 delivery started")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Deliveries (2)" })).toBeVisible();
    const [, again] = await target.waitForRequests(2);
    expect(JSON.parse(again!.body)).toEqual(payload);
  });
});
