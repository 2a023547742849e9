// Quoting for the shell commands the dashboard hands out (Copy as cURL, the openssl verification snippet): any
// text, quotes, newlines, non-ASCII and control characters included, must reach the program byte for byte.

/** POSIX single quotes: nothing inside is special; a single quote closes the string, adds \', and reopens it. */
export const singleQuote = (value: string) => `'${value.replaceAll("'", `'\\''`)}'`;

/**
 * Bash ANSI-C quoting ($'…'): unlike single quotes it can carry newlines and control characters visibly and on one
 * line. Backslash and quote are escaped; control characters become \n, \r, \t or \xHH (always two digits, so a
 * following hex digit is not swallowed); "!" becomes \x21 so an interactive shell's history expansion cannot touch
 * it. Everything else, non-ASCII included, stays as its UTF-8 bytes, which $'…' passes through unchanged.
 */
export function ansiCQuote(value: string): string {
  let out = "";
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (char === "\\") out += "\\\\";
    else if (char === "'") out += "\\'";
    else if (char === "\n") out += "\\n";
    else if (char === "\r") out += "\\r";
    else if (char === "\t") out += "\\t";
    else if (char === "!") out += "\\x21";
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, "0")}`;
    else out += char;
  }
  return `$'${out}'`;
}

/** A literal for a shell word: plain single quotes when they suffice (easier to read), $'…' otherwise. */
export function shellLiteral(value: string): string {
  return /^[\x20-\x7e]*$/.test(value) && !value.includes("!") ? singleQuote(value) : ansiCQuote(value);
}

/**
 * Sets KEY_HEX to the HMAC key of the Standard Webhooks secret in $SWITCHBOARD_SECRET, as hex for openssl's
 * -macopt hexkey: the secret is "whsec_" + base64 of the key bytes. od and tr are everywhere, unlike xxd.
 */
export const OPENSSL_KEY_HEX_LINES = [
  `KEY_HEX=$(printf '%s' "\${SWITCHBOARD_SECRET#whsec_}" \\`,
  `  | openssl base64 -d -A | od -An -v -tx1 | tr -d ' \\n')`,
];

/** Reads the signed content on stdin and prints its base64 HMAC-SHA256 under $KEY_HEX (no newline). */
export const OPENSSL_HMAC_BASE64 = `openssl dgst -sha256 -mac HMAC -macopt "hexkey:$KEY_HEX" -binary | openssl base64 -A`;
