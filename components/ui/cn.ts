// Class names for Tailwind components: conditional parts skipped, and conflicts resolved by tailwind-merge so a
// caller's className overrides the component's own (`px-3` then `px-5` leaves `px-5`, whatever the CSS order).
import { twMerge } from "tailwind-merge";

export function cn(...classes: (string | false | null | undefined)[]): string {
  return twMerge(classes);
}
