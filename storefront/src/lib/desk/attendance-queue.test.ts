import type { LineError } from "@jinxiu/workshop/domain/work-lines";
import { describe, expect, it } from "vitest";
import { attendanceErrorMessage, classifyAttendance, composeAttendance, parseStoredAttendance, pendingForSession, type QueuedAttendance } from "./attendance-queue";
import { attendanceStorageKey, browserAttendanceOutbox, outboxStorageKey } from "./outbox-storage";
import { discardRefused, enqueue, flushQueue, memoryStore, type SendResult } from "./queue";

const confirmed = (sessionId = "trses_1", artisanIds = ["art_1"]): SendResult => ({
  kind: "response",
  status: 201,
  body: { attendance: { session_id: sessionId, skill_code: "couching", artisan_ids: artisanIds } },
});

/** A fake backend: answers in order, and records the keys and bodies it was sent. */
function fakeBackend(answers: SendResult[]) {
  const calls: { key: string; session_id: string; artisan_ids: string[] }[] = [];
  const send = async (item: QueuedAttendance): Promise<SendResult> => {
    calls.push({ key: item.key, session_id: item.session_id, artisan_ids: item.artisan_ids });
    const answer = answers.shift();
    if (!answer) throw new Error("no more answers");
    return answer;
  };
  return { send, calls };
}

const flush = (store: ReturnType<typeof memoryStore<QueuedAttendance>>, send: (i: QueuedAttendance) => Promise<SendResult>, now = 0, force = false) =>
  flushQueue(store, send, () => now, force, classifyAttendance);

describe("composing attendance", () => {
  it("keeps the key it was made with, and each woman once in a stable order", () => {
    const ids = ["art_2", "art_1", "art_2"];
    const item = composeAttendance("trses_1", ids, "key-0001", 1000);
    ids.push("art_9");
    expect(item).toEqual({ key: "key-0001", composedAt: 1000, session_id: "trses_1", artisan_ids: ["art_1", "art_2"], state: "waiting", attempts: 0 });
  });

  it("refuses attendance without a woman or a session", () => {
    expect(() => composeAttendance("trses_1", [], "key-0001", 0)).toThrow(/at least one woman/);
    expect(() => composeAttendance("", ["art_1"], "key-0001", 0)).toThrow(/session/);
  });
});

describe("classifying the backend's answers", () => {
  it("a 201 with the attendance is confirmed; a 2xx without it is no definite answer", () => {
    expect(classifyAttendance(confirmed())).toEqual({
      type: "confirmed",
      response: { session_id: "trses_1", skill_code: "couching", artisan_ids: ["art_1"] },
    });
    expect(classifyAttendance({ kind: "response", status: 200, body: "<html>portal</html>" })).toEqual({ type: "retry", problem: "server" });
    expect(classifyAttendance({ kind: "response", status: 201, body: { batch_id: "x", entries: [] } })).toEqual({ type: "retry", problem: "server" });
  });

  it("a full session or one still to come is refused with the backend's field, code and params", () => {
    const full = {
      type: "invalid_data",
      field: "artisan_ids",
      code: "session_full",
      message: "artisan_ids: 名额已满 / full",
      params: { capacity: "25", taken: "25" },
    };
    expect(classifyAttendance({ kind: "response", status: 400, body: full })).toEqual({
      type: "refused",
      status: 400,
      message: full.message,
      errors: [{ index: null, field: "artisan_ids", code: "session_full", message: full.message, params: { capacity: "25", taken: "25" } }],
    });
    expect(classifyAttendance({ kind: "response", status: 404, body: { type: "not_found", field: "session_id", message: "gone" } })).toMatchObject({
      type: "refused",
      status: 404,
      errors: [{ field: "session_id", code: "not_found" }],
    });
  });

  it("no network, a 5xx or a throttle are retried; 401/403 wait for her to sign in", () => {
    expect(classifyAttendance({ kind: "network-error" })).toEqual({ type: "retry", problem: "network" });
    for (const status of [500, 502, 503, 429, 408]) {
      expect(classifyAttendance({ kind: "response", status, body: null })).toEqual({ type: "retry", problem: "server" });
    }
    expect(classifyAttendance({ kind: "response", status: 401, body: {} })).toEqual({ type: "auth" });
    expect(classifyAttendance({ kind: "response", status: 403, body: {} })).toEqual({ type: "auth" });
  });
});

describe("sending attendance from the outbox", () => {
  it("is sent with the key made when it was queued, again after no answer, and removed only once confirmed", async () => {
    const store = memoryStore<QueuedAttendance>([composeAttendance("trses_1", ["art_1", "art_2"], "key-a", 1)]);
    const { send, calls } = fakeBackend([
      { kind: "network-error" },
      { kind: "response", status: 502, body: { type: "backend_unreachable" } },
      confirmed("trses_1", ["art_1", "art_2"]),
    ]);
    expect((await flush(store, send, 0)).stoppedBy).toBe("network");
    expect(store.load()).toEqual([expect.objectContaining({ key: "key-a", state: "waiting", attempts: 1 })]);
    // not due yet: nothing is sent
    await flush(store, send, 1_000);
    expect(calls).toHaveLength(1);
    expect((await flush(store, send, 2_000)).stoppedBy).toBe("server");
    const report = await flush(store, send, 100_000);
    expect(report.confirmed.map((c) => c.batch.key)).toEqual(["key-a"]);
    expect(calls.map((c) => c.key)).toEqual(["key-a", "key-a", "key-a"]);
    expect(calls.every((c) => c.session_id === "trses_1" && c.artisan_ids.join() === "art_1,art_2")).toBe(true);
    expect(store.load()).toEqual([]);
  });

  it("is sent exactly once after it is confirmed, however often the outbox is flushed", async () => {
    const store = memoryStore<QueuedAttendance>([composeAttendance("trses_1", ["art_1"], "key-a", 1)]);
    const { send, calls } = fakeBackend([confirmed()]);
    await flush(store, send, 0, true);
    await flush(store, send, 10, true);
    await flush(store, send, 100_000, true);
    expect(calls.map((c) => c.key)).toEqual(["key-a"]);
    // the same item queued again under its key (a second tap on a stale screen) is one item, not two
    const item = composeAttendance("trses_1", ["art_3"], "key-b", 2);
    expect(enqueue(enqueue([], item), { ...item })).toHaveLength(1);
  });

  it("a refusal is kept with its error and never sent again; the next item still goes", async () => {
    const store = memoryStore<QueuedAttendance>([
      composeAttendance("trses_future", ["art_1"], "key-a", 1),
      composeAttendance("trses_1", ["art_2"], "key-b", 2),
    ]);
    const { send, calls } = fakeBackend([
      { kind: "response", status: 400, body: { type: "invalid_data", field: "session_id", code: "session_in_future", message: "m", params: { date: "2026-12-20" } } },
      confirmed("trses_1", ["art_2"]),
    ]);
    const report = await flush(store, send, 0);
    expect(report.refused.map((r) => r.key)).toEqual(["key-a"]);
    expect(report.confirmed.map((c) => c.batch.key)).toEqual(["key-b"]);
    await flush(store, send, 500_000, true);
    expect(calls.map((c) => c.key)).toEqual(["key-a", "key-b"]);
    expect(store.load()).toEqual([
      expect.objectContaining({
        key: "key-a",
        state: "refused",
        refusal: { status: 400, message: "m", errors: [{ index: null, field: "session_id", code: "session_in_future", message: "m", params: { date: "2026-12-20" } }] },
      }),
    ]);
    // she discards it; a waiting item can't be discarded (it may already be recorded)
    expect(discardRefused(store.load(), "key-a")).toEqual([]);
    const waiting = composeAttendance("trses_1", ["art_4"], "key-c", 3);
    expect(discardRefused([waiting], "key-c")).toEqual([waiting]);
  });

  it("signed out: kept until she signs in again, then sent with the same key", async () => {
    const store = memoryStore<QueuedAttendance>([composeAttendance("trses_1", ["art_1"], "key-a", 1)]);
    const { send, calls } = fakeBackend([{ kind: "response", status: 401, body: { type: "unauthorized" } }, confirmed()]);
    const first = await flush(store, send, 0);
    expect(first.stoppedBy).toBe("auth");
    expect(store.load()).toEqual([expect.objectContaining({ key: "key-a", state: "waiting", problem: "auth" })]);
    await flush(store, send, 1, true);
    expect(calls.map((c) => c.key)).toEqual(["key-a", "key-a"]);
    expect(store.load()).toEqual([]);
  });

  it("keeps women marked while another item was being sent", async () => {
    const store = memoryStore<QueuedAttendance>([composeAttendance("trses_1", ["art_1"], "key-a", 1)]);
    const send = async (): Promise<SendResult> => {
      store.save(enqueue(store.load(), composeAttendance("trses_1", ["art_2"], "key-new", 5)));
      return confirmed();
    };
    await flush(store, send, 0);
    expect(store.load().map((i) => i.key)).toEqual(["key-new"]);
  });
});

describe("the stored attendance outbox", () => {
  it("reads back what was saved and ignores anything else", () => {
    const item = composeAttendance("trses_1", ["art_1"], "key-a", 1);
    expect(parseStoredAttendance(JSON.stringify([item]))).toEqual([item]);
    expect(parseStoredAttendance(null)).toEqual([]);
    expect(parseStoredAttendance("{oops")).toEqual([]);
    expect(parseStoredAttendance(JSON.stringify([{ key: "x", state: "waiting", session_id: "s", artisan_ids: [1] }, item, null]))).toEqual([item]);
  });

  it("lives beside the work batches, one per coordinator, and is removed when empty", () => {
    const data = new Map<string, string>();
    const storage = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => void data.delete(k),
    } as unknown as Storage;
    const store = browserAttendanceOutbox("coord_1", storage);
    const item = composeAttendance("trses_1", ["art_1"], "key-a", 1);
    store.save([item]);
    expect(attendanceStorageKey("coord_1")).not.toBe(outboxStorageKey("coord_1"));
    expect(JSON.parse(data.get(attendanceStorageKey("coord_1"))!)).toEqual([item]);
    expect(browserAttendanceOutbox("coord_2", storage).load()).toEqual([]);
    expect(store.load()).toEqual([item]);
    store.save([]);
    expect(data.size).toBe(0);
  });

  it("says which women of a session wait on this phone, and what came back refused", () => {
    const refused: QueuedAttendance = { ...composeAttendance("trses_1", ["art_3"], "key-r", 1), state: "refused" };
    const queue = [composeAttendance("trses_1", ["art_1", "art_2"], "key-a", 1), composeAttendance("trses_2", ["art_9"], "key-b", 2), refused];
    const pending = pendingForSession(queue, "trses_1");
    expect([...pending.waiting].sort()).toEqual(["art_1", "art_2"]);
    expect(pending.refused).toEqual([refused]);
  });
});

describe("what she is told about refused attendance", () => {
  it("has words in both languages for every refusal the backend sends", async () => {
    const zh = (await import("@/messages/zh-CN/desk.json")).default as unknown as Record<string, Record<string, Record<string, string>>>;
    const en = (await import("@/messages/en/desk.json")).default as unknown as Record<string, Record<string, Record<string, string>>>;
    const refusals: LineError[] = [
      { index: null, field: "artisan_ids", code: "session_full", params: { capacity: "25", taken: "24" } },
      { index: null, field: "session_id", code: "session_in_future", params: { date: "2026-12-20" } },
      { index: null, field: "session_id", code: "not_found" },
      { index: null, field: "artisan_ids", code: "not_found" },
      { index: null, field: "", code: "something_new", message: "Something new" },
    ];
    for (const messages of [zh, en]) {
      for (const error of refusals) {
        const { key } = attendanceErrorMessage(error);
        expect(messages.DeskTraining?.errors?.[key], `${error.code} -> ${key}`).toEqual(expect.any(String));
      }
    }
  });

  it("passes the backend's numbers on, and names what was not found", () => {
    expect(attendanceErrorMessage({ index: null, field: "artisan_ids", code: "session_full", params: { capacity: "25", taken: "24" } })).toEqual({
      key: "sessionFull",
      values: { capacity: "25", taken: "24" },
    });
    expect(attendanceErrorMessage({ index: null, field: "session_id", code: "session_in_future", params: { date: "2026-12-20" } })).toEqual({
      key: "sessionInFuture",
      values: { date: "2026-12-20" },
    });
    expect(attendanceErrorMessage({ index: null, field: "session_id", code: "not_found" }).key).toBe("sessionNotFound");
    expect(attendanceErrorMessage({ index: null, field: "artisan_ids", code: "not_found" }).key).toBe("artisanNotFound");
    expect(attendanceErrorMessage({ index: null, field: "x", code: "teapot", message: "short and stout" })).toEqual({
      key: "unknown",
      values: { message: "short and stout" },
    });
  });
});
