// Live pages in many tabs: a browser opens at most six HTTP/1.1 connections to one host, and each live stream
// holds one for as long as its tab is open. With a stream per tab, the seventh tab's requests would wait forever;
// the tabs share one stream instead (components/event-log/use-live-refresh.ts), so eight tabs all load and all
// see a request posted from outside.
import { expect, test } from "@playwright/test";
import { apiCall, signInAsAdmin } from "./support/session";

const TABS = 8;

test("eight tabs of a live page all load, and a request posted from outside shows up in each", async ({
  page,
  context,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000);
  await signInAsAdmin(page);
  const stamp = `${testInfo.workerIndex}-${Date.now()}`;
  const trigger = await apiCall<{ id: string; slug: string; secret: string }>(page, "POST", "/api/v1/triggers", {
    name: `Tabs ${stamp}`,
    slug: `tabs-${stamp}`,
  });

  const tabs = [page];
  while (tabs.length < TABS) tabs.push(await context.newPage());
  for (const tab of tabs) {
    await tab.goto(`/triggers/${trigger.id}`);
    await expect(tab.getByText("No requests yet.")).toBeVisible({ timeout: 15_000 });
  }

  const accepted = await fetch(`${baseURL}/api/webhook/default/${trigger.slug}?key=${trigger.secret}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ tabs: stamp }),
  });
  expect(accepted.status).toBe(200);
  for (const tab of tabs) await expect(tab.getByTestId("trigger-event-row")).toHaveCount(1, { timeout: 15_000 });

  // The tab holding the stream closes: another takes it over, and the next request still reaches every tab left.
  await tabs.shift()!.close();
  const again = await fetch(`${baseURL}/api/webhook/default/${trigger.slug}?key=${trigger.secret}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ again: stamp }),
  });
  expect(again.status).toBe(200);
  for (const tab of tabs) await expect(tab.getByTestId("trigger-event-row")).toHaveCount(2, { timeout: 15_000 });
  for (const tab of tabs) await tab.close();
});
