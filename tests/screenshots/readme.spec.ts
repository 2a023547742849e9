// The pictures in docs/screenshots that the README's "What you see" shows: one screen each (not the whole page),
// on the workspace the seed project filled, scrolled to or opened on what it illustrates. Written only when asked,
// since each run changes their bytes: `README_SCREENSHOTS=1 npm run screenshots -- --project readme`.
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { openLoaded } from "./shoot";
import { contextOptions, readSeed, storageStatePath, type Scheme, type Size } from "./support";

const folder = path.join(process.cwd(), "docs", "screenshots");

/** Brings `heading` to the top of the screen, under the sticky header. */
async function scrollTo(page: Page, heading: RegExp | string) {
  await page
    .getByRole("heading", { name: heading })
    .first()
    .evaluate((element) => window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 88));
}

interface Picture {
  file: string;
  scheme: Scheme;
  size: Size;
  path: (seed: ReturnType<typeof readSeed>) => string;
  heading: string | RegExp;
  /** What to do once the page has loaded: scroll, open a dialog, send a request. */
  then?: (page: Page) => Promise<void>;
}

const pictures: Picture[] = [
  ...(["light", "dark"] as const).map((scheme) => ({
    file: `overview-desktop-${scheme}`,
    scheme,
    size: "desktop" as const,
    path: () => "/overview",
    heading: "Overview",
  })),
  { file: "overview-phone-light", scheme: "light", size: "phone", path: () => "/overview", heading: "Overview" },
  ...(["light", "dark"] as const).map((scheme) => ({
    file: `events-inspector-desktop-${scheme}`,
    scheme,
    size: "desktop" as const,
    path: (seed: ReturnType<typeof readSeed>) => `/events?selected=${seed.event}`,
    heading: "Events",
    then: async (page: Page) => {
      await expect(page.getByTestId("inspector-pane").getByText("Body (JSON)")).toBeVisible({ timeout: 15_000 });
    },
  })),
  { file: "events-phone-dark", scheme: "dark", size: "phone", path: () => "/events", heading: "Events" },
  { file: "deliveries-phone-light", scheme: "light", size: "phone", path: () => "/deliveries", heading: "Deliveries" },
  {
    file: "deliveries-bulk-desktop-light",
    scheme: "light",
    size: "desktop",
    path: () => "/deliveries",
    heading: "Deliveries",
    then: async (page) => {
      await page.getByRole("button", { name: "Retry all matching…" }).click();
      const dialog = page.getByRole("dialog", { name: "Retry all matching deliveries?" });
      await expect(dialog.getByTestId("bulk-count")).toBeVisible({ timeout: 15_000 });
    },
  },
  {
    file: "delivery-timeline-desktop-dark",
    scheme: "dark",
    size: "desktop",
    path: (seed) => `/deliveries/${seed.delivery}`,
    heading: /Delivery/,
    then: (page) => scrollTo(page, /^Attempts/),
  },
  {
    file: "connector-verify-desktop-light",
    scheme: "light",
    size: "desktop",
    path: (seed) => `/connectors/${seed.connector.id}?tab=events`,
    heading: /./,
    then: (page) => scrollTo(page, "Delivery settings"),
  },
  {
    file: "api-try-it-desktop-dark",
    scheme: "dark",
    size: "desktop",
    path: () => "/docs/api",
    heading: "API reference",
    then: async (page) => {
      const operation = page.locator('details[data-operation="get /api/v1/connectors"]');
      await operation.locator("summary").first().click();
      await operation.getByRole("button", { name: "Send request" }).click();
      await expect(operation.getByTestId("try-it-status")).toHaveText("200 OK", { timeout: 15_000 });
      await operation
        .getByRole("button", { name: "Send request" })
        .evaluate((element) => window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 120));
    },
  },
];

test("the README's pictures", async ({ browser }) => {
  test.skip(!process.env.README_SCREENSHOTS, "README_SCREENSHOTS=1 writes docs/screenshots");
  const seed = readSeed();
  for (const picture of pictures) {
    await test.step(picture.file, async () => {
      const context = await browser.newContext({
        ...contextOptions(picture.scheme, picture.size),
        storageState: storageStatePath(),
      });
      const page = await context.newPage();
      await openLoaded(page, picture.path(seed), picture.heading);
      await page.evaluate(() => document.fonts.ready);
      await picture.then?.(page);
      const body = await page.screenshot({
        path: path.join(folder, `${picture.file}.png`),
        animations: "disabled",
        caret: "hide",
      });
      await test.info().attach(`${picture.file}.png`, { body, contentType: "image/png" });
      await context.close();
    });
  }
});
