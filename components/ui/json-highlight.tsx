// JSON syntax highlighting as React elements: the text is split into tokens and each token becomes a text child
// of a <span>, so React escapes it like any other text (a body holding "<script>" shows those characters, and
// no markup is ever built from a body). Tokens put back together give the input unchanged.
import type { ReactNode } from "react";

export type JsonTokenKind = "key" | "string" | "number" | "literal" | "punctuation" | "text";

export interface JsonToken {
  kind: JsonTokenKind;
  text: string;
}

/** Longer texts are shown plain: tens of thousands of spans would cost more than the colours are worth. */
export const HIGHLIGHT_MAX_CHARS = 200_000;

// A string (a key when a colon follows), a number, a literal, or punctuation; anything else (whitespace, and text
// that is not JSON at all) is kept as plain text between the matches.
const TOKEN = /("(?:[^"\\\n]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|\b(true|false|null)\b|([{}[\],:])/g;

export function tokenizeJson(source: string): JsonToken[] {
  if (source.length > HIGHLIGHT_MAX_CHARS) return [{ kind: "text", text: source }];
  const tokens: JsonToken[] = [];
  const push = (kind: JsonTokenKind, text: string) => {
    const previous = tokens.at(-1);
    if (kind === "text" && previous?.kind === "text") previous.text += text;
    else tokens.push({ kind, text });
  };
  let end = 0;
  for (const match of source.matchAll(TOKEN)) {
    if (match.index > end) push("text", source.slice(end, match.index));
    const [whole, string, colon, number, literal] = match;
    if (string !== undefined) {
      push(colon ? "key" : "string", string);
      if (colon) {
        const spaces = colon.slice(0, -1);
        if (spaces) push("text", spaces);
        push("punctuation", ":");
      }
    } else if (number !== undefined) push("number", number);
    else if (literal !== undefined) push("literal", literal);
    else push("punctuation", whole);
    end = match.index + whole.length;
  }
  if (end < source.length) push("text", source.slice(end));
  return tokens;
}

// Colours on the code blocks' dark background (slate-900), each above 7:1 contrast.
const tokenClasses: Record<Exclude<JsonTokenKind, "text">, string> = {
  key: "text-sky-300",
  string: "text-emerald-300",
  number: "text-amber-300",
  literal: "text-fuchsia-300",
  punctuation: "text-slate-400",
};

/** The children of a <code> element: plain text between coloured spans. */
export function highlightJson(source: string): ReactNode[] {
  return tokenizeJson(source).map((token, index) =>
    token.kind === "text" ? (
      token.text
    ) : (
      <span key={index} className={tokenClasses[token.kind]}>
        {token.text}
      </span>
    ),
  );
}
