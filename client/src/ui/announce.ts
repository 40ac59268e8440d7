/**
 * One polite live region for the whole workspace ("HOUS-12 #4 moved to Done", "Comment
 * posted"). `<LiveRegion />` is mounted once in the app shell; anything may call `announce`.
 * The text is cleared first so that the same message twice is announced twice.
 */
type Listener = (message: string) => void;
const listeners = new Set<Listener>();

export function announce(message: string): void {
  for (const listener of listeners) listener(message);
}

export function subscribeToAnnouncements(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
