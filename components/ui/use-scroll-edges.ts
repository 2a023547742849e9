"use client";
import { useEffect, useRef, useState } from "react";

export interface HiddenEdges {
  /** Content is scrolled past the left edge. */
  start: boolean;
  /** Content runs past the right edge. */
  end: boolean;
}

/**
 * Which sides of a sideways scroller hide content, kept current as it scrolls and resizes, so the page can say
 * "there is more this way" where a phone hides the scrollbar.
 */
export function useScrollEdges<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [hidden, setHidden] = useState<HiddenEdges>({ start: false, end: false });
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const check = () => {
      const start = element.scrollLeft > 1;
      const end = element.scrollLeft + element.clientWidth < element.scrollWidth - 1;
      setHidden((before) => (before.start === start && before.end === end ? before : { start, end }));
    };
    check();
    element.addEventListener("scroll", check, { passive: true });
    const observer = new ResizeObserver(check);
    observer.observe(element);
    // Content that grows inside a scroller of unchanged size (rows arriving in a table) changes what is hidden too.
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => {
      element.removeEventListener("scroll", check);
      observer.disconnect();
    };
  }, []);
  return { ref, hidden };
}

/** Scrolls `child` sideways into its scroller's view, with `margin` px clear of the edge; nothing else moves. */
export function scrollIntoRow(scroller: HTMLElement, child: HTMLElement, margin: number) {
  const row = scroller.getBoundingClientRect();
  const box = child.getBoundingClientRect();
  if (box.left < row.left + margin) scroller.scrollLeft -= row.left + margin - box.left;
  else if (box.right > row.right - margin) scroller.scrollLeft += box.right - (row.right - margin);
}
