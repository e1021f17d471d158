import { describe, expect, it } from "vitest";
import { composeAttendance } from "./attendance-queue";
import { browserAttendanceOutbox, browserOutbox, unsentOnPhone } from "./outbox-storage";
import { composeBatch, type QueuedBatch } from "./queue";

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  } as unknown as Storage;
}

const line = { artisan_id: "art_1", piece_type_id: "pt_1", quantity: 3, grade: "A" as const, work_date: "2026-12-04" };

describe("what a coordinator leaves unsent on the phone (asked before log-out)", () => {
  it("counts her waiting and refused batches, work and attendance, and nobody else's", () => {
    const storage = memoryStorage();
    const refused: QueuedBatch = { ...composeBatch([line], "key-2", 2), state: "refused" };
    browserOutbox("coord_1", storage).save([composeBatch([line], "key-1", 1), refused]);
    browserAttendanceOutbox("coord_1", storage).save([composeAttendance("trses_1", ["art_1"], "key-3", 3)]);
    browserOutbox("coord_2", storage).save([composeBatch([line], "key-4", 4)]);
    expect(unsentOnPhone("coord_1", storage)).toBe(3);
    expect(unsentOnPhone("coord_2", storage)).toBe(1);
    expect(unsentOnPhone("coord_3", storage)).toBe(0);
  });

  it("is nothing once everything was sent", () => {
    const storage = memoryStorage();
    browserOutbox("coord_1", storage).save([]);
    expect(unsentOnPhone("coord_1", storage)).toBe(0);
  });
});
