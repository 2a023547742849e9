"use client";
// Tabs on Radix's primitive, which owns the WAI-ARIA part (roles, ids, arrow keys and Home/End moving between
// tabs, only the selected tab in the tab order); this file keeps the app's underline look and the items API.
import * as TabsPrimitive from "@radix-ui/react-tabs";
import { useState, type ReactNode } from "react";
import { cn } from "./cn";

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

/** `defaultTab`: the tab shown first (a page may take it from the URL); later choices stay in this component. */
export function Tabs({ items, defaultTab, label }: { items: TabItem[]; defaultTab?: string; label: string }) {
  // Radix focuses a tab from script on mouse down, which Chrome then outlines as keyboard focus on a page where
  // nothing had focus yet; the ring is for keyboard users, so a click hides it until a key is pressed or focus leaves.
  const [clicked, setClicked] = useState(false);
  return (
    <TabsPrimitive.Root defaultValue={defaultTab ?? items[0]?.id}>
      {/* Scrolls sideways when the tabs outgrow a phone; the baseline is an inset shadow so the overflow does not clip
          the selected tab's underline. */}
      <TabsPrimitive.List
        aria-label={label}
        onPointerDownCapture={() => setClicked(true)}
        onKeyDownCapture={() => setClicked(false)}
        onBlurCapture={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget)) setClicked(false);
        }}
        className="flex [scrollbar-width:none] gap-6 overflow-x-auto shadow-[inset_0_-1px_0_var(--color-slate-200)]"
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
      {items.map((item) => (
        <TabsPrimitive.Content key={item.id} value={item.id} className="pt-6">
          {item.content}
        </TabsPrimitive.Content>
      ))}
    </TabsPrimitive.Root>
  );
}
