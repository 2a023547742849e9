// The page a view gets during a database outage: 503 with Retry-After, never cached, its one style tag let through
// by the page's nonce, and the reason shown as text.
import { describe, expect, it } from "vitest";
import { databaseUnavailablePage } from "./database-unavailable-page";

describe("databaseUnavailablePage", () => {
  it("answers 503 with Retry-After and a page that reloads itself", async () => {
    const response = databaseUnavailablePage("the database server cannot be reached", {
      nonce: "abc",
      policy: "default-src 'self'",
    });
    expect(response.status).toBe(503);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-security-policy")).toBe("default-src 'self'");
    const html = await response.text();
    expect(html).toContain("Switchboard cannot reach its database, retrying");
    expect(html).toContain("Reason: the database server cannot be reached.");
    expect(html).toMatch(/<meta http-equiv="refresh" content="\d+">/);
    expect(html).toContain('<style nonce="abc">');
  });

  it("shows the reason as text, never as markup", async () => {
    const html = await databaseUnavailablePage("<b>&</b>", { nonce: "n", policy: "" }).text();
    expect(html).toContain("Reason: &#60;b&#62;&#38;&#60;/b&#62;.");
  });
});
