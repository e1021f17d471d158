import { describe, expect, it } from "vitest";
import { draftTotal } from "./draft-total";
import type { DraftLine } from "./work-line";

const line = (quantity: string): DraftLine => ({ artisan_id: "art_1", piece_type_id: "pt_1", quantity, grade: "A" });
const at12 = (l: DraftLine) => (/^\d+$/.test(l.quantity) ? String(Number(l.quantity) * 12) : null);

describe("the total on the desk's submit button", () => {
  it("counts the lines she can send, and not a line with a problem beside it", () => {
    const lines = [line("4"), line("10001"), line("")];
    expect(draftTotal(lines, [], at12)).toBe("120060.00");
    expect(draftTotal(lines, [{ index: 1, code: "invalid_too_big" }], at12)).toBe("48.00");
    // a line asked about as a repeat of another still counts
    expect(draftTotal(lines, [{ index: 1, code: "duplicate_line" }], at12)).toBe("120060.00");
  });

  it("a batch-wide problem (no line) takes nothing off", () => {
    expect(draftTotal([line("2")], [{ index: null, code: "idempotency_conflict" }], at12)).toBe("24.00");
  });
});
