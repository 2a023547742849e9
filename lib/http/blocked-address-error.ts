// Thrown from inside the connector when the SSRF guard refuses a destination, so no socket is ever opened.
export class BlockedAddressError extends Error {
  readonly code = "ESWITCHBOARD_BLOCKED";

  constructor(
    readonly address: string,
    message: string,
  ) {
    super(message);
    this.name = "BlockedAddressError";
  }
}
