// Credentials in a URL's userinfo (https://user:pass@host/) are refused wherever an outbound URL comes in: they were
// stored and shown in clear like any URL, and the executor never sent them. Basic auth carries them instead.
export const URL_USERINFO_MESSAGE =
  "Remove the user name and password from the URL: credentials in a URL are stored and shown in clear and are not sent. Use Basic auth instead.";

/** True when the URL (placeholders allowed anywhere) has a user name or password before its host. */
export function hasUserinfo(url: string): boolean {
  try {
    const parsed = new URL(url.replace(/\{\{[^}]*\}\}/g, "placeholder"));
    return parsed.username !== "" || parsed.password !== "" || /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(url);
  } catch {
    return false;
  }
}
