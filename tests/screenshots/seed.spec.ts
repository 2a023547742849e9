// Before the walks: the setup page (shown only while no user exists, so on a fresh database), the administrator,
// and a workspace with something on every page: event types with samples, a connector to a local receiver whose
// first delivery fails and succeeds on its retry, one to a receiver that stays down, a trigger with an action that
// accepted one request and refused another, and an app webhook that was triggered.
import { expect, test } from "@playwright/test";
import { startHttpTarget } from "../support/http-target";
import { seedOneOfEach } from "../e2e/support/seed";
import { apiCall, signInAsAdmin } from "../e2e/support/session";
import { shoot } from "./shoot";
import { contextOptions, saveSeed, SCHEMES, SIZES, storageStatePath, type Size } from "./support";

test("seed the workspace (and picture the setup page on a fresh install)", async ({ browser, baseURL }) => {
  const stamp = Date.now().toString(36);
  const seen = new Set<string>();
  // The first request to each /flaky path fails: its delivery succeeds on the retry a second later.
  const receiver = await startHttpTarget((request) => {
    if (request.url.startsWith("/down")) return { status: 503, body: '{"error":"maintenance"}' };
    if (request.url.startsWith("/flaky") && !seen.has(request.url)) {
      seen.add(request.url);
      return { status: 500, headers: { "content-type": "application/json" }, body: '{"error":"receiver broke"}' };
    }
    return { status: 200, headers: { "content-type": "application/json" }, body: '{"ok":true}' };
  });

  try {
    await test.step("the setup page, when the install is fresh", async () => {
      for (const scheme of SCHEMES) {
        for (const size of Object.keys(SIZES) as Size[]) {
          const context = await browser.newContext(contextOptions(scheme, size));
          const page = await context.newPage();
          await page.goto("/login");
          await page.waitForURL(/\/(login|setup)$/);
          if (page.url().endsWith("/setup")) {
            await expect(page.getByRole("heading", { level: 1, name: "Create the first administrator" })).toBeVisible();
            await shoot(page, `setup · ${scheme} · ${size}`, scheme);
          } else {
            test
              .info()
              .annotations.push({ type: "not pictured", description: `setup (${scheme} ${size}): a user exists` });
          }
          await context.close();
        }
      }
    });

    const context = await browser.newContext();
    const page = await context.newPage();
    await signInAsAdmin(page);
    await context.storageState({ path: storageStatePath() });

    const ids = await test.step("seed through the API", async () => {
      // The order.paid type, the Orders service connector (its first delivery fails, then succeeds on the retry a
      // second later: two requests), the Shop checkout trigger calling it, and the first order.
      const seeded = await seedOneOfEach(page, {
        stamp,
        receiver,
        label: "shop",
        eventType: {
          key: "order.paid",
          description: "An order was paid",
          samplePayload: { orderId: "A-1001", total: 42.5, currency: "EUR" },
        },
        connector: { name: "Orders service", description: "Fulfils paid orders", path: "/flaky/orders" },
        eventSettings: { retrySchedule: [0, 1] },
        trigger: { name: "Shop checkout", slug: `shop-checkout-${stamp}` },
        payload: { orderId: "A-1001", total: 42.5, currency: "EUR" },
        requests: 2,
      });
      const orders = seeded.connector;
      const trigger = seeded.trigger;
      const first = { id: seeded.event };
      const refunded = await apiCall<{ id: string }>(page, "POST", "/api/v1/event-types", {
        key: "order.refunded",
        description: "An order was refunded",
        samplePayload: { orderId: "A-1001", amount: 42.5 },
      });
      const customer = await apiCall<{ id: string }>(page, "POST", "/api/v1/event-types", {
        key: "customer.created",
        description: "A customer signed up",
        samplePayload: { customerId: "C-77", email: "ada@example.test" },
      });
      await apiCall(page, "PUT", `/api/v1/connectors/${orders.id}/subscriptions`, {
        subscriptions: [{ eventTypeId: seeded.eventType.id }, { eventTypeId: refunded.id }],
      });
      const alerts = await apiCall<{ id: string }>(page, "POST", "/api/v1/connectors", {
        name: "CRM sync",
        url: `${receiver.url}/down/crm`,
        method: "POST",
      });
      await apiCall(page, "PATCH", `/api/v1/connectors/${alerts.id}/event-settings`, { retrySchedule: [0, 3600] });
      await apiCall(page, "PUT", `/api/v1/connectors/${alerts.id}/subscriptions`, {
        subscriptions: [{ eventTypeId: customer.id }],
      });

      for (const [index, type] of [
        "order.paid",
        "order.paid",
        "order.refunded",
        "order.paid",
        "customer.created",
      ].entries()) {
        await apiCall(page, "POST", "/api/v1/events", {
          type,
          payload: { orderId: `A-${1002 + index}`, total: 10 + index },
        });
      }

      const accepted = await fetch(`${baseURL}/api/webhook/default/${trigger.slug}?key=${trigger.secret}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ cart: "K-9", items: 3 }),
      });
      expect(accepted.status).toBe(200);
      const refused = await fetch(`${baseURL}/api/webhook/default/${trigger.slug}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ cart: "K-10" }),
      });
      expect(refused.status).toBe(401);

      const webhook = await apiCall<{ triggerUrl: string }>(page, "POST", "/api/v1/app-webhooks", {
        action: "invoicePaid",
        props: {},
      });
      const appCall = await fetch(`${baseURL}${new URL(webhook.triggerUrl).pathname}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: '{"invoice":"INV-7"}',
      });
      expect(appCall.status).toBe(200);

      // Every delivery settled (the first one retried to success): the walks picture finished states.
      await expect
        .poll(
          async () => {
            const { data } = await apiCall<{ data: { status: string }[] }>(page, "GET", "/api/v1/deliveries?limit=100");
            return data.filter((delivery) => ["pending", "in_flight"].includes(delivery.status)).length;
          },
          { timeout: 30_000 },
        )
        .toBe(0);
      const firstDelivery = async () =>
        (
          await apiCall<{ data: { id: string; status: string }[] }>(
            page,
            "GET",
            `/api/v1/deliveries?eventId=${first.id}`,
          )
        ).data[0];
      await expect.poll(async () => (await firstDelivery())?.status, { timeout: 30_000 }).toBe("succeeded");
      const refusedEvents = await apiCall<{ data: { id: string }[] }>(
        page,
        "GET",
        `/api/v1/events?triggerId=${trigger.id}&outcome=refused`,
      );
      return {
        stamp,
        connector: { id: orders.id, name: orders.name },
        eventTypeKey: "order.paid",
        event: first.id,
        refusedEvent: refusedEvents.data[0]?.id ?? "",
        delivery: (await firstDelivery())!.id,
        trigger: { id: trigger.id, name: trigger.name },
      };
    });
    expect(ids.refusedEvent, "the refused request is listed among the trigger's events").not.toBe("");
    saveSeed(ids);
    await context.close();
  } finally {
    await receiver.close();
  }
});
