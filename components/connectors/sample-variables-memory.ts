// The sample variables typed beside Test connection on the new-connector form are kept for the connector once it
// is created, so its Test connection and Execute panels open with them instead of "{}". Per browser tab
// (sessionStorage): a draft, not something worth saving on the server.
const key = (connectorId: string) => `switchboard:sample-variables:${connectorId}`;
const DRAFT = "new";

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.sessionStorage;
  } catch {
    // Storage can be refused (privacy settings); the panels then start from "{}" as before.
    return null;
  }
}

/** Remembers what was typed; `connectorId` undefined is the new-connector form's draft. */
export function rememberSampleVariables(connectorId: string | undefined, text: string) {
  storage()?.setItem(key(connectorId ?? DRAFT), text);
}

/** The new-connector form's draft becomes the created connector's. */
export function adoptDraftSampleVariables(connectorId: string) {
  const store = storage();
  const draft = store?.getItem(key(DRAFT));
  if (!store || draft === null || draft === undefined) return;
  store.removeItem(key(DRAFT));
  if (draft.trim() !== "" && draft.trim() !== "{}") store.setItem(key(connectorId), draft);
}

export function rememberedSampleVariables(connectorId: string): string | null {
  return storage()?.getItem(key(connectorId)) ?? null;
}
