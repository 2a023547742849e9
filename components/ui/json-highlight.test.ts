import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { HIGHLIGHT_MAX_CHARS, highlightJson, tokenizeJson } from "./json-highlight";

const render = (source: string) => renderToStaticMarkup(createElement("code", null, ...highlightJson(source)));

describe("tokenizeJson", () => {
  it("tells keys, strings, numbers, literals and punctuation apart", () => {
    const tokens = tokenizeJson('{\n  "id": 42,\n  "ok": true,\n  "name": "Ada",\n  "tags": [null, -1.5e3]\n}');
    const kinds = tokens.filter((token) => token.kind !== "text").map((token) => `${token.kind}:${token.text}`);
    expect(kinds).toEqual([
      "punctuation:{",
      'key:"id"',
      "punctuation::",
      "number:42",
      "punctuation:,",
      'key:"ok"',
      "punctuation::",
      "literal:true",
      "punctuation:,",
      'key:"name"',
      "punctuation::",
      'string:"Ada"',
      "punctuation:,",
      'key:"tags"',
      "punctuation::",
      "punctuation:[",
      "literal:null",
      "punctuation:,",
      "number:-1.5e3",
      "punctuation:]",
      "punctuation:}",
    ]);
  });

  it.each([
    ['{"a": "b"}'],
    ['{"quote \\" inside": "line\\nbreak \\\\ and \\u00e9"}'],
    ['["not closed'],
    ["plain words, not JSON: 12 true"],
    [""],
  ])("gives back its input unchanged: %s", (source) => {
    expect(
      tokenizeJson(source)
        .map((token) => token.text)
        .join(""),
    ).toBe(source);
  });

  it("keeps escaped quotes inside one string token", () => {
    expect(tokenizeJson('"say \\"hi\\""')).toEqual([{ kind: "string", text: '"say \\"hi\\""' }]);
  });

  it("leaves very long texts as one plain token", () => {
    const long = `"${"x".repeat(HIGHLIGHT_MAX_CHARS)}"`;
    expect(tokenizeJson(long)).toEqual([{ kind: "text", text: long }]);
  });
});

describe("highlightJson", () => {
  it("renders markup in a body as text, never as elements", () => {
    const html = render(JSON.stringify({ html: "<script>alert(1)</script>", "<img src=x onerror=alert(1)>": 1 }));
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("wraps each token in a coloured span and keeps whitespace as text", () => {
    expect(render('{"a": 1}')).toBe(
      '<code><span class="text-slate-400">{</span><span class="text-sky-300">&quot;a&quot;</span>' +
        '<span class="text-slate-400">:</span> <span class="text-amber-300">1</span>' +
        '<span class="text-slate-400">}</span></code>',
    );
  });
});
