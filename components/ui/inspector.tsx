"use client";
// The inspector layout of the Events and Deliveries lists (as webhook.site shows requests): on desktop widths a
// preview pane beside the list shows the selected row, and the keyboard walks the list: ↑/↓ or j/k move the
// selection while focus is in the list, Enter opens the selected row's page. Narrower screens keep the plain list,
// whose rows and cards open their page. "Desktop" starts at xl (1280 px): at lg (1024 px), beside the sidebar, the
// list kept about 330 px, too little for its filters and columns.
import { useEffect, useId, useRef, useSyncExternalStore, type KeyboardEvent, type ReactNode } from "react";

/** Tailwind's xl breakpoint: from here the list and the pane fit side by side. */
const WIDE = "(min-width: 80rem)";

function watchWide(onChange: () => void) {
  const query = window.matchMedia(WIDE);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

/** Whether the pane is shown; false while rendering on the server, where no width is known. */
export function useWideScreen(): boolean {
  return useSyncExternalStore(
    watchWide,
    () => window.matchMedia(WIDE).matches,
    () => false,
  );
}

const MOVES: Record<string, number> = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1 };

/** Keys typed into these are text, not list moves. */
const TYPING = "input, textarea, select, [contenteditable]";

interface InspectorProps {
  /** Whether to show the pane (useWideScreen, read by the page so its list knows to select rows too). */
  wide: boolean;
  /** The list's accessible name, such as "Events". */
  label: string;
  /** The listed rows' ids, in order. */
  ids: readonly string[];
  selected: string | null;
  onSelect: (id: string) => void;
  /** Opens the selected row's own page. */
  onOpen: (id: string) => void;
  /** The list (its card, with filters and "Load more"). */
  list: ReactNode;
  /** What the pane shows. */
  pane: ReactNode;
}

/** The pane before anything is selected: what it is for and the keys that drive it. */
export function InspectorHint({ noun }: { noun: string }) {
  const key = (name: string) => <kbd className="font-mono">{name}</kbd>;
  return (
    <div className="space-y-2 rounded-lg bg-surface px-5 py-10 text-center text-sm text-slate-500 shadow-sm ring-1 ring-slate-200">
      <p className="font-medium text-slate-700">Select {noun} to preview it here.</p>
      <p>
        {key("↑")} {key("↓")} (or {key("j")} {key("k")}) move through the list; {key("Enter")} opens the{" "}
        {noun.split(" ").at(-1)}.
      </p>
    </div>
  );
}

export function Inspector({ wide, label, ids, selected, onSelect, onOpen, list, pane }: InspectorProps) {
  const listRef = useRef<HTMLDivElement>(null);
  const shown = useRef<string | null>(null);
  const hintId = useId();

  // A newly selected row is brought into view (also when the page opens on a selection from the URL, once its row
  // has loaded), and keeps the focus when the keyboard moved it there. Only once per selection: a list refreshed
  // by the live stream must not pull the page back while someone scrolls away.
  useEffect(() => {
    if (!wide || !selected || shown.current === selected) return;
    const container = listRef.current;
    const row = container?.querySelector<HTMLElement>('tr[data-selected="true"]');
    if (!row) return;
    shown.current = selected;
    row.scrollIntoView({ block: "nearest" });
    if (container?.contains(document.activeElement) && document.activeElement?.closest("tr") !== row) {
      row.focus({ preventScroll: true });
    }
  }, [wide, selected, ids]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    if (event.altKey || event.ctrlKey || event.metaKey || target.closest(TYPING)) return;
    const step = MOVES[event.key];
    if (step !== undefined && ids.length > 0) {
      event.preventDefault();
      const at = selected ? ids.indexOf(selected) : -1;
      const next = at === -1 ? (step > 0 ? 0 : ids.length - 1) : Math.min(Math.max(at + step, 0), ids.length - 1);
      onSelect(ids[next]!);
    } else if (event.key === "Enter" && selected && !target.closest("a, button")) {
      event.preventDefault();
      onOpen(selected);
    }
  };

  // One tree on every width: the list always sits in the same wrapper at the same place, and only its attributes and
  // the pane beside it depend on `wide`. The server renders without the pane (it cannot know the width); a page that
  // hydrates on a wide screen then adds the pane without remounting the list, so its search box keeps what was typed.
  // The columns come from CSS at the same breakpoint, so the list does not change width when the pane arrives.
  return (
    <div className="items-start gap-6 xl:grid xl:grid-cols-[minmax(0,1fr)_minmax(0,22rem)] min-[90rem]:grid-cols-[minmax(0,1fr)_minmax(0,26rem)] 2xl:grid-cols-[minmax(0,1fr)_minmax(0,34rem)]">
      {/* Key presses bubble here from the focused row (or a link in it); the rows hold the focus. */}
      {/* Named apart from the table inside, which becomes a region called `label` when it scrolls sideways: two
          regions with one name fail axe's landmark-unique (Deliveries beside the pane at 1280 px). */}
      <div
        ref={listRef}
        {...(wide ? { role: "region", "aria-label": `${label}: list`, "aria-describedby": hintId, onKeyDown } : {})}
      >
        {wide && (
          <p id={hintId} className="sr-only">
            Up and down arrows (or j and k) select a row and show it in the preview; Enter opens it.
          </p>
        )}
        {list}
      </div>
      {wide && (
        <aside
          aria-label={`${label}: preview`}
          data-testid="inspector-pane"
          className="sticky top-20 max-h-[calc(100vh-6rem)] overflow-y-auto rounded-lg"
        >
          {pane}
        </aside>
      )}
    </div>
  );
}
