import { parseStoredAttendance, type QueuedAttendance } from "./attendance-queue";
import { memoryStore, parseStoredQueue, type OutboxItem, type QueueStore } from "./queue";

/**
 * The outbox kept in the browser's localStorage, one per coordinator (a phone may be shared: a
 * batch is only ever sent with the login of the coordinator who recorded it).
 */
export function outboxStorageKey(coordinatorId: string): string {
  return `jinxiu.desk.outbox.${coordinatorId}`;
}

/** Her training attendance waiting on this phone (its own outbox, beside the work batches). */
export function attendanceStorageKey(coordinatorId: string): string {
  return `jinxiu.desk.attendance.${coordinatorId}`;
}

export function browserOutbox(coordinatorId: string, storage: Storage | undefined = safeLocalStorage()) {
  return browserStore(outboxStorageKey(coordinatorId), parseStoredQueue, storage);
}

export function browserAttendanceOutbox(coordinatorId: string, storage: Storage | undefined = safeLocalStorage()): QueueStore<QueuedAttendance> {
  return browserStore(attendanceStorageKey(coordinatorId), parseStoredAttendance, storage);
}

/** An outbox kept as one JSON string under `name`, read back through `parse`; in memory when the browser keeps nothing. */
function browserStore<T extends OutboxItem>(name: string, parse: (raw: string | null) => T[], storage: Storage | undefined): QueueStore<T> {
  if (!storage) return memoryStore<T>();
  return {
    load: () => parse(storage.getItem(name)),
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

/**
 * How many of her batches (work and attendance) are still on this phone, not recorded by the
 * server: waiting to be sent, or refused and waiting for her to fix them. Logging out keeps them
 * (for her next login); the desk asks her first.
 */
export function unsentOnPhone(coordinatorId: string, storage: Storage | undefined = safeLocalStorage()): number {
  return browserOutbox(coordinatorId, storage).load().length + browserAttendanceOutbox(coordinatorId, storage).load().length;
}
