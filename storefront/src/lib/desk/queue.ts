/**
 * The desk's outbox: batches of work lines kept on the coordinator's phone until the backend has
 * given a definite answer. Workshops often have a patchy connection, so a batch is written here
 * first and only then sent; it is sent again (with the SAME Idempotency-Key, so the backend records
 * it exactly once) until it is either confirmed or refused.
 *
 * - confirmed (201, also a replay of an earlier attempt): removed from the outbox;
 * - refused (4xx with line errors, or a key conflict): kept, with its errors, until the
 *   coordinator fixes or discards it; never sent again as is;
 * - no answer (offline, network error, timeout, 5xx, backend unreachable): kept and retried later;
 * - not signed in (401): kept, sent after she signs in again.
 *
 * Everything here is pure (no browser APIs): storage and sending are handed in. The same rules
 * carry other things the desk sends from its outbox (a training session's attendance,
 * attendance-queue.ts): an item is anything with a key and the sending state below, and what
 * counts as a definite answer is handed in (`classify` for work batches).
 */
import type { WorkBatchResponse } from "@jinxiu/workshop/domain/http";
import type { LineError, WorkLine } from "@jinxiu/workshop/domain/work-lines";

export type BatchProblem = "network" | "server" | "auth";

/** What every item of an outbox has: its key, and where its sending stands. */
export type OutboxItem = {
  /** the Idempotency-Key, made when the item was composed and kept with it */
  key: string;
  /** when the item was composed (ms since epoch) */
  composedAt: number;
  state: "waiting" | "refused";
  /** attempts that got no definite answer */
  attempts: number;
  /** earliest time for the next automatic attempt (waiting batches after a failed attempt) */
  nextAttemptAt?: number;
  /** why the last attempt did not go through */
  problem?: BatchProblem;
  /** a refused batch: the HTTP status and what was wrong, per line */
  refusal?: { status: number; errors: LineError[]; message?: string };
};

/** A batch of work lines. */
export type QueuedBatch = OutboxItem & { lines: WorkLine[] };

/** What one attempt to send brought back. */
export type SendResult = { kind: "response"; status: number; body: unknown } | { kind: "network-error" };

export type Outcome<R = WorkBatchResponse> =
  | { type: "confirmed"; response: R }
  | { type: "refused"; status: number; errors: LineError[]; message?: string }
  | { type: "retry"; problem: "network" | "server" }
  | { type: "auth" };

export interface QueueStore<T extends OutboxItem = QueuedBatch> {
  load(): T[];
  save(queue: T[]): void;
}

/** A new batch for the outbox. */
export function composeBatch(lines: WorkLine[], key: string, now: number): QueuedBatch {
  if (!lines.length) throw new Error("A batch needs at least one line");
  return { key, composedAt: now, lines: lines.map((l) => ({ ...l })), state: "waiting", attempts: 0 };
}

/** Adds a batch (once: a batch already there under the same key is kept as it is). */
export function enqueue<T extends OutboxItem>(queue: T[], batch: T): T[] {
  if (queue.some((b) => b.key === batch.key)) return queue;
  return [...queue, batch];
}

/** What an answer means for the batch. */
export function classify(result: SendResult): Outcome {
  return classifyAnswer(
    result,
    (body) => (typeof body.batch_id === "string" && Array.isArray(body.entries) ? (body as unknown as WorkBatchResponse) : null),
    (status, body, message) => {
      if (status === 409) return [{ index: null, field: "", code: "idempotency_conflict", message }];
      const errors = Array.isArray(body.errors) ? (body.errors as LineError[]) : [];
      return errors.length ? errors : [{ index: null, field: "", code: String(body.type ?? "unknown"), message }];
    }
  );
}

/**
 * What an answer means, whatever was sent: a 2xx is confirmed only when `confirm` recognises its
 * body (anything else, e.g. a captive portal's page, is no definite answer); 401/403 wait for her
 * to sign in; 408, 425, 429 and 5xx are retried; any other 4xx is a refusal with the errors
 * `refusalErrors` reads from the body.
 */
export function classifyAnswer<R>(
  result: SendResult,
  confirm: (body: Record<string, unknown>) => R | null,
  refusalErrors: (status: number, body: Record<string, unknown>, message: string | undefined) => LineError[]
): Outcome<R> {
  if (result.kind === "network-error") return { type: "retry", problem: "network" };
  const { status } = result;
  const body = (result.body && typeof result.body === "object" ? result.body : {}) as Record<string, unknown>;
  if (status >= 200 && status < 300) {
    const response = confirm(body);
    return response === null ? { type: "retry", problem: "server" } : { type: "confirmed", response };
  }
  if (status === 401 || status === 403) return { type: "auth" };
  if (status === 408 || status === 425 || status === 429 || status >= 500) return { type: "retry", problem: "server" };
  const message = typeof body.message === "string" ? body.message : undefined;
  return { type: "refused", status, errors: refusalErrors(status, body, message), message };
}

const FIRST_RETRY_MS = 2_000;
const LAST_RETRY_MS = 60_000;

/** Wait before the next automatic attempt, after `attempts` failed ones: 2 s, 4 s, 8 s … 60 s. */
export function retryDelay(attempts: number): number {
  return Math.min(LAST_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));
}

/** The outbox after an answer about the batch `key`. Only a confirmation removes it. */
export function applyOutcome<T extends OutboxItem>(queue: T[], key: string, outcome: Outcome<unknown>, now: number): T[] {
  if (outcome.type === "confirmed") return queue.filter((b) => b.key !== key);
  return queue.map((b): T => {
    if (b.key !== key) return b;
    switch (outcome.type) {
      case "refused":
        return {
          ...b,
          state: "refused" as const,
          nextAttemptAt: undefined,
          problem: undefined,
          refusal: { status: outcome.status, errors: outcome.errors, message: outcome.message },
        };
      case "retry": {
        const attempts = b.attempts + 1;
        return { ...b, attempts, problem: outcome.problem, nextAttemptAt: now + retryDelay(attempts) };
      }
      case "auth":
        return { ...b, problem: "auth" as const, nextAttemptAt: undefined };
    }
  });
}

/** Waiting batches that may be sent now, oldest first (`force`: ignore the retry wait). */
export function dueBatches<T extends OutboxItem>(queue: T[], now: number, force = false): T[] {
  return queue
    .filter((b) => b.state === "waiting" && (force || b.nextAttemptAt === undefined || b.nextAttemptAt <= now))
    .sort((a, b) => a.composedAt - b.composedAt);
}

/** When the next automatic attempt is due, if any batch waits for one. */
export function nextAttemptAt(queue: OutboxItem[]): number | undefined {
  const times = queue.filter((b) => b.state === "waiting" && b.nextAttemptAt !== undefined).map((b) => b.nextAttemptAt!);
  return times.length ? Math.min(...times) : undefined;
}

export type FlushReport<T extends OutboxItem = QueuedBatch, R = WorkBatchResponse> = {
  confirmed: { batch: T; response: R }[];
  refused: T[];
  /** why sending stopped before the end: offline/unreachable, or signed out */
  stoppedBy?: BatchProblem;
};

/**
 * Sends the due batches one after the other, each with its own key, and writes each answer to the
 * store as soon as it comes (re-reading the store around every send, so a batch added meanwhile
 * is kept). Stops at the first attempt without an answer (the next ones would fail the same way)
 * and when she is signed out. `judge` says what an answer means (work batches: `classify`).
 */
export async function flushQueue<T extends OutboxItem = QueuedBatch, R = WorkBatchResponse>(
  store: QueueStore<T>,
  send: (batch: T) => Promise<SendResult>,
  now: () => number,
  force = false,
  judge: (result: SendResult) => Outcome<R> = classify as unknown as (result: SendResult) => Outcome<R>
): Promise<FlushReport<T, R>> {
  const report: FlushReport<T, R> = { confirmed: [], refused: [] };
  for (const batch of dueBatches(store.load(), now(), force)) {
    const current = store.load().find((b) => b.key === batch.key);
    if (!current || current.state !== "waiting") continue;
    let result: SendResult;
    try {
      result = await send(current);
    } catch {
      result = { kind: "network-error" };
    }
    const outcome = judge(result);
    const after = applyOutcome(store.load(), current.key, outcome, now());
    store.save(after);
    if (outcome.type === "confirmed") {
      report.confirmed.push({ batch: current, response: outcome.response });
    } else if (outcome.type === "refused") {
      report.refused.push(after.find((b) => b.key === current.key)!);
    } else if (outcome.type === "auth") {
      report.stoppedBy = "auth";
      break;
    } else {
      report.stoppedBy = outcome.problem;
      break;
    }
  }
  return report;
}

/** Removes a refused batch (she decided to drop it). Waiting batches can't be dropped: they may already be recorded. */
export function discardRefused<T extends OutboxItem>(queue: T[], key: string): T[] {
  return queue.filter((b) => !(b.key === key && b.state === "refused"));
}

/** Takes a refused batch out of the outbox to fix its lines; a fixed batch is composed again, with a new key. */
export function takeRefusedForFixing(
  queue: QueuedBatch[],
  key: string
): { queue: QueuedBatch[]; batch: QueuedBatch | null } {
  const batch = queue.find((b) => b.key === key && b.state === "refused") ?? null;
  return { queue: batch ? queue.filter((b) => b !== batch) : queue, batch };
}

/** A storage that holds the outbox (a JSON string under one name), checked on the way in. */
export function parseStoredQueue(raw: string | null): QueuedBatch[] {
  return parseStoredItems<QueuedBatch>(raw, (b) => Array.isArray(b.lines));
}

/** The items of a stored outbox that have a key, a sending state and what `isItem` checks; nothing else. */
export function parseStoredItems<T extends OutboxItem>(raw: string | null, isItem: (value: Record<string, unknown>) => boolean): T[] {
  if (!raw) return [];
  try {
    const value = JSON.parse(raw);
    if (!Array.isArray(value)) return [];
    return value.filter(
      (b): b is T =>
        !!b && typeof b === "object" && typeof b.key === "string" && (b.state === "waiting" || b.state === "refused") && isItem(b)
    );
  } catch {
    return [];
  }
}

/** An in-memory store (tests, and the fallback when the browser keeps nothing). */
export function memoryStore<T extends OutboxItem = QueuedBatch>(initial: T[] = []): QueueStore<T> {
  let queue = initial;
  return {
    load: () => queue,
    save: (next) => {
      queue = next;
    },
  };
}
