// Connectors in the browser against a real recording HTTP target on 127.0.0.1 (the server allowlists it):
// create in the form → Test connection → save → Execute → History → edit → delete; and the form's readable
// errors (invalid URL, reserved header, invalid JSON body, a blocked private address).
import { expect, test as base, type Page } from "@playwright/test";
import { startHttpTarget, type HttpTarget } from "../support/http-target";
import { e2eAdmin, ownPageHeaders } from "./support/session";

/**
 * Signs the page's browser context in through the API (setup answers 201 on a fresh database, 403 once an admin
 * exists): the UI sign-in is the skeleton's journey, not this one's.
 */
async function signInThroughApi(page: Page) {
  const setup = await page.request.post("/api/auth/setup", { data: e2eAdmin, headers: ownPageHeaders() });
  if (setup.status() === 201) return;
  expect(setup.status(), await setup.text()).toBe(403);
  const login = await page.request.post("/api/auth/login", { data: e2eAdmin, headers: ownPageHeaders() });
  expect(login.status(), await login.text()).toBe(200);
}

const test = base.extend<{ adminPage: Page }, { target: HttpTarget }>({
  // One target per worker: it echoes what it received as JSON, so the response panel has something to show.
  target: [
    async ({}, provide) => {
      const target = await startHttpTarget((request) => ({
        status: 200,
        headers: { "content-type": "application/json", "x-target": "e2e" },
        body: JSON.stringify({ received: true, echo: request.body }),
      }));
      await provide(target);
      await target.close();
    },
    { scope: "worker" },
  ],
  adminPage: async ({ page }, provide) => {
    await signInThroughApi(page);
    await provide(page);
  },
});

const token = "tok_e2e_9f3c1b7a";
const bodyTemplate = '{"greeting": "Hello {{name}}", "name": "{{name}}"}';
const renderedBody = '{"greeting": "Hello Ada", "name": "Ada"}';

test("create, test, execute, read history, edit and delete a connector", async ({
  adminPage: page,
  target,
}, testInfo) => {
  const name = `CRM hook w${testInfo.workerIndex} ${Date.now()}`;
  const renamed = `${name} (renamed)`;
  const url = `${target.url}/hooks/crm`;

  await test.step("fill the form: bearer auth, a header, a JSON body with {{name}}", async () => {
    await page.goto("/connectors");
    await page.getByRole("link", { name: "New connector" }).first().click();
    await expect(page).toHaveURL(/\/connectors\/new$/);
    await page.getByLabel("Name", { exact: true }).fill(name);
    await page.getByLabel("URL").fill(url);
    await page.getByLabel("Authentication").selectOption("bearer");
    await page.getByLabel("Token").fill(token);
    await page.getByRole("button", { name: "Add header" }).click();
    await page.getByLabel("Header 1 name").fill("X-Source");
    await page.getByLabel("Header 1 value").fill("switchboard-e2e");
    await page.getByLabel("Body template").fill(bodyTemplate);
    await expect(page.getByText("Valid JSON.")).toBeVisible();
    await expect(page.getByText("Uses: {{name}}.")).toBeVisible();
  });

  await test.step("Test connection before saving: reachable, 200", async () => {
    const before = target.received.length;
    await page.getByLabel("Sample variables (JSON)").fill('{"name": "Ada"}');
    await page.getByRole("button", { name: "Test connection" }).click();
    const summary = page.getByTestId("run-summary");
    await expect(summary).toContainText("Reachable");
    await expect(summary).toContainText("200 OK");
    await expect(summary).toContainText("The target accepted the request.");
    await target.waitForRequests(before + 1);
    expect(target.received.at(-1)!.headers.authorization).toBe(`Bearer ${token}`);
  });

  await test.step("save: the detail page shows the connector with its secret masked", async () => {
    await page.getByRole("button", { name: "Create connector" }).click();
    await expect(page).toHaveURL(/\/connectors\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    // Opens at the top (Create sits at the bottom of a long form): the breadcrumb is not under the sticky header.
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 10_000 }).toBe(0);
    await expect(page.getByText(`Bearer token: ••••••••`)).toBeVisible();
    await expect(page.getByText(token)).toHaveCount(0);
  });

  await test.step("Execute with {name: Ada}: status 200 and the response body in the panel", async () => {
    const before = target.received.length;
    await page.getByRole("tab", { name: "Execute" }).click();
    // The sample variables typed on the new-connector form came along.
    await expect(page.getByLabel("Sample payload (JSON)")).toHaveValue('{"name": "Ada"}');
    await page.getByLabel("Sample payload (JSON)").fill('{"name":"Ada"}');
    await page.getByRole("button", { name: "Send" }).click();
    const result = page.getByTestId("run-result");
    await expect(result.getByTestId("run-summary")).toContainText("200 OK");
    const response = result.getByTestId("response-view");
    await expect(response).toContainText('"received": true');
    await expect(response).toContainText("Hello Ada");
    await expect(response.getByRole("table", { name: "Response headers" })).toContainText("x-target");
    // The request as sent is shown with the token redacted.
    const sent = result.getByTestId("request-view");
    await expect(sent).toContainText(`POST ${url}`);
    await expect(sent).toContainText("X-Sourceswitchboard-e2e");
    await expect(sent).not.toContainText(token);
    await expect(sent.getByRole("button", { name: "Copy as cURL" })).toBeVisible();

    const [received] = (await target.waitForRequests(before + 1)).slice(before);
    expect(received!.method).toBe("POST");
    expect(received!.url).toBe("/hooks/crm");
    expect(received!.headers.authorization).toBe(`Bearer ${token}`);
    expect(received!.headers["x-source"]).toBe("switchboard-e2e");
    expect(received!.headers["content-type"]).toMatch(/^application\/json/);
    expect(received!.body).toBe(renderedBody);
  });

  await test.step("History lists the execution; opening it shows request and response", async () => {
    await page.getByRole("tab", { name: "History" }).click();
    const rows = page.getByTestId("history-row");
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText("Execution");
    await expect(rows.first()).toContainText("Succeeded");
    await expect(rows.first()).toContainText("200 OK");
    await rows.first().getByRole("button", { name: "View" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByRole("heading", { name: "Attempt 1" })).toBeVisible();
    await expect(dialog.getByTestId("request-view")).toContainText("Hello Ada");
    await expect(dialog.getByTestId("request-view")).not.toContainText(token);
    await expect(dialog.getByTestId("response-view")).toContainText('"received": true');
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect(dialog).toBeHidden();
  });

  await test.step("edit the name; the masked token is kept", async () => {
    await page.getByRole("link", { name: "Edit" }).click();
    await expect(page).toHaveURL(/\/edit$/);
    await expect(page.getByLabel("Token")).toHaveValue("••••••••");
    await expect(page.getByRole("button", { name: "Replace" })).toBeVisible();
    await page.getByLabel("Name", { exact: true }).fill(renamed);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("heading", { level: 1, name: renamed })).toBeVisible();

    const before = target.received.length;
    await page.getByLabel("Sample variables (JSON)").fill('{"name": "Grace"}');
    await page.getByRole("button", { name: "Test connection" }).click();
    await expect(page.getByTestId("run-summary")).toContainText("Reachable");
    const [received] = (await target.waitForRequests(before + 1)).slice(before);
    expect(received!.headers.authorization).toBe(`Bearer ${token}`);
  });

  await test.step("the list shows it with its last result; delete it after confirming", async () => {
    await page.goto(`/connectors?q=${encodeURIComponent(renamed)}`);
    const row = page.getByTestId("connector-row").filter({ hasText: renamed });
    await expect(row).toContainText("Bearer token");
    await expect(row).toContainText("200");
    await row.getByRole("link", { name: renamed }).click();
    await page.getByRole("button", { name: "Delete" }).click();
    await page
      .getByRole("dialog", { name: "Delete this connector?" })
      .getByRole("button", { name: "Delete connector" })
      .click();
    await expect(page).toHaveURL(/\/connectors$/);
    await expect(page.getByTestId("connector-row").filter({ hasText: renamed })).toHaveCount(0);
    expect((await page.request.get("/api/v1/connectors?q=" + encodeURIComponent(renamed))).ok()).toBe(true);
    expect((await (await page.request.get("/api/v1/connectors?q=" + encodeURIComponent(renamed))).json()).data).toEqual(
      [],
    );
  });
});

const fieldErrors = [
  {
    case: "a URL that is not http(s)",
    fill: { url: "ftp://files.example.com/in" },
    message: "Enter an http:// or https:// URL",
  },
  {
    case: "a reserved header",
    fill: { header: "Host" },
    message: "Host is set by the HTTP client and cannot be configured",
  },
  { case: "an invalid JSON body", fill: { body: '{"name": }' }, message: /Body is not valid JSON: .+/ },
] as const;

for (const example of fieldErrors) {
  test(`the form refuses ${example.case} with a readable message`, async ({ adminPage: page }) => {
    await page.goto("/connectors/new");
    await page.getByLabel("Name", { exact: true }).fill(`Broken ${Date.now()}`);
    await page.getByLabel("URL").fill("url" in example.fill ? example.fill.url : "https://api.example.com/hooks");
    if ("header" in example.fill) {
      await page.getByRole("button", { name: "Add header" }).click();
      await page.getByLabel("Header 1 name").fill(example.fill.header);
      await page.getByLabel("Header 1 value").fill("x");
    }
    if ("body" in example.fill) {
      await page.getByLabel("Body template").fill(example.fill.body);
      // Live: shown while typing, before any submit.
      await expect(page.getByText(example.message)).toBeVisible();
    }
    await page.getByRole("button", { name: "Create connector" }).click();
    await expect(page.getByText(example.message).first()).toBeVisible();
    await expect(page).toHaveURL(/\/connectors\/new$/);
  });
}

test("Test connection explains a blocked private address in plain words", async ({ adminPage: page }) => {
  await page.goto("/connectors/new");
  await page.getByLabel("Name", { exact: true }).fill(`Private ${Date.now()}`);
  await page.getByLabel("URL").fill("http://10.0.0.5/hook");
  await page.getByRole("button", { name: "Test connection" }).click();
  const summary = page.getByTestId("run-summary");
  await expect(summary).toContainText("Not reachable");
  await expect(summary).toContainText("blocked: 10.0.0.5 is a private address — allow it in Settings → Network");
});
