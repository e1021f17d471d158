import type { EarningLine, MonthTotals, WorkEntry } from "@jinxiu/workshop/domain/http";
import { describe, expect, it } from "vitest";
import { correctedLater, correctionsToList, countsInItsMonth, entriesTotal, lateCorrectionOf, monthParts } from "./corrections";

const entry = (over: Partial<WorkEntry>): WorkEntry => ({
  id: "we_1",
  artisan_id: "art_1",
  workshop_id: "ws_1",
  piece_type_id: "pt_1",
  quantity: 1,
  grade: "A",
  work_date: "2026-09-18",
  period: "2026-09",
  rate: "48.00",
  amount: "48.00",
  batch_id: "b",
  line_index: 0,
  reversed_at: null,
  reversal_reason: null,
  correction_period: null,
  created_at: "2026-09-18T04:00:00.000Z",
  ...over,
});

const line = (over: Partial<EarningLine>): EarningLine => ({
  id: "le_1",
  kind: "reversal",
  amount: "-48.00",
  created_at: "2026-12-04T04:00:00.000Z",
  reason: "记错了",
  reverses_id: "le_0",
  work_entry: null,
  corrected_in: null,
  corrects: null,
  sale: null,
  ...over,
});

const work = { id: "we_1", work_date: "2026-09-18", quantity: 1, grade: "A" as const, rate: "48.00", piece_type: { id: "pt_1", code: "fan", name_zh: "折扇", name_en: "Folding fan" } };

describe("where a correction lands", () => {
  it("asks nothing while the entry's month is open: the correction lands in it", () => {
    expect(lateCorrectionOf(entry({}), "open", "2026-12")).toBeNull();
    expect(lateCorrectionOf(entry({ period: "2026-12" }), "open", "2026-12")).toBeNull();
  });

  it("names the current month, the month's state and the amount when the entry's month is closed or paid", () => {
    expect(lateCorrectionOf(entry({}), "paid", "2026-12")).toEqual({ original_period: "2026-09", original_status: "paid", period: "2026-12", amount: "48.00" });
    expect(lateCorrectionOf(entry({ amount: 7.5 }), "closed", "2026-12")).toEqual({ original_period: "2026-09", original_status: "closed", period: "2026-12", amount: "7.50" });
  });
});

describe("a month's entries by pay month", () => {
  const standing = entry({ id: "a", amount: "100.00" });
  const sameMonth = entry({ id: "b", amount: "30.00", reversed_at: "2026-09-20T00:00:00Z", correction_period: "2026-09" });
  const later = entry({ id: "c", amount: "48.00", reversed_at: "2026-12-04T00:00:00Z", correction_period: "2026-12" });

  it("keeps counting an entry corrected in a later month (its own month was paid with it); leaves out one corrected in its own month", () => {
    expect([standing, sameMonth, later].map(countsInItsMonth)).toEqual([true, false, true]);
    expect([standing, sameMonth, later].map(correctedLater)).toEqual([false, false, true]);
    expect(entriesTotal([standing, sameMonth, later])).toBe("148.00");
  });
});

describe("corrections listed on their own", () => {
  it("lists the corrections that landed in the month for earlier months' lines, and those that correct no work entry", () => {
    const earlier = line({ id: "x", corrects: { kind: "piecework", amount: "48.00", period: "2026-09", created_at: "2026-09-18T04:00:00.000Z", reason: null, work_entry: work } });
    const same = line({ id: "y", corrects: { kind: "piecework", amount: "10.00", period: "2026-12", created_at: "2026-12-01T04:00:00.000Z", reason: null, work_entry: { ...work, work_date: "2026-12-01" } } });
    const bonus = line({ id: "z", corrects: { kind: "bonus", amount: "20.00", period: "2026-12", created_at: "2026-12-01T04:00:00.000Z", reason: "奖励", work_entry: null } });
    const piece = line({ id: "p", kind: "piecework", amount: "10.00", reverses_id: null });
    expect(correctionsToList([earlier, same, bonus, piece], "2026-12").map((l) => l.id)).toEqual(["x", "z"]);
  });
});

describe("a month in the desk's parts", () => {
  it("splits the ledger's net into piecework, corrections and the rest, adding back up to the net", () => {
    const totals: MonthTotals = {
      period: "2026-12",
      piecework: "2000.00",
      sale_share: "120.50",
      bonus: "100.00",
      deduction: "-20.00",
      reversal: "-48.00",
      net: "2152.50",
      entry_count: 9,
      status: "open",
      paid_at: null,
      payment_reference: null,
    };
    expect(monthParts(totals)).toEqual({ piecework: "2000.00", reversal: "-48.00", other: "200.50", net: "2152.50" });
    expect(monthParts(null)).toEqual({ piecework: "0.00", reversal: "0.00", other: "0.00", net: "0.00" });
  });
});
