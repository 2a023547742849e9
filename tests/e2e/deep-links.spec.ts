// Deep links: a filtered Events list, a connector tab and a Settings tab live in the URL, so a copied address opens
// the same view in a fresh page, a reload keeps the tab and back/forward walk the tabs; an error that names a place
// ("allow it in Settings → Network") links to it.
import { expect, test } from "@playwright/test";
import { apiCall, signInAsAdmin } from "./support/session";

test("filters and tabs live in the URL; a blocked-address error links to Settings → Network", async ({
  page,
  context,
}, testInfo) => {
  // One journey over five pages with reloads and history steps: longer than the default minute on a busy machine.
  test.setTimeout(180_000);
  const suffix = `${testInfo.workerIndex}-${Date.now()}`;
  const wanted = `e2e.deep-link.wanted.${suffix}`;
  const other = `e2e.deep-link.other.${suffix}`;
  let connectorId = "";

  await test.step("sign in and seed two event types, three events and a connector", async () => {
    await signInAsAdmin(page);
    for (const key of [wanted, other]) {
      await apiCall(page, "POST", "/api/v1/event-types", { key, description: "Deep links e2e" });
    }
    for (const type of [wanted, wanted, other]) {
      await apiCall(page, "POST", "/api/v1/events", { type, payload: { suffix } });
    }
    const connector = await apiCall<{ id: string }>(page, "POST", "/api/v1/connectors", {
      name: `Deep links ${suffix}`,
      url: "http://127.0.0.1:9/hook",
      method: "POST",
    });
    connectorId = connector.id;
  });

  const rows = (on = page) => on.getByTestId("event-row");

  await test.step("filter Events by source and type: the URL carries both", async () => {
    await page.goto("/events");
    await page.getByLabel("Source").selectOption("api");
    await expect(page).toHaveURL(/[?&]source=api(&|$)/);
    await page.getByLabel("Event type").selectOption(wanted);
    await expect(page).toHaveURL(new RegExp(`[?&]type=${wanted.replaceAll(".", "\\.")}(&|$)`));
    await expect(rows()).toHaveCount(2);
    await expect(rows().first()).toContainText(wanted);
  });

  await test.step("the copied URL opens the same filters and rows in a new page", async () => {
    const shared = await context.newPage();
    await shared.goto(page.url());
    await expect(shared.getByLabel("Source")).toHaveValue("api");
    await expect(shared.getByLabel("Event type")).toHaveValue(wanted);
    await expect(rows(shared)).toHaveCount(2);
    for (const row of await rows(shared).all()) await expect(row).toContainText(wanted);
    await shared.close();
  });

  await test.step("back from an event's page restores the filtered list; forward returns to the event", async () => {
    const filtered = page.url();
    // The row's link: on desktop widths a click elsewhere on the row selects it for the preview pane.
    await rows().first().getByRole("link").first().click();
    await expect(page).toHaveURL(/\/events\/[^/?]+$/);
    await page.goBack();
    await expect(page).toHaveURL(filtered);
    await expect(page.getByLabel("Event type")).toHaveValue(wanted);
    await expect(rows()).toHaveCount(2);
    await page.goForward();
    await expect(page).toHaveURL(/\/events\/[^/?]+$/);
  });

  const selectedTab = (name: string) =>
    expect(page.getByRole("tab", { name, exact: true })).toHaveAttribute("aria-selected", "true");

  await test.step("connector tabs: each change is a URL, a reload keeps it, back/forward walk them", async () => {
    await page.goto(`/connectors/${connectorId}`);
    await selectedTab("Overview");
    await page.getByRole("tab", { name: "History", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/connectors/${connectorId}\\?tab=history$`));
    await selectedTab("History");
    await page.getByRole("tab", { name: "Events", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/connectors/${connectorId}\\?tab=events$`));
    await page.reload();
    await selectedTab("Events");
    await page.goBack();
    await expect(page).toHaveURL(/\?tab=history$/);
    await selectedTab("History");
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`/connectors/${connectorId}$`));
    await selectedTab("Overview");
    await page.goForward();
    await expect(page).toHaveURL(/\?tab=history$/);
    await selectedTab("History");
  });

  await test.step("Settings tabs: the chosen tab survives a reload", async () => {
    await page.goto("/settings");
    await page.getByRole("tab", { name: "Email", exact: true }).click();
    await expect(page).toHaveURL(/\/settings\?tab=email$/);
    await page.reload();
    await selectedTab("Email");
    await page.goBack();
    await expect(page).toHaveURL(/\/settings$/);
    await selectedTab("API tokens");
  });

  await test.step("the blocked-address message links to Settings → Network", async () => {
    await page.goto("/connectors/new");
    await page.getByLabel("Name", { exact: true }).fill(`Private ${suffix}`);
    await page.getByLabel("URL").fill("http://10.0.0.5/hook");
    await page.getByRole("button", { name: "Test connection" }).click();
    const summary = page.getByTestId("run-summary");
    await expect(summary).toContainText("allow it in Settings → Network");
    await summary.getByRole("link", { name: "Settings → Network" }).click();
    await expect(page).toHaveURL(/\/settings\?tab=network$/);
    await selectedTab("Network");
  });
});
