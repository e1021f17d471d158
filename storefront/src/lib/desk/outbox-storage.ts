import { memoryStore, parseStoredQueue, type QueueStore } from "./queue";

/**
 * The outbox kept in the browser's localStorage, one per coordinator (a phone may be shared: a
 * batch is only ever sent with the login of the coordinator who recorded it).
 */
export function outboxStorageKey(coordinatorId: string): string {
  return `jinxiu.desk.outbox.${coordinatorId}`;
}

export function browserOutbox(coordinatorId: string, storage: Storage | undefined = safeLocalStorage()): QueueStore {
  if (!storage) return memoryStore();
  const name = outboxStorageKey(coordinatorId);
  return {
    load: () => parseStoredQueue(storage.getItem(name)),
    save: (queue) => {
      if (queue.length) storage.setItem(name, JSON.stringify(queue));
      else storage.removeItem(name);
    },
  };
}

function safeLocalStorage(): Storage | undefined {
  try {
    return typeof window === "undefined" ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}
