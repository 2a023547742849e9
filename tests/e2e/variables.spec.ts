// The variable model as a user meets it: a connector written from an event type's sample with the variable
// picker, previewed (nothing sent), published and delivered; then a template the sample cannot fill is warned
// before and at save, publishing says it could not render, the delivery is template_error, and Retry now after
// the fix delivers it.
import { expect, test } from "@playwright/test";
import { startHttpTarget, type HttpTarget } from "../support/http-target";
import { apiCall, signInAsAdmin } from "./support/session";

let target: HttpTarget;

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

test("write a connector from a sample with the picker, preview, publish; a broken template is warned, template_error, retried after the fix", async ({
  page,
}, testInfo) => {
  const suffix = `${testInfo.workerIndex}-${Date.now()}`;
  const eventKey = `e2e.order-paid.${suffix}`;
  const connectorName = `E2E orders ${suffix}`;
  const samplePayload = { orderId: "A-17", customer: { name: "Ada", email: "ada@example.com" } };
  let connectorId = "";

  await test.step("sign in; an event type with a sample payload exists", async () => {
    await signInAsAdmin(page);
    await apiCall(page, "POST", "/api/v1/event-types", { key: eventKey, description: "Paid orders", samplePayload });
  });

  await test.step("new connector: the picker lists the sample's paths and checks the templates against it", async () => {
    await page.goto("/connectors/new");
    await page.getByLabel("Name", { exact: true }).fill(connectorName);
    await page.getByLabel("URL").fill(`${target.url}/orders/{{payload.orderId}}`);
    await expect(page.getByTestId("variable-model")).toContainText("{{payload.…}}");
    await page.getByLabel("Sample event type").selectOption({ label: eventKey });
    const paths = page.getByTestId("variable-paths");
    await expect(paths.getByRole("button", { name: "{{payload.customer.email}}" })).toBeVisible();
    await expect(paths.getByRole("button", { name: "{{event.type}}" })).toBeVisible();
    const body = page.getByLabel("Body template");
    await body.fill('{"order": "{{payload.orderId}}", "customer": ');
    await paths.getByRole("button", { name: "{{payload.customer}}", exact: true }).click();
    await body.press("End");
    await body.pressSequentially("}");
    await expect(body).toHaveValue('{"order": "{{payload.orderId}}", "customer": {{payload.customer}}}');
    await expect(page.getByTestId("template-check")).toHaveText(`Every variable used is in the sample of ${eventKey}.`);
    await page.getByRole("button", { name: "Create connector" }).click();
    await expect(page).toHaveURL(/\/connectors\/[0-9a-f-]{36}$/);
    connectorId = page.url().split("/").at(-1)!;
    const eventTypes = await apiCall<{ data: { id: string; key: string }[] }>(
      page,
      "GET",
      `/api/v1/event-types?search=${encodeURIComponent(eventKey)}`,
    );
    const eventType = eventTypes.data.find((item) => item.key === eventKey)!;
    await apiCall(page, "PUT", `/api/v1/connectors/${connectorId}/subscriptions`, {
      subscriptions: [{ eventTypeId: eventType.id }],
    });
  });

  await test.step("Preview renders the sample through the connector and sends nothing", async () => {
    await page.getByRole("tab", { name: "Preview" }).click();
    await page.getByLabel("Sample of event type").selectOption({ label: eventKey });
    await page.getByRole("button", { name: "Preview request" }).click();
    const result = page.getByTestId("preview-result");
    await expect(result.getByTestId("request-view")).toContainText(`POST ${target.url}/orders/A-17`);
    await expect(result.getByTestId("request-view")).toContainText('"name": "Ada"');
    await expect(result).toContainText("Nothing was sent.");
    expect(target.received).toHaveLength(0);
  });

  await test.step("publish the sample: one delivery queued, delivered with the rendered request", async () => {
    await page.goto("/event-types");
    await page
      .getByTestId("event-type-row")
      .filter({ hasText: eventKey })
      .getByRole("button", { name: /Send test/ })
      .click();
    const dialog = page.getByRole("dialog", { name: "Send test event" });
    await dialog.getByRole("button", { name: "Send event" }).click();
    await expect(dialog.getByTestId("publish-queued")).toHaveText("Queued 1 delivery");
    await dialog.getByRole("link", { name: "View deliveries" }).click();
    await expect(page.getByTestId("delivery-row").getByTestId("delivery-status")).toHaveText("Succeeded", {
      timeout: 20_000,
    });
    const [received] = await target.waitForRequests(1);
    expect(received!.url).toBe("/orders/A-17");
    expect(JSON.parse(received!.body)).toEqual({ order: "A-17", customer: samplePayload.customer });
  });

  await test.step("a variable the sample lacks is flagged while editing and warned at save", async () => {
    await page.goto(`/connectors/${connectorId}/edit`);
    await page
      .getByLabel("Body template")
      .fill('{"order": "{{payload.orderId}}", "phone": "{{payload.customer.phone}}"}');
    await page.getByLabel("Sample event type").selectOption({ label: eventKey });
    await expect(page.getByTestId("template-check")).toContainText(
      `Not in the sample of ${eventKey}: payload.customer.phone`,
    );
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(
      page.getByText(`Template check: payload.customer.phone is missing in the sample payload of ${eventKey}`),
    ).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/connectors/${connectorId}$`));
  });

  await test.step("publishing says the delivery could not render; it is template_error with the variable named", async () => {
    await page.goto("/event-types");
    await page
      .getByTestId("event-type-row")
      .filter({ hasText: eventKey })
      .getByRole("button", { name: /Send test/ })
      .click();
    const dialog = page.getByRole("dialog", { name: "Send test event" });
    await dialog.getByRole("button", { name: "Send event" }).click();
    await expect(dialog.getByTestId("publish-queued")).toHaveText("Queued 0 deliveries; 1 could not render");
    await expect(dialog.getByTestId("publish-unrenderable")).toContainText(
      "Missing template variable: payload.customer.phone",
    );
    await dialog.getByRole("link", { name: "Delivery (template error)" }).click();
    await expect(page).toHaveURL(/\/deliveries\/[0-9a-f-]{36}$/);
    await expect(page.getByText("Template error").first()).toBeVisible();
    // Named twice: in the delivery's status line and where the timeline says why no attempt was made.
    await expect(page.getByText("Missing template variable: payload.customer.phone").first()).toBeVisible();
    await expect(page.getByText("No attempt was made: nothing was sent")).toBeVisible();
    expect(target.received).toHaveLength(1);
  });

  await test.step("after fixing the connector, Retry now renders with it and delivers", async () => {
    const deliveryUrl = page.url();
    await page.goto(`/connectors/${connectorId}/edit`);
    await page
      .getByLabel("Body template")
      .fill('{"order": "{{payload.orderId}}", "email": "{{payload.customer.email}}"}');
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page).toHaveURL(new RegExp(`/connectors/${connectorId}$`));
    await page.goto(deliveryUrl);
    await page.getByRole("button", { name: "Retry now" }).click();
    await expect(page.getByTestId("delivery-status").first()).toHaveText("Succeeded", { timeout: 20_000 });
    const received = await target.waitForRequests(2);
    expect(JSON.parse(received[1]!.body)).toEqual({ order: "A-17", email: "ada@example.com" });
  });
});
