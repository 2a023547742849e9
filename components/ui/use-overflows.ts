"use client";
import { useEffect, useRef, useState } from "react";

/**
 * Whether an element's content is wider than the element (it scrolls sideways). A region that scrolls must be
 * reachable by keyboard, so it gets a tab stop and a name; one that fits gets neither (no useless tab stop).
 * `content` re-checks when the text inside changes without the element resizing.
 */
export function useOverflows<T extends HTMLElement>(content?: unknown) {
  const ref = useRef<T>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const check = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, [content]);
  return { ref, overflows };
}

/** The attributes of a sideways scroller: focusable, named and outlined on keyboard focus while it scrolls. */
export function scrollRegionProps(overflows: boolean, label: string) {
  return overflows ? ({ tabIndex: 0, role: "region", "aria-label": label } as const) : {};
}
