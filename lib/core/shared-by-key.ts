// One answer for many askers of the same question at about the same time.

/**
 * Calls with the same key share one call of `check` while it is under way and for `ttlMs` after it answered; a
 * failure is not kept. For checks that many callers repeat on the same credential (the live stream's).
 */
export function sharedByKey<T>(check: (key: string) => Promise<T>, ttlMs: number): (key: string) => Promise<T> {
  const shared = new Map<string, Promise<T>>();
  return (key) => {
    let answer = shared.get(key);
    if (!answer) {
      answer = check(key);
      shared.set(key, answer);
      const forget = () => shared.delete(key);
      answer.then(() => setTimeout(forget, ttlMs).unref(), forget);
    }
    return answer;
  };
}
