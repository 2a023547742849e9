// Opening a page for its picture: it must show its main heading (a broken page fails the run) and have finished
// loading, in the scheme asked for; then the whole page, scrolled content included, goes into the report.
import { expect, test, type Page } from "@playwright/test";
import type { Scheme } from "./support";

export async function openLoaded(page: Page, path: string, heading: string | RegExp) {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1, name: heading }).first()).toBeVisible({ timeout: 15_000 });
  await expect(page.locator("[aria-busy='true']")).toHaveCount(0, { timeout: 15_000 });
  await expect(page.getByText(/^Loading\b[^…]*…$/)).toHaveCount(0, { timeout: 15_000 });
}

export async function shoot(page: Page, name: string, scheme: Scheme) {
  const html = page.locator("html");
  if (scheme === "dark") await expect(html).toHaveClass(/\bdark\b/);
  else await expect(html).not.toHaveClass(/\bdark\b/);
  // From the top: a page that scrolled itself (a selected row brought into view) would otherwise be pictured with
  // its sticky header and sidebar halfway down. Fonts settle first; CSS transitions are stopped at their end state.
  await page.evaluate(async () => {
    window.scrollTo(0, 0);
    await document.fonts.ready;
  });
  const body = await page.screenshot({ fullPage: true, animations: "disabled", caret: "hide" });
  await test.info().attach(`${name}.png`, { body, contentType: "image/png" });
}
