// Messages from lib/ name places in plain words ("allow it in Settings → Network"); the UI turns each named place
// into a link to it, so lib/ stays free of React and URLs while the reader is one click from the fix.
import Link from "next/link";
import { Fragment, type ReactNode } from "react";

/** The Settings sections a message may name, by the label the tab shows, and the ?tab= id that opens each. */
const SETTINGS_TABS: Record<string, string> = {
  "API tokens": "tokens",
  Users: "users",
  Workspace: "workspace",
  Network: "network",
  Email: "email",
  "Data retention": "retention",
  Export: "export",
  "Audit log": "audit",
};

const PLACE = new RegExp(`Settings → (${Object.keys(SETTINGS_TABS).join("|")})`, "g");

/** The text with every "Settings → <section>" it names as a link to that tab; other text is left as it is. */
export function LinkedMessage({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACE)) {
    parts.push(text.slice(last, match.index));
    parts.push(
      <Link
        key={match.index}
        href={`/settings?tab=${SETTINGS_TABS[match[1]!]}`}
        className="underline decoration-current/40 underline-offset-2 hover:decoration-current"
      >
        {match[0]}
      </Link>,
    );
    last = match.index + match[0].length;
  }
  if (last === 0) return text;
  parts.push(text.slice(last));
  return parts.map((part, index) => <Fragment key={index}>{part}</Fragment>);
}
