// `npm run screenshots`: every dashboard page in light and dark, at desktop and phone size, as full-page screenshots
// attached to an HTML report (playwright-report/screenshots). Too slow for `npm test`, whose default config only
// looks in tests/e2e; the server, browser and ports are the default config's.
import { defineConfig, devices } from "@playwright/test";
import base from "./playwright.config";

const use = { ...devices["Desktop Chrome"], launchOptions: base.use?.launchOptions };

export default defineConfig({
  ...base,
  testDir: "tests/screenshots",
  // Two workers: the four scheme × size walks share one seeded workspace and run side by side.
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 240_000,
  outputDir: "test-results/screenshots",
  reporter: [["list"], ["html", { outputFolder: "playwright-report/screenshots", open: "never" }]],
  use: { ...base.use, trace: "off" },
  projects: [
    // On a fresh database the setup page is shown, then the administrator created; it also seeds the data.
    { name: "seed", testMatch: /seed\.spec\.ts/, use },
    { name: "every page", testMatch: /every-page\.spec\.ts/, dependencies: ["seed"], use },
    // The README's pictures (docs/screenshots), written only with README_SCREENSHOTS=1.
    { name: "readme", testMatch: /readme\.spec\.ts/, dependencies: ["seed"], use },
  ],
});
