// The colour scheme: "system" follows prefers-color-scheme, "light" and "dark" pin it. The choice lives in
// localStorage (per browser, not per account: a phone and a desktop may want different ones) and shows as the
// `dark` class on <html>, which app/globals.css turns into the dark palette.

export const THEME_CHOICES = ["system", "light", "dark"] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

export const THEME_STORAGE_KEY = "switchboard-theme";
const DARK_QUERY = "(prefers-color-scheme: dark)";

/**
 * Runs as an inline script in <head> before the body is painted, so a dark page never flashes white. It is
 * serialized with toString(): it must not use anything from outside its own body. It also keeps following the
 * system scheme and the choice made in other tabs for as long as the page is open.
 */
function installTheme(storageKey: string, darkQuery: string) {
  const media = window.matchMedia(darkQuery);
  const apply = () => {
    let choice: string | null = null;
    try {
      choice = window.localStorage.getItem(storageKey);
    } catch {
      // Storage disabled (privacy settings): follow the system.
    }
    const dark = choice === "dark" || (choice !== "light" && media.matches);
    document.documentElement.classList.toggle("dark", dark);
  };
  apply();
  media.addEventListener("change", apply);
  window.addEventListener("storage", (event) => event.key === storageKey && apply());
}

export const themeScript = `(${installTheme.toString()})(${JSON.stringify(THEME_STORAGE_KEY)},${JSON.stringify(DARK_QUERY)})`;

export function readThemeChoice(): ThemeChoice {
  try {
    const stored = window.localStorage.getItem(THEME_STORAGE_KEY);
    return THEME_CHOICES.includes(stored as ThemeChoice) ? (stored as ThemeChoice) : "system";
  } catch {
    return "system";
  }
}

/** Stores the choice and applies it at once (the script's listeners only hear the system and other tabs). */
export function saveThemeChoice(choice: ThemeChoice) {
  try {
    if (choice === "system") window.localStorage.removeItem(THEME_STORAGE_KEY);
    else window.localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Not stored: it still applies to this page.
  }
  const dark = choice === "dark" || (choice === "system" && window.matchMedia(DARK_QUERY).matches);
  document.documentElement.classList.toggle("dark", dark);
}
