/**
 * Where the pane remembers small choices (language, closed notices) — without ever stopping it.
 * A browser that blocks storage in the add-in's frame (third-party storage blocked, Safari's
 * tracking prevention, a locked-down kommune PC) throws on merely reading `window.localStorage`;
 * then the choices live in memory for this session. In Excel on the web, keys get Office's
 * `partitionKey` in front, as Microsoft asks for add-ins whose storage is partitioned.
 */
type SmallStorage = Pick<Storage, "getItem" | "setItem">;

function memoryStorage(): SmallStorage {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
  };
}

/** `window.localStorage` if this frame may use it, else a store in memory. */
export function guardedStorage(
  getStorage: () => Storage = () => window.localStorage,
  partitionKey: string | undefined = officePartitionKey(),
): SmallStorage {
  let storage: Storage;
  try {
    storage = getStorage();
    const probe = "gevinst.probe";
    storage.setItem(probe, "1");
    storage.removeItem(probe);
  } catch {
    return memoryStorage();
  }
  const prefix = partitionKey ? `${partitionKey}.` : "";
  const fallback = memoryStorage();
  return {
    getItem: (key) => {
      try {
        return fallback.getItem(key) ?? storage.getItem(prefix + key);
      } catch {
        return null;
      }
    },
    setItem: (key, value) => {
      try {
        storage.setItem(prefix + key, value);
      } catch {
        // Full or blocked since: keep it for this session.
        fallback.setItem(key, value);
      }
    },
  };
}

function officePartitionKey(): string | undefined {
  try {
    return typeof Office !== "undefined" ? Office.context?.partitionKey || undefined : undefined;
  } catch {
    return undefined;
  }
}
