// Signing in for browser specs that do not test the first-run flow themselves: on a fresh database the first
// admin is created through /setup, otherwise the same admin signs in.
import { expect, test, type Page } from "@playwright/test";

export const e2eAdmin = { email: "e2e-admin@example.test", password: "correct horse battery staple" };

export async function signInAsAdmin(page: Page, admin = e2eAdmin) {
  await page.goto("/login");
  // /login redirects to /setup while no user exists.
  await page.waitForURL(/\/(login|setup)$/);
  if (page.url().endsWith("/setup")) {
    await page.getByLabel("Email").fill(admin.email);
    await page.getByLabel("Password", { exact: true }).fill(admin.password);
    await page.getByLabel("Confirm password").fill(admin.password);
    await page.getByRole("button", { name: "Create administrator" }).click();
  } else {
    await page.getByLabel("Email").fill(admin.email);
    await page.getByLabel("Password").fill(admin.password);
    await page.getByRole("button", { name: "Sign in" }).click();
  }
  await expect(page).toHaveURL(/\/overview$/);
}

/**
 * The headers the dashboard's own pages send with a write. Calls a test makes with the page's cookie must send them
 * too: the API refuses cookie-authenticated writes from any other origin, or without a JSON content type.
 */
export function ownPageHeaders(): Record<string, string> {
  return { origin: test.info().project.use.baseURL!, "content-type": "application/json" };
}

/** JSON API calls with the page's session cookie; fails the test on any non-2xx answer. */
export async function apiCall<T>(
  page: Page,
  method: "GET" | "POST" | "PUT" | "PATCH",
  path: string,
  data?: unknown,
): Promise<T> {
  const response = await page.request.fetch(path, {
    method,
    data,
    headers: method === "GET" ? undefined : ownPageHeaders(),
  });
  expect(response.ok(), `${method} ${path} answered ${response.status()}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}
