"use client";
// System / Light / Dark, in the sidebar (the drawer on phones). Drawn on the sidebar's dark surface in both schemes.
import { useSyncExternalStore } from "react";
import { cn } from "../ui/cn";
import { MonitorIcon, MoonIcon, SunIcon } from "../ui/icons";
import { readThemeChoice, saveThemeChoice, THEME_STORAGE_KEY, type ThemeChoice } from "./theme";

const options: { choice: ThemeChoice; label: string; Icon: typeof SunIcon }[] = [
  { choice: "system", label: "System", Icon: MonitorIcon },
  { choice: "light", label: "Light", Icon: SunIcon },
  { choice: "dark", label: "Dark", Icon: MoonIcon },
];

const CHANGED = "switchboard-theme-change";

function subscribe(onChange: () => void) {
  const onStorage = (event: StorageEvent) => event.key === THEME_STORAGE_KEY && onChange();
  window.addEventListener(CHANGED, onChange);
  window.addEventListener("storage", onStorage);
  return () => {
    window.removeEventListener(CHANGED, onChange);
    window.removeEventListener("storage", onStorage);
  };
}

export function ThemeToggle() {
  // The server cannot know the stored choice: it renders "System", and the browser's choice follows on hydration.
  const current = useSyncExternalStore(subscribe, readThemeChoice, () => "system" as const);
  const choose = (choice: ThemeChoice) => {
    saveThemeChoice(choice);
    window.dispatchEvent(new Event(CHANGED));
  };
  return (
    <div role="group" aria-label="Colour scheme" className="flex rounded-md bg-slate-800 p-0.5">
      {options.map(({ choice, label, Icon }) => (
        <button
          key={choice}
          type="button"
          aria-pressed={current === choice}
          onClick={() => choose(choice)}
          className={cn(
            "flex flex-1 items-center justify-center gap-1.5 rounded px-2 py-1 text-xs font-medium transition-colors",
            "focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-400",
            current === choice ? "bg-slate-700 text-white shadow-sm" : "text-slate-300 hover:text-white",
          )}
        >
          <Icon className="size-3.5" />
          {label}
        </button>
      ))}
    </div>
  );
}
