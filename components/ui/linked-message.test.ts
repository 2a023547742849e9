// The places lib/ names in its messages become links to them, and text naming no place is left as it is.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LinkedMessage } from "./linked-message";

const render = (text: string) => renderToStaticMarkup(createElement(LinkedMessage, { text }));

describe("LinkedMessage", () => {
  it("links the blocked-address message's Settings → Network to that tab", () => {
    expect(render("blocked: 10.0.0.5 is a private address — allow it in Settings → Network")).toBe(
      'blocked: 10.0.0.5 is a private address — allow it in <a class="underline decoration-current/40 underline-offset-2 hover:decoration-current" href="/settings?tab=network">Settings → Network</a>',
    );
  });

  it("links every named section, each to its own tab", () => {
    const html = render("Create a token in Settings → API tokens, then check Settings → Data retention.");
    expect(html).toContain('href="/settings?tab=tokens">Settings → API tokens</a>');
    expect(html).toContain('href="/settings?tab=retention">Settings → Data retention</a>');
    expect(html.endsWith("</a>.")).toBe(true);
  });

  it("leaves a message naming no place (or an unknown section) as plain text", () => {
    expect(render("connection refused")).toBe("connection refused");
    expect(render("see Settings → Nowhere")).toBe("see Settings → Nowhere");
  });
});
