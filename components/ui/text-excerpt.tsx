// The first characters of a body under a row's title, on one line: what tells sixty rows of one event type apart.
// Whitespace is folded so a pretty-printed body shows its content, not its indentation.
export function TextExcerpt({ text }: { text: string | null | undefined }) {
  const folded = text?.replace(/\s+/g, " ").trim();
  if (!folded) return null;
  return (
    <span
      data-testid="body-excerpt"
      className="block max-w-md truncate font-mono text-xs text-slate-500"
      title={folded}
    >
      {folded}
    </span>
  );
}
