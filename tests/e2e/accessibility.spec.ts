// Every page passes axe-core's WCAG 2.1 A and AA rules in the light and in the dark scheme: the sign-in page, each
// dashboard list, one detail page each of a connector, an event, a delivery and a trigger (seeded through the API),
// and every Settings tab. One signed-in page walks them all; each view is checked once its data has loaded, since
// a table still saying "Loading…" would hide the rows' colours from the check. The scheme is the system's
// (prefers-color-scheme), which is what a new visitor gets; the toggle itself is pinned in its own test below.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { startHttpTarget, type HttpTarget } from "../support/http-target";
import { seedOneOfEach } from "./support/seed";
import { signInAsAdmin } from "./support/session";

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const SCHEMES = ["light", "dark"] as const;

let receiver: HttpTarget;

test.beforeAll(async () => {
  receiver = await startHttpTarget(() => ({ status: 200, body: "ok" }));
});

test.afterAll(async () => {
  await receiver?.close();
});

/** The page's violations, one line each: what rule, how many elements, and the first few of them. */
async function violationsOn(page: Page, where: string): Promise<string[]> {
  // Legacy mode runs axe in the page itself; the default opens a blank page per check to merge iframe results,
  // which doubles the time and these pages have no iframes. Only violations are collected in full.
  const { violations } = await new AxeBuilder({ page })
    .withTags(WCAG_21_AA)
    .setLegacyMode(true)
    .options({ resultTypes: ["violations"] })
    .analyze();
  return violations.map((violation) => {
    const targets = violation.nodes
      .slice(0, 3)
      .map(
        (node) =>
          `${node.target.join(" ")}${node.failureSummary ? ` (${node.failureSummary.split("\n")[1]?.trim()})` : ""}`,
      );
    return `${where}: ${violation.id} ×${violation.nodes.length}: ${targets.join("; ")}`;
  });
}

/** Opens a page and waits until it shows its heading and nothing on it is still loading. */
async function openLoaded(page: Page, path: string, heading: string | RegExp) {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible({ timeout: 15_000 });
  await expect(page.locator("[aria-busy='true']")).toHaveCount(0, { timeout: 15_000 });
  await expect(page.getByText(/^Loading\b[^…]*…$/)).toHaveCount(0, { timeout: 15_000 });
}

test("every page has no WCAG 2.1 A/AA violation in the light and the dark scheme", async ({ page, browser }) => {
  // About a minute on a quiet machine; the CI machine is shared and can be several times slower.
  test.setTimeout(300_000);
  const stamp = `${test.info().workerIndex}-${Date.now()}`;
  const found: string[] = [];

  await test.step("the sign-in page, signed out", async () => {
    const context = await browser.newContext();
    const visitor = await context.newPage();
    await visitor.goto("/login");
    await visitor.waitForURL(/\/(login|setup)$/);
    for (const scheme of SCHEMES) {
      await visitor.emulateMedia({ colorScheme: scheme });
      if (scheme === "dark") await expect(visitor.locator("html")).toHaveClass(/\bdark\b/);
      else await expect(visitor.locator("html")).not.toHaveClass(/\bdark\b/);
      found.push(...(await violationsOn(visitor, `${scheme} ${new URL(visitor.url()).pathname}`)));
    }
    await context.close();
  });

  await signInAsAdmin(page);

  const ids = await test.step("seed a connector, an event and its delivery, a trigger with an action", async () => {
    const seeded = await seedOneOfEach(page, { stamp, receiver, label: "a11y" });
    return {
      connector: seeded.connector.id,
      trigger: seeded.trigger.id,
      event: seeded.event,
      delivery: seeded.delivery,
    };
  });

  const pages: [string, string | RegExp][] = [
    ["/overview", "Overview"],
    ["/connectors", "Connectors"],
    ["/connectors/new", "New connector"],
    [`/connectors/${ids.connector}`, `a11y ${stamp}`],
    [`/connectors/${ids.connector}/edit`, `Edit a11y ${stamp}`],
    ["/event-types", "Event types"],
    ["/events", "Events"],
    [`/events/${ids.event}`, /a11y\.walk/],
    ["/deliveries", "Deliveries"],
    [`/deliveries/${ids.delivery}`, /Delivery/],
    ["/triggers", "Triggers"],
    ["/triggers/new", "New trigger"],
    [`/triggers/${ids.trigger}`, `a11y ${stamp}`],
    [`/triggers/${ids.trigger}/edit`, "Edit trigger"],
    ["/app-webhooks", "App webhooks"],
    ["/docs/api", "API reference"],
    // The Settings tabs with their own kinds of content: a table, a form, the address check, the audit log.
    ...["tokens", "workspace", "network", "audit"].map((tab): [string, string] => [`/settings?tab=${tab}`, "Settings"]),
  ];

  for (const scheme of SCHEMES) {
    await test.step(`every dashboard page, ${scheme}`, async () => {
      await page.emulateMedia({ colorScheme: scheme });
      for (const [path, heading] of pages) {
        await openLoaded(page, path, heading);
        found.push(...(await violationsOn(page, `${scheme} ${path}`)));
      }
    });
  }

  expect(found).toEqual([]);
});

test("the scheme toggle pins Dark or Light over the system's, from the first paint of the next page", async ({
  page,
}) => {
  // Records <html>'s class when <body> first appears, before anything is painted: the scheme must be set by then.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      document.documentElement.dataset.classAtBody = document.documentElement.className || "none";
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.emulateMedia({ colorScheme: "light" });
  await signInAsAdmin(page);
  const html = page.locator("html");
  const schemes = page.getByRole("group", { name: "Colour scheme" });

  await test.step("System follows prefers-color-scheme, live", async () => {
    await expect(schemes.getByRole("button", { name: "System" })).toHaveAttribute("aria-pressed", "true");
    await expect(html).not.toHaveClass(/\bdark\b/);
    await page.emulateMedia({ colorScheme: "dark" });
    await expect(html).toHaveClass(/\bdark\b/);
  });

  await test.step("Light pins light while the system is dark, also after a reload", async () => {
    await schemes.getByRole("button", { name: "Light" }).click();
    await expect(html).not.toHaveClass(/\bdark\b/);
    await page.reload();
    await expect(html).toHaveAttribute("data-class-at-body", "none");
    await expect(schemes.getByRole("button", { name: "Light" })).toHaveAttribute("aria-pressed", "true");
  });

  await test.step("Dark pins dark while the system is light: dark before the first paint of the next page", async () => {
    await page.emulateMedia({ colorScheme: "light" });
    await schemes.getByRole("button", { name: "Dark" }).click();
    await expect(html).toHaveClass(/\bdark\b/);
    await page.goto("/events");
    await expect(html).toHaveAttribute("data-class-at-body", /\bdark\b/);
    await expect(schemes.getByRole("button", { name: "Dark" })).toHaveAttribute("aria-pressed", "true");
  });

  await test.step("back to System", async () => {
    await schemes.getByRole("button", { name: "System" }).click();
    await expect(html).not.toHaveClass(/\bdark\b/);
  });
});
