// The walking skeleton as a user meets it on a fresh install: setup → sign out → sign in → every page → an API
// token created, used, revoked → a viewer who sees no write actions → sign out. The database is fresh per run,
// so setup is the first step of the journey.
import { expect, test, type Page } from "@playwright/test";
import { e2eAdmin as admin } from "./support/session";
const viewer = { email: `viewer-${Date.now()}@example.test`, password: "viewer password 1234" };

// What each page shows on a fresh database: its empty state where it has one; the overview's getting-started
// card, the settings' first tab and the API reference's first operations group where the page is never empty.
const pages = [
  { link: "Overview", path: "/overview", heading: "Overview", fresh: "Getting started" },
  { link: "Connectors", path: "/connectors", heading: "Connectors", fresh: "No connectors yet" },
  { link: "Event types", path: "/event-types", heading: "Event types", fresh: "No event types yet" },
  { link: "Events", path: "/events", heading: "Events", fresh: "No events received yet" },
  { link: "Deliveries", path: "/deliveries", heading: "Deliveries", fresh: "No deliveries yet" },
  { link: "Triggers", path: "/triggers", heading: "Triggers", fresh: "No triggers yet" },
  { link: "App webhooks", path: "/app-webhooks", heading: "App webhooks", fresh: "No app webhooks yet" },
  { link: "Settings", path: "/settings", heading: "Settings", fresh: "API tokens" },
  { link: "API docs", path: "/docs/api", heading: "API reference", fresh: "Connectors" },
];

async function signIn(page: Page, credentials: { email: string; password: string }) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(credentials.email);
  await page.getByLabel("Password").fill(credentials.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/overview$/);
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
}

test("first admin sets up, signs in, visits every page, manages an API token and signs out", async ({
  page,
  request,
  browser,
}) => {
  // The longest journey (setup, every page, tokens, a viewer): about 30 s on a quiet machine, twice the default
  // limit's margin when two cores are shared.
  test.setTimeout(120_000);
  await test.step("a fresh install sends every visitor to setup", async () => {
    await page.goto("/overview");
    await expect(page).toHaveURL(/\/setup$/);
    await expect(page.getByRole("heading", { name: "Create the first administrator" })).toBeVisible();
    await page.goto("/login");
    await expect(page).toHaveURL(/\/setup$/);
  });

  await test.step("setup checks the password before creating anything", async () => {
    await page.getByLabel("Email").fill(admin.email);
    await page.getByLabel("Password", { exact: true }).fill("too short");
    await page.getByLabel("Confirm password").fill("something else");
    await page.getByRole("button", { name: "Create administrator" }).click();
    await expect(page.getByText("Password must be at least 12 characters")).toBeVisible();
    await expect(page.getByText("Passwords do not match")).toBeVisible();
    await expect(page).toHaveURL(/\/setup$/);
  });

  await test.step("setup creates the administrator and signs them in", async () => {
    await page.getByLabel("Name (optional)").fill("Ada Admin");
    await page.getByLabel("Password", { exact: true }).fill(admin.password);
    await page.getByLabel("Confirm password").fill(admin.password);
    await page.getByRole("button", { name: "Create administrator" }).click();
    await expect(page).toHaveURL(/\/overview$/);
    await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
    await expect(page.getByTestId("signed-in-email")).toHaveText(admin.email);
    await expect(page.getByRole("banner").getByText("admin", { exact: true })).toBeVisible();
  });

  await test.step("sign out, and /setup is closed for good", async () => {
    await signOut(page);
    await page.goto("/setup");
    await expect(page).toHaveURL(/\/login$/);
    await page.goto("/settings");
    await expect(page).toHaveURL(/\/login$/);
  });

  await test.step("a wrong password is refused with the server's message", async () => {
    await page.getByLabel("Email").fill(admin.email);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Email or password is incorrect" }).first()).toBeVisible();
    await expect(page).toHaveURL(/\/login$/);
  });

  await test.step("sign in", async () => {
    await signIn(page, admin);
  });

  await test.step("every sidebar page has its heading and what a fresh install shows, and marks its link current", async () => {
    const nav = page.getByRole("navigation", { name: "Main" });
    for (const target of pages) {
      await nav.getByRole("link", { name: target.link, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${target.path}$`));
      await expect(page.getByRole("heading", { level: 1, name: target.heading })).toBeVisible();
      await expect(page.getByRole("heading", { name: target.fresh, exact: true }).first()).toBeVisible();
      await expect(nav.getByRole("link", { name: target.link, exact: true })).toHaveAttribute("aria-current", "page");
    }
  });

  const tokenName = `e2e token ${Date.now()}`;
  let token = "";

  await test.step("create an API token: it is shown once, with a warning", async () => {
    await page.goto("/settings");
    await page.getByRole("button", { name: "Create token" }).click();
    const dialog = page.getByRole("dialog", { name: "Create API token" });
    await dialog.getByLabel("Name").fill(tokenName);
    await dialog.getByLabel("Role").selectOption("viewer");
    await dialog.getByRole("button", { name: "Create token" }).click();

    const shown = page.getByRole("dialog", { name: "Copy your new API token" });
    await expect(shown.getByText("This is the only time the token is shown")).toBeVisible();
    token = (await shown.getByTestId("new-api-token").textContent())?.trim() ?? "";
    expect(token).toMatch(/^sb_[A-Za-z0-9_-]{43}$/);
    await shown.getByRole("button", { name: "I have copied the token" }).click();

    const row = page.getByTestId("api-token-row").filter({ hasText: tokenName });
    await expect(row).toContainText("Active");
    await expect(row).toContainText(`${token.slice(0, 10)}…`);
    await page.reload();
    await expect(page.getByTestId("api-token-row").filter({ hasText: tokenName })).toBeVisible();
    await expect(page.getByText(token)).toHaveCount(0);
  });

  await test.step("the token authenticates /api/v1 as Bearer", async () => {
    const response = await request.get("/api/v1/me", { headers: { authorization: `Bearer ${token}` } });
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ kind: "token", role: "viewer", label: `token:${tokenName}` });
  });

  await test.step("revoke the token after confirming; it now answers 401", async () => {
    const row = page.getByTestId("api-token-row").filter({ hasText: tokenName });
    await row.getByRole("button", { name: /Revoke/ }).click();
    await page.getByRole("dialog", { name: "Revoke API token?" }).getByRole("button", { name: "Revoke token" }).click();
    await expect(row).toContainText("Revoked");
    await expect(row.getByRole("button", { name: /Revoke/ })).toHaveCount(0);

    const response = await request.get("/api/v1/me", { headers: { authorization: `Bearer ${token}` } });
    expect(response.status()).toBe(401);
    expect(await response.json()).toEqual({
      error: { code: "unauthorized", message: "Sign in or send Authorization: Bearer <API token>", details: null },
    });
  });

  await test.step("add a viewer, who can read settings but sees no write actions", async () => {
    await page.getByRole("tab", { name: "Users" }).click();
    await page.getByRole("button", { name: "Add user" }).click();
    const dialog = page.getByRole("dialog", { name: "Add user" });
    await dialog.getByLabel("Email").fill(viewer.email);
    await dialog.getByLabel("Password").fill(viewer.password);
    await dialog.getByLabel("Role").selectOption("viewer");
    await dialog.getByRole("button", { name: "Add user" }).click();
    await expect(page.getByTestId("user-row").filter({ hasText: viewer.email })).toBeVisible();

    const viewerContext = await browser.newContext();
    const viewerPage = await viewerContext.newPage();
    await signIn(viewerPage, viewer);
    await viewerPage.goto("/settings");
    await expect(viewerPage.getByTestId("api-token-row").filter({ hasText: tokenName })).toBeVisible();
    await expect(viewerPage.getByRole("button", { name: "Create token" })).toHaveCount(0);
    await expect(viewerPage.getByRole("button", { name: /Revoke/ })).toHaveCount(0);
    await viewerPage.getByRole("tab", { name: "Users" }).click();
    await expect(viewerPage.getByTestId("user-row").filter({ hasText: admin.email })).toBeVisible();
    await expect(viewerPage.getByRole("button", { name: "Add user" })).toHaveCount(0);
    await expect(viewerPage.getByRole("button", { name: /Delete/ })).toHaveCount(0);
    // Workspace settings read-only; the audit log and exports are for admins only.
    await viewerPage.getByRole("tab", { name: "Workspace" }).click();
    await expect(viewerPage.getByLabel("Name")).toBeDisabled();
    await expect(viewerPage.getByRole("button", { name: "Save workspace" })).toHaveCount(0);
    await expect(viewerPage.getByRole("button", { name: "Reveal" })).toHaveCount(0);
    await expect(viewerPage.getByRole("tab", { name: "Audit log" })).toHaveCount(0);
    await expect(viewerPage.getByRole("tab", { name: "Export" })).toHaveCount(0);
    await viewerContext.close();
  });

  await test.step("log out lands on /login and the dashboard is closed again", async () => {
    await signOut(page);
    await page.goto("/overview");
    await expect(page).toHaveURL(/\/login$/);
  });
});
