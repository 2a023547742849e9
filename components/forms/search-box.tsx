"use client";
// The search box of the Events and Deliveries lists. The search lives in the URL (the page passes the URL's value
// and a setter); the box checks it with the API's own schema, so a search the API would refuse is explained here
// instead of being sent. Typing edits a draft; Enter or Search applies it.
import { useLayoutEffect, useRef, useState, type FormEvent } from "react";
import { SEARCH_HINT } from "@/lib/search/parse-search";
import { searchTextSchema } from "@/lib/search/schema";
import { Button } from "../ui/button";
import { Input } from "../ui/input";

interface SearchBoxProps {
  /** The applied search, from the URL. Give the box `key={value}` so back/forward resets the draft. */
  value: string;
  onSearch: (value: string | null) => void;
  label: string;
  placeholder: string;
}

export function SearchBox({ value, onSearch, label, placeholder }: SearchBoxProps) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  // Text typed while the page was still hydrating is in the box but not in the draft, and the next render would
  // put the draft back over it: the box adopts what it holds once, when it mounts.
  useLayoutEffect(() => {
    const typed = input.current?.value;
    if (typed !== undefined && typed !== value) setDraft(typed);
    // Only on mount: afterwards the draft follows every keystroke.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = searchTextSchema.safeParse(draft);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? "This search cannot be read");
      return;
    }
    setError(null);
    onSearch(draft.trim() || null);
  }

  return (
    <form role="search" onSubmit={submit} className="space-y-1">
      <div className="flex gap-2">
        <Input
          ref={input}
          type="search"
          // Named like the URL parameter: Enter pressed before the page has hydrated submits the form natively, as
          // ?q=…, which the page reads, instead of losing the search (seen in CI: the page reloaded without it).
          name="q"
          aria-label={label}
          aria-invalid={error !== null}
          aria-describedby="search-hint"
          placeholder={placeholder}
          value={draft}
          spellCheck={false}
          autoComplete="off"
          onChange={(event) => {
            setDraft(event.target.value);
            setError(null);
            // Clearing the box (its × or the last character) shows everything again at once.
            if (event.target.value === "" && value !== "") onSearch(null);
          }}
          className="font-mono"
        />
        <Button type="submit" variant="secondary">
          Search
        </Button>
      </div>
      <p
        id="search-hint"
        className={error ? "text-xs text-red-700" : "text-xs text-slate-500"}
        role={error ? "alert" : undefined}
      >
        {error ?? SEARCH_HINT}
      </p>
    </form>
  );
}
