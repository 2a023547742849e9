"use client";
// Tabs on Radix's primitive, which owns the WAI-ARIA part (roles, ids, arrow keys and Home/End moving between
// tabs, only the selected tab in the tab order); this file keeps the app's underline look and the items API.
import * as TabsPrimitive from "@radix-ui/react-tabs";
import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useState, type ReactNode } from "react";
import { cn } from "./cn";
import { ChevronLeftIcon, ChevronRightIcon } from "./icons";
import { scrollIntoRow, useScrollEdges } from "./use-scroll-edges";

export interface TabItem {
  id: string;
  label: ReactNode;
  content: ReactNode;
}

const triggerClasses = [
  "shrink-0 border-b-2 px-1 pb-3 text-sm font-medium whitespace-nowrap",
  // Keyed on Radix's data-state on both sides, so the hover colours of an unselected tab never reach the selected one.
  "data-[state=active]:border-indigo-600 data-[state=active]:text-indigo-700",
  "data-[state=inactive]:border-transparent data-[state=inactive]:text-slate-500",
  "data-[state=inactive]:hover:border-slate-300 data-[state=inactive]:hover:text-slate-700",
].join(" ");
const focusRing = "focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-600";

/** The row's tabs fade out on each side that hides more of them (a mask, so it suits any background), wholly
 *  under the chevron so no letter shows through it. */
const fades = {
  none: "",
  start: "[mask-image:linear-gradient(to_right,transparent_1.25rem,black_3rem)]",
  end: "[mask-image:linear-gradient(to_left,transparent_1.25rem,black_3rem)]",
  both: "[mask-image:linear-gradient(to_right,transparent_1.25rem,black_3rem,black_calc(100%_-_3rem),transparent_calc(100%_-_1.25rem))]",
} as const;
/** The chevron on a side that hides tabs, level with their labels; a hint, not a control (touch scrolls the row). */
const edgeHint = "pointer-events-none absolute top-0 flex h-5 items-center text-slate-500";
/** How far from the row's edge the selected tab is brought, clear of the fade. */
const FADE_PX = 48;

/**
 * `defaultTab`: the tab shown when nothing else chooses one. `urlParam`: the tab lives in the URL under that query
 * parameter (`?tab=network`), so a page's tab can be bookmarked, shared and reloaded, and each tab change is one
 * history entry that back and forward walk through (as Hookdeck does). Without it the choice stays in this component,
 * which suits small switchers inside a card (code samples, request parts). A page using `urlParam` reads
 * useSearchParams, so it needs a Suspense boundary above it unless the page is rendered per request.
 */
export function Tabs({ urlParam, ...props }: TabsProps & { urlParam?: string }) {
  // Two components, so only tabs kept in the URL read useSearchParams (and need a Suspense boundary).
  return urlParam ? <UrlTabs {...props} urlParam={urlParam} /> : <TabsView {...props} />;
}

interface TabsProps {
  items: TabItem[];
  defaultTab?: string;
  label: string;
}

function firstTab({ items, defaultTab }: TabsProps) {
  return items.some((item) => item.id === defaultTab) ? defaultTab : items[0]?.id;
}

function TabsView(props: TabsProps & { value?: string; onValueChange?: (value: string) => void }) {
  const { items, label, value, onValueChange } = props;
  // Radix focuses a tab from script on mouse down, which Chrome then outlines as keyboard focus on a page where
  // nothing had focus yet; the ring is for keyboard users, so a click hides it until a key is pressed or focus leaves.
  const [clicked, setClicked] = useState(false);
  const { ref: listRef, hidden } = useScrollEdges<HTMLDivElement>();
  // On a phone the selected tab may lie beyond the screen's edge (a link to ?tab=audit): it is scrolled into the row's
  // view when the page opens and whenever the selection changes, without moving the page.
  useEffect(() => {
    const list = listRef.current;
    const tab = list?.querySelector<HTMLElement>('[role="tab"][data-state="active"]');
    if (list && tab) scrollIntoRow(list, tab, FADE_PX);
  }, [listRef, value]);
  const fade = hidden.start && hidden.end ? "both" : hidden.start ? "start" : hidden.end ? "end" : "none";
  return (
    <TabsPrimitive.Root {...(onValueChange ? { value, onValueChange } : { defaultValue: firstTab(props) })}>
      {/* Scrolls sideways when the tabs outgrow a phone, with no scrollbar there: the hidden side fades out and shows a
          chevron. The baseline is an inset shadow on the wrapper, under the tabs, so neither the overflow nor the fade
          clips it or the selected tab's underline. */}
      <div className="relative shadow-[inset_0_-1px_0_var(--color-slate-200)]">
        <TabsPrimitive.List
          ref={listRef}
          aria-label={label}
          onPointerDownCapture={() => setClicked(true)}
          onKeyDownCapture={() => setClicked(false)}
          onBlurCapture={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget)) setClicked(false);
          }}
          className={cn("flex [scrollbar-width:none] gap-6 overflow-x-auto", fades[fade])}
        >
          {items.map((item) => (
            <TabsPrimitive.Trigger
              key={item.id}
              value={item.id}
              className={cn(triggerClasses, clicked ? "focus-visible:outline-none" : focusRing)}
            >
              {item.label}
            </TabsPrimitive.Trigger>
          ))}
        </TabsPrimitive.List>
        {hidden.start && (
          <span data-testid="tabs-overflow-start" aria-hidden className={cn(edgeHint, "left-0")}>
            <ChevronLeftIcon className="size-4" />
          </span>
        )}
        {hidden.end && (
          <span data-testid="tabs-overflow-end" aria-hidden className={cn(edgeHint, "right-0")}>
            <ChevronRightIcon className="size-4" />
          </span>
        )}
      </div>
      {items.map((item) => (
        <TabsPrimitive.Content key={item.id} value={item.id} className="pt-6">
          {item.content}
        </TabsPrimitive.Content>
      ))}
    </TabsPrimitive.Root>
  );
}

/** The tab named by the URL (an unknown or hidden one falls back to the default); a change pushes a new URL. */
function UrlTabs({ urlParam, ...props }: TabsProps & { urlParam: string }) {
  // Nullable in the types once a pages/ directory exists (the inbound receive routes); never null under app/.
  const searchParams = useSearchParams();
  const pathname = usePathname() ?? "/";
  const fallback = firstTab(props);
  // Back and forward across entries made before a reload do not always reach useSearchParams: the tab named by the
  // address after a history step is read from the address itself (undefined until the first step or change).
  const [stepped, setStepped] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    const onStep = () => setStepped(new URLSearchParams(window.location.search).get(urlParam));
    window.addEventListener("popstate", onStep);
    return () => window.removeEventListener("popstate", onStep);
  }, [urlParam]);
  // A URL the router did see (a click, a link) wins again: its search params are current.
  const [seen, setSeen] = useState(searchParams);
  if (seen !== searchParams) {
    setSeen(searchParams);
    setStepped(undefined);
  }
  const named = stepped !== undefined ? stepped : searchParams?.get(urlParam);
  const value = props.items.some((item) => item.id === named) ? (named ?? undefined) : fallback;
  const change = (next: string) => {
    // Read from the address bar, not the render: Radix reports a click twice (mouse down, then focus) before the
    // new URL reaches this component, and the second report must not push a duplicate history entry.
    const params = new URLSearchParams(window.location.search);
    const before = params.toString();
    // The default tab keeps the plain address, so a link to the page and a link to its first tab are the same URL.
    if (next === fallback) params.delete(urlParam);
    else params.set(urlParam, next);
    const query = params.toString();
    if (query === before) return;
    // The native history API, which Next's router follows (useSearchParams updates with it): the tab switches at
    // once, without the server round trip router.push would make for a page rendered per request.
    window.history.pushState(null, "", `${pathname}${query ? `?${query}` : ""}${window.location.hash}`);
    setStepped(next === fallback ? null : next);
  };
  return <TabsView {...props} value={value} onValueChange={change} />;
}
