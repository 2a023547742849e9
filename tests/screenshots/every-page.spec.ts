// Every page of the dashboard, pictured whole in the light and the dark scheme at desktop (1440×900) and phone
// (390×844) size, on the workspace the seed project filled. Each walk is one test so the four run side by side;
// each picture is attached to the HTML report under "<page> · <scheme> · <size>". A page that does not render its
// main heading fails the walk.
import { test } from "@playwright/test";
import { openLoaded, shoot } from "./shoot";
import { contextOptions, readSeed, SCHEMES, SIZES, storageStatePath, type Size } from "./support";

/** Every page: the name it gets in the report, its path, its main heading. */
function everyPage(): [string, string, string | RegExp][] {
  const seed = readSeed();
  const connector = `/connectors/${seed.connector.id}`;
  return [
    ["overview", "/overview", "Overview"],
    ["connectors", "/connectors", "Connectors"],
    ["connector new", "/connectors/new", "New connector"],
    ...["overview", "execute", "preview", "history", "events"].map((tab): [string, string, string] => [
      `connector ${tab} tab`,
      `${connector}?tab=${tab}`,
      seed.connector.name,
    ]),
    ["connector edit", `${connector}/edit`, `Edit ${seed.connector.name}`],
    ["event types", "/event-types", "Event types"],
    ["events", `/events?selected=${seed.event}`, "Events"],
    ["event", `/events/${seed.event}`, /order\.paid/],
    ["event refused", `/events/${seed.refusedEvent}`, /./],
    ["deliveries", `/deliveries?selected=${seed.delivery}`, "Deliveries"],
    ["delivery retried", `/deliveries/${seed.delivery}`, /Delivery/],
    ["triggers", "/triggers", "Triggers"],
    ["trigger", `/triggers/${seed.trigger.id}`, seed.trigger.name],
    ["trigger edit", `/triggers/${seed.trigger.id}/edit`, "Edit trigger"],
    ["trigger new", "/triggers/new", "New trigger"],
    ["app webhooks", "/app-webhooks", "App webhooks"],
    ...["tokens", "users", "workspace", "network", "email", "retention", "export", "audit"].map(
      (tab): [string, string, string] => [`settings ${tab} tab`, `/settings?tab=${tab}`, "Settings"],
    ),
    ["api docs", "/docs/api", "API reference"],
  ];
}

for (const scheme of SCHEMES) {
  for (const size of Object.keys(SIZES) as Size[]) {
    test(`every page · ${scheme} · ${size}`, async ({ browser }) => {
      await test.step("signed out: the sign-in page", async () => {
        const context = await browser.newContext(contextOptions(scheme, size));
        const page = await context.newPage();
        await openLoaded(page, "/login", "Sign in");
        await shoot(page, `login · ${scheme} · ${size}`, scheme);
        await context.close();
      });

      const context = await browser.newContext({ ...contextOptions(scheme, size), storageState: storageStatePath() });
      const page = await context.newPage();
      for (const [name, path, heading] of everyPage()) {
        await test.step(name, async () => {
          await openLoaded(page, path, heading);
          await shoot(page, `${name} · ${scheme} · ${size}`, scheme);
        });
      }
      await context.close();
    });
  }
}
