/**
 * Messages the host's port has for the user outside any one action — today what this Excel
 * cannot do (capabilityAwarePort). The port hears them during an action; the pane shows them
 * wherever the user is, so they are kept here and the pane subscribes.
 */
export type HostNotices = {
  /** Every message so far, oldest first (the same array until a new message arrives). */
  current(): readonly string[];
  /** Calls `listener` when a message arrives. Returns unsubscribe. */
  subscribe(listener: () => void): () => void;
};

/** A channel for host messages: `publish` for the port, the rest for the pane. */
export function createHostNotices(): HostNotices & { publish: (message: string) => void } {
  let messages: readonly string[] = [];
  const listeners = new Set<() => void>();
  return {
    current: () => messages,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    publish(message) {
      if (messages.includes(message)) return;
      messages = [...messages, message];
      for (const listener of [...listeners]) listener();
    },
  };
}
