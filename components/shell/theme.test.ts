// The inline script is serialized from a function: these run the exact string the layout sends, in a bare context
// with only the browser APIs it may use, so a reference to anything outside its body fails here.
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { THEME_STORAGE_KEY, themeScript } from "./theme";

function runScript({ stored, systemDark }: { stored: string | null; systemDark: boolean }) {
  const classes = new Set<string>();
  const media = { matches: systemDark, listeners: [] as (() => void)[] };
  const windowStub = {
    localStorage: { getItem: (key: string) => (key === THEME_STORAGE_KEY ? stored : null) },
    matchMedia: () => ({
      get matches() {
        return media.matches;
      },
      addEventListener: (_type: string, listener: () => void) => media.listeners.push(listener),
    }),
    addEventListener: () => {},
  };
  const documentStub = {
    documentElement: {
      classList: { toggle: (name: string, on: boolean) => (on ? classes.add(name) : classes.delete(name)) },
    },
  };
  runInNewContext(themeScript, { window: windowStub, document: documentStub });
  return {
    dark: () => classes.has("dark"),
    systemTurns: (dark: boolean) => {
      media.matches = dark;
      media.listeners.forEach((listener) => listener());
    },
  };
}

describe("the colour-scheme script", () => {
  it.each([
    { stored: null, systemDark: false, dark: false },
    { stored: null, systemDark: true, dark: true },
    { stored: "light", systemDark: true, dark: false },
    { stored: "dark", systemDark: false, dark: true },
    { stored: "nonsense", systemDark: true, dark: true },
  ])("stored $stored, system dark $systemDark → dark $dark", ({ stored, systemDark, dark }) => {
    expect(runScript({ stored, systemDark }).dark()).toBe(dark);
  });

  it("follows the system while nothing is pinned, and not once a choice is", () => {
    const following = runScript({ stored: null, systemDark: false });
    following.systemTurns(true);
    expect(following.dark()).toBe(true);
    const pinned = runScript({ stored: "light", systemDark: false });
    pinned.systemTurns(true);
    expect(pinned.dark()).toBe(false);
  });
});
