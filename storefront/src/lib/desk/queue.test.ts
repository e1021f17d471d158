import { describe, expect, it } from "vitest";
import {
  applyOutcome,
  classify,
  composeBatch,
  discardRefused,
  dueBatches,
  enqueue,
  flushQueue,
  memoryStore,
  nextAttemptAt,
  parseStoredQueue,
  retryDelay,
  takeRefusedForFixing,
  type Outcome,
  type QueuedBatch,
  type SendResult,
} from "./queue";
import type { WorkLine } from "@jinxiu/workshop/domain/work-lines";

const line = (over: Partial<WorkLine> = {}): WorkLine => ({
  artisan_id: "art_1",
  piece_type_id: "ptype_1",
  quantity: 3,
  grade: "A",
  work_date: "2026-11-30",
  ...over,
});

const confirmedBody = (n = 1) => ({
  batch_id: "wkbat_1",
  entries: Array.from({ length: n }, (_, i) => ({ id: `wkent_${i}`, index: i })),
  total_amount: "60.00",
});

/** A fake backend: answers in order, and records the keys and bodies it was sent. */
function fakeSender(answers: SendResult[]) {
  const calls: { key: string; lines: WorkLine[] }[] = [];
  const send = async (batch: QueuedBatch): Promise<SendResult> => {
    calls.push({ key: batch.key, lines: batch.lines });
    const answer = answers.shift();
    if (!answer) throw new Error("no more answers");
    return answer;
  };
  return { send, calls };
}

describe("composing and queueing", () => {
  it("keeps the key it was composed with and copies the lines", () => {
    const lines = [line()];
    const batch = composeBatch(lines, "key-0001", 1000);
    lines[0].quantity = 99;
    expect(batch).toMatchObject({ key: "key-0001", composedAt: 1000, state: "waiting", attempts: 0 });
    expect(batch.lines[0].quantity).toBe(3);
  });

  it("keeps a line's supervised trial in the batch, and in what is stored and sent", () => {
    const batch = composeBatch([line({ trial: true }), line()], "key-0001", 1000);
    expect(batch.lines.map((l) => l.trial)).toEqual([true, undefined]);
    expect(parseStoredQueue(JSON.stringify([batch]))[0].lines[0].trial).toBe(true);
  });

  it("refuses an empty batch", () => {
    expect(() => composeBatch([], "key-0001", 0)).toThrow(/at least one line/);
  });

  it("enqueues a batch once per key", () => {
    const batch = composeBatch([line()], "key-0001", 0);
    const once = enqueue([], batch);
    expect(enqueue(once, { ...batch, lines: [line({ quantity: 9 })] })).toEqual(once);
    expect(enqueue(once, composeBatch([line()], "key-0002", 1))).toHaveLength(2);
  });
});

describe("classifying answers", () => {
  it("a 201 with the batch is confirmed", () => {
    expect(classify({ kind: "response", status: 201, body: confirmedBody() })).toMatchObject({ type: "confirmed" });
  });

  it("a 2xx that is not a batch is not a definite answer", () => {
    expect(classify({ kind: "response", status: 200, body: "<html>" })).toEqual({ type: "retry", problem: "server" });
  });

  it("network errors and server errors are retried", () => {
    expect(classify({ kind: "network-error" })).toEqual({ type: "retry", problem: "network" });
    for (const status of [500, 502, 503, 504, 408, 429]) {
      expect(classify({ kind: "response", status, body: null })).toEqual({ type: "retry", problem: "server" });
    }
  });

  it("400 and 404 keep the backend's line errors", () => {
    const errors = [{ index: 1, field: "work_date", code: "period_closed", message: "closed", params: { period: "2026-10" } }];
    expect(classify({ kind: "response", status: 400, body: { type: "invalid_data", message: "m", errors } })).toEqual({
      type: "refused",
      status: 400,
      errors,
      message: "m",
    });
    expect(classify({ kind: "response", status: 404, body: { errors } })).toMatchObject({ type: "refused", status: 404, errors });
  });

  it("a 4xx without line errors still says why", () => {
    expect(classify({ kind: "response", status: 400, body: { type: "invalid_data", message: "bad" } })).toEqual({
      type: "refused",
      status: 400,
      errors: [{ index: null, field: "", code: "invalid_data", message: "bad" }],
      message: "bad",
    });
  });

  it("a key reused for another batch is refused as a conflict", () => {
    expect(classify({ kind: "response", status: 409, body: { message: "used" } })).toMatchObject({
      type: "refused",
      errors: [{ code: "idempotency_conflict" }],
    });
  });

  it("401 and 403 mean: sign in again", () => {
    expect(classify({ kind: "response", status: 401, body: {} })).toEqual({ type: "auth" });
    expect(classify({ kind: "response", status: 403, body: {} })).toEqual({ type: "auth" });
  });
});

describe("applying answers", () => {
  const a = composeBatch([line()], "key-a", 1);
  const b = composeBatch([line({ artisan_id: "art_2" })], "key-b", 2);

  it("only a confirmation removes the batch", () => {
    const queue = [a, b];
    expect(applyOutcome(queue, "key-a", { type: "confirmed", response: confirmedBody() as never }, 10)).toEqual([b]);
    const outcomes: Outcome[] = [
      { type: "retry", problem: "network" },
      { type: "retry", problem: "server" },
      { type: "auth" },
      { type: "refused", status: 400, errors: [] },
    ];
    for (const outcome of outcomes) {
      expect(applyOutcome(queue, "key-a", outcome, 10).map((q) => q.key)).toEqual(["key-a", "key-b"]);
    }
  });

  it("a retry keeps the key, counts the attempt and waits longer each time", () => {
    let queue = [a];
    queue = applyOutcome(queue, "key-a", { type: "retry", problem: "network" }, 1000);
    expect(queue[0]).toMatchObject({ key: "key-a", state: "waiting", attempts: 1, problem: "network", nextAttemptAt: 3000 });
    queue = applyOutcome(queue, "key-a", { type: "retry", problem: "network" }, 3000);
    expect(queue[0]).toMatchObject({ key: "key-a", attempts: 2, nextAttemptAt: 7000 });
  });

  it("retry waits grow to a minute and stop there", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map(retryDelay)).toEqual([2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000]);
  });

  it("a refusal keeps the batch with its errors and takes it out of the sending", () => {
    const errors = [{ index: 0, field: "quantity", code: "invalid_too_small" }];
    const queue = applyOutcome([a, b], "key-a", { type: "refused", status: 400, errors }, 5);
    expect(queue[0]).toMatchObject({ key: "key-a", state: "refused", refusal: { status: 400, errors } });
    expect(dueBatches(queue, 5, true).map((q) => q.key)).toEqual(["key-b"]);
  });

  it("due batches: oldest first, waiting ones whose time has come (or all with force)", () => {
    const later = { ...a, nextAttemptAt: 100 };
    expect(dueBatches([b, later], 50).map((q) => q.key)).toEqual(["key-b"]);
    expect(dueBatches([b, later], 100).map((q) => q.key)).toEqual(["key-a", "key-b"]);
    expect(dueBatches([b, later], 50, true).map((q) => q.key)).toEqual(["key-a", "key-b"]);
    expect(nextAttemptAt([b, later])).toBe(100);
    expect(nextAttemptAt([b])).toBeUndefined();
  });
});

describe("flushing the outbox", () => {
  it("sends a batch and removes it once confirmed", async () => {
    const store = memoryStore([composeBatch([line()], "key-a", 1)]);
    const { send, calls } = fakeSender([{ kind: "response", status: 201, body: confirmedBody() }]);
    const report = await flushQueue(store, send, () => 10);
    expect(calls.map((c) => c.key)).toEqual(["key-a"]);
    expect(report.confirmed.map((c) => c.batch.key)).toEqual(["key-a"]);
    expect(store.load()).toEqual([]);
  });

  it("after a network error the same batch is sent again with the SAME key, and removed only when confirmed", async () => {
    const store = memoryStore([composeBatch([line()], "key-a", 1)]);
    const { send, calls } = fakeSender([
      { kind: "network-error" },
      { kind: "response", status: 503, body: null },
      { kind: "response", status: 201, body: confirmedBody() },
    ]);
    let now = 0;
    const first = await flushQueue(store, send, () => now);
    expect(first.stoppedBy).toBe("network");
    expect(store.load()).toHaveLength(1);
    // Not due yet: nothing is sent.
    await flushQueue(store, send, () => now);
    expect(calls).toHaveLength(1);
    now = 2_000;
    const second = await flushQueue(store, send, () => now);
    expect(second.stoppedBy).toBe("server");
    expect(store.load()).toHaveLength(1);
    now = 100_000;
    await flushQueue(store, send, () => now);
    expect(calls.map((c) => c.key)).toEqual(["key-a", "key-a", "key-a"]);
    expect(calls[0].lines).toEqual(calls[2].lines);
    expect(store.load()).toEqual([]);
  });

  it("a thrown error while sending counts as no answer", async () => {
    const store = memoryStore([composeBatch([line()], "key-a", 1)]);
    const report = await flushQueue(store, async () => { throw new TypeError("Failed to fetch"); }, () => 0);
    expect(report.stoppedBy).toBe("network");
    expect(store.load()[0]).toMatchObject({ key: "key-a", state: "waiting", attempts: 1 });
  });

  it("a 4xx keeps the batch with its errors and is not sent again; a network error is retried", async () => {
    const errors = [{ index: 0, field: "work_date", code: "period_closed", params: { period: "2026-10" } }];
    const store = memoryStore([composeBatch([line()], "key-a", 1), composeBatch([line()], "key-b", 2)]);
    const { send, calls } = fakeSender([
      { kind: "response", status: 400, body: { type: "invalid_data", errors } },
      { kind: "network-error" },
      { kind: "response", status: 201, body: confirmedBody() },
    ]);
    const report = await flushQueue(store, send, () => 0);
    expect(report.refused.map((r) => r.key)).toEqual(["key-a"]);
    expect(report.stoppedBy).toBe("network");
    expect(store.load().map((b) => [b.key, b.state])).toEqual([["key-a", "refused"], ["key-b", "waiting"]]);
    await flushQueue(store, send, () => 0, true);
    expect(calls.map((c) => c.key)).toEqual(["key-a", "key-b", "key-b"]);
    expect(store.load()).toEqual([expect.objectContaining({ key: "key-a", state: "refused", refusal: { status: 400, errors, message: undefined } })]);
  });

  it("stops at the first batch without an answer, leaving the later ones untouched", async () => {
    const store = memoryStore([composeBatch([line()], "key-a", 1), composeBatch([line()], "key-b", 2)]);
    const { send, calls } = fakeSender([{ kind: "network-error" }]);
    await flushQueue(store, send, () => 0);
    expect(calls.map((c) => c.key)).toEqual(["key-a"]);
    expect(store.load()[1]).toMatchObject({ key: "key-b", attempts: 0 });
  });

  it("when signed out, keeps everything and stops until she signs in", async () => {
    const store = memoryStore([composeBatch([line()], "key-a", 1)]);
    const { send } = fakeSender([{ kind: "response", status: 401, body: {} }]);
    const report = await flushQueue(store, send, () => 0);
    expect(report.stoppedBy).toBe("auth");
    expect(store.load()[0]).toMatchObject({ key: "key-a", state: "waiting", problem: "auth" });
  });

  it("keeps a batch added while another was being sent", async () => {
    const store = memoryStore([composeBatch([line()], "key-a", 1)]);
    const send = async (): Promise<SendResult> => {
      store.save(enqueue(store.load(), composeBatch([line()], "key-new", 5)));
      return { kind: "response", status: 201, body: confirmedBody() };
    };
    await flushQueue(store, send, () => 0);
    expect(store.load().map((b) => b.key)).toEqual(["key-new"]);
  });
});

describe("refused batches", () => {
  const refused: QueuedBatch = {
    ...composeBatch([line()], "key-a", 1),
    state: "refused",
    refusal: { status: 400, errors: [] },
  };
  const waiting = composeBatch([line()], "key-b", 2);

  it("can be discarded; waiting ones can't (they may already be recorded)", () => {
    expect(discardRefused([refused, waiting], "key-a")).toEqual([waiting]);
    expect(discardRefused([refused, waiting], "key-b")).toEqual([refused, waiting]);
  });

  it("can be taken out for fixing", () => {
    expect(takeRefusedForFixing([refused, waiting], "key-a")).toEqual({ queue: [waiting], batch: refused });
    expect(takeRefusedForFixing([refused, waiting], "key-b")).toEqual({ queue: [refused, waiting], batch: null });
  });
});

describe("the stored outbox", () => {
  it("reads back what was saved and ignores anything else", () => {
    const batch = composeBatch([line()], "key-a", 1);
    expect(parseStoredQueue(JSON.stringify([batch]))).toEqual([batch]);
    expect(parseStoredQueue(null)).toEqual([]);
    expect(parseStoredQueue("{not json")).toEqual([]);
    expect(parseStoredQueue(JSON.stringify({ key: "x" }))).toEqual([]);
    expect(parseStoredQueue(JSON.stringify([{ key: "x" }, batch]))).toEqual([batch]);
  });
});
