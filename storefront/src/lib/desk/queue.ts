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
 * Everything here is pure (no browser APIs): storage and sending are handed in.
 */
import type { LineError, WorkBatchResponse, WorkLine } from "@jinxiu/workshop/domain";

export type BatchProblem = "network" | "server" | "auth";

export type QueuedBatch = {
  /** the Idempotency-Key, made when the batch was composed and kept with it */
  key: string;
  /** when the batch was composed (ms since epoch) */
  composedAt: number;
  lines: WorkLine[];
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

/** What one attempt to send brought back. */
export type SendResult = { kind: "response"; status: number; body: unknown } | { kind: "network-error" };

export type Outcome =
  | { type: "confirmed"; response: WorkBatchResponse }
  | { type: "refused"; status: number; errors: LineError[]; message?: string }
  | { type: "retry"; problem: "network" | "server" }
  | { type: "auth" };

export interface QueueStore {
  load(): QueuedBatch[];
  save(queue: QueuedBatch[]): void;
}

/** A new batch for the outbox. */
export function composeBatch(lines: WorkLine[], key: string, now: number): QueuedBatch {
  if (!lines.length) throw new Error("A batch needs at least one line");
  return { key, composedAt: now, lines: lines.map((l) => ({ ...l })), state: "waiting", attempts: 0 };
}

/** Adds a batch (once: a batch already there under the same key is kept as it is). */
export function enqueue(queue: QueuedBatch[], batch: QueuedBatch): QueuedBatch[] {
  if (queue.some((b) => b.key === batch.key)) return queue;
  return [...queue, batch];
}

/** What an answer means for the batch. */
export function classify(result: SendResult): Outcome {
  if (result.kind === "network-error") return { type: "retry", problem: "network" };
  const { status } = result;
  const body = (result.body && typeof result.body === "object" ? result.body : {}) as Record<string, unknown>;
  if (status >= 200 && status < 300) {
    if (typeof body.batch_id === "string" && Array.isArray(body.entries)) {
      return { type: "confirmed", response: body as unknown as WorkBatchResponse };
    }
    // A 2xx that isn't the batch (e.g. a captive portal's page): no definite answer.
    return { type: "retry", problem: "server" };
  }
  if (status === 401 || status === 403) return { type: "auth" };
  if (status === 408 || status === 425 || status === 429 || status >= 500) return { type: "retry", problem: "server" };
  const message = typeof body.message === "string" ? body.message : undefined;
  if (status === 409) {
    return { type: "refused", status, errors: [{ index: null, field: "", code: "idempotency_conflict", message }], message };
  }
  const errors = Array.isArray(body.errors) ? (body.errors as LineError[]) : [];
  return {
    type: "refused",
    status,
    errors: errors.length ? errors : [{ index: null, field: "", code: String(body.type ?? "unknown"), message }],
    message,
  };
}

const FIRST_RETRY_MS = 2_000;
const LAST_RETRY_MS = 60_000;

/** Wait before the next automatic attempt, after `attempts` failed ones: 2 s, 4 s, 8 s … 60 s. */
export function retryDelay(attempts: number): number {
  return Math.min(LAST_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));
}

/** The outbox after an answer about the batch `key`. Only a confirmation removes it. */
export function applyOutcome(queue: QueuedBatch[], key: string, outcome: Outcome, now: number): QueuedBatch[] {
  if (outcome.type === "confirmed") return queue.filter((b) => b.key !== key);
  return queue.map((b) => {
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
export function dueBatches(queue: QueuedBatch[], now: number, force = false): QueuedBatch[] {
  return queue
    .filter((b) => b.state === "waiting" && (force || b.nextAttemptAt === undefined || b.nextAttemptAt <= now))
    .sort((a, b) => a.composedAt - b.composedAt);
}

/** When the next automatic attempt is due, if any batch waits for one. */
export function nextAttemptAt(queue: QueuedBatch[]): number | undefined {
  const times = queue.filter((b) => b.state === "waiting" && b.nextAttemptAt !== undefined).map((b) => b.nextAttemptAt!);
  return times.length ? Math.min(...times) : undefined;
}

export type FlushReport = {
  confirmed: { batch: QueuedBatch; response: WorkBatchResponse }[];
  refused: QueuedBatch[];
  /** why sending stopped before the end: offline/unreachable, or signed out */
  stoppedBy?: BatchProblem;
};

/**
 * Sends the due batches one after the other, each with its own key, and writes each answer to the
 * store as soon as it comes (re-reading the store around every send, so a batch added meanwhile
 * is kept). Stops at the first attempt without an answer (the next ones would fail the same way)
 * and when she is signed out.
 */
export async function flushQueue(
  store: QueueStore,
  send: (batch: QueuedBatch) => Promise<SendResult>,
  now: () => number,
  force = false
): Promise<FlushReport> {
  const report: FlushReport = { confirmed: [], refused: [] };
  for (const batch of dueBatches(store.load(), now(), force)) {
    const current = store.load().find((b) => b.key === batch.key);
    if (!current || current.state !== "waiting") continue;
    let result: SendResult;
    try {
      result = await send(current);
    } catch {
      result = { kind: "network-error" };
    }
    const outcome = classify(result);
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
export function discardRefused(queue: QueuedBatch[], key: string): QueuedBatch[] {
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
  if (!raw) return [];
  try {
    const value = JSON.parse(raw);
    if (!Array.isArray(value)) return [];
    return value.filter(
      (b): b is QueuedBatch =>
        b && typeof b.key === "string" && Array.isArray(b.lines) && (b.state === "waiting" || b.state === "refused")
    );
  } catch {
    return [];
  }
}

/** An in-memory store (tests, and the fallback when the browser keeps nothing). */
export function memoryStore(initial: QueuedBatch[] = []): QueueStore {
  let queue = initial;
  return {
    load: () => queue,
    save: (next) => {
      queue = next;
    },
  };
}
