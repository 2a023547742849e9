// Which Chromium the browser tests use: Debian's where it is installed (CI, this machine), else Playwright's own.
// Shared by playwright.config.ts and `npm test`, which installs Playwright's when neither is there.
export const SYSTEM_CHROMIUM = "/usr/bin/chromium";
