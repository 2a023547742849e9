// What the seed hands to the page walks: where the signed-in session and the seeded ids are kept between projects.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "@playwright/test";

export const SCHEMES = ["light", "dark"] as const;
export const SIZES = {
  desktop: { width: 1440, height: 900 },
  phone: { width: 390, height: 844 },
} as const;
export type Scheme = (typeof SCHEMES)[number];
export type Size = keyof typeof SIZES;

export interface Seeded {
  stamp: string;
  connector: { id: string; name: string };
  eventTypeKey: string;
  event: string;
  refusedEvent: string;
  delivery: string;
  trigger: { id: string; name: string };
}

/** In the run's output folder, which Playwright empties when a run starts: each run seeds its own. */
export function storageStatePath(): string {
  return path.join(test.info().project.outputDir, "admin-session.json");
}

export function saveSeed(seeded: Seeded): void {
  writeFileSync(path.join(test.info().project.outputDir, "seed.json"), JSON.stringify(seeded, null, 2));
}

export function readSeed(): Seeded {
  return JSON.parse(readFileSync(path.join(test.info().project.outputDir, "seed.json"), "utf8")) as Seeded;
}

/** The viewport and input of each size; phones get touch, as a real one has. */
export function contextOptions(scheme: Scheme, size: Size) {
  return {
    colorScheme: scheme,
    viewport: SIZES[size],
    ...(size === "phone" ? { isMobile: true, hasTouch: true } : {}),
  };
}
