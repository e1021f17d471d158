import { describe, expect, it } from "vitest";
import { compareMonths, fillMonths, goalProgress, linesByDay, monthFigures, monthsSinceJoining, soldPieces } from "./earnings";
import type { EarningLine, MonthTotals } from "@jinxiu/workshop/domain/http";

const totals = (period: string, net: string, over: Partial<MonthTotals> = {}): MonthTotals => ({
  period,
  piecework: net,
  sale_share: "0.00",
  bonus: "0.00",
  deduction: "0.00",
  reversal: "0.00",
  net,
  entry_count: 3,
  status: "open",
  paid_at: null,
  payment_reference: null,
  ...over,
});

const line = (over: Partial<EarningLine>): EarningLine => ({
  id: "l",
  kind: "piecework",
  amount: "10.00",
  created_at: "2026-11-02T04:00:00.000Z",
  reason: null,
  reverses_id: null,
  work_entry: null,
  corrected_in: null,
  corrects: null,
  sale: null,
  ...over,
});

describe("months", () => {
  it("reads a month's parts as the ledger sent them", () => {
    expect(monthFigures(totals("2026-11", "3053.00", { piecework: "2753.00", bonus: "300.00", deduction: "-0.50" }))).toMatchObject({
      piecework: "2753.00",
      bonus: "300.00",
      deduction: "-0.50",
      net: "3053.00",
      status: "open",
    });
  });

  it("shows every month of the range, empty ones as zero", () => {
    const filled = fillMonths([totals("2026-10", "100.00", { status: "paid", paid_at: "2026-11-05T02:00:00Z" })], "2026-09", "2026-11");
    expect(filled.map((m) => [m.period, m.net, m.status])).toEqual([
      ["2026-09", "0.00", "none"],
      ["2026-10", "100.00", "paid"],
      ["2026-11", "0.00", "none"],
    ]);
  });
});

describe("goal", () => {
  it("measures progress towards her goal, capped at 100%", () => {
    expect(goalProgress("1750.00", 3500)).toEqual({ goal: "3500.00", percent: 50, reached: false, remaining: "1750.00" });
    expect(goalProgress("4000.00", "3500.00")).toEqual({ goal: "3500.00", percent: 100, reached: true, remaining: "0.00" });
    expect(goalProgress("3500.00", 3500)).toMatchObject({ percent: 100, reached: true, remaining: "0.00" });
    expect(goalProgress("-1.00", 3500)).toMatchObject({ percent: 0, reached: false });
    expect(goalProgress("3499.99", 3500)).toMatchObject({ percent: 99, reached: false, remaining: "0.01" });
    expect(goalProgress("0.30", "0.9")).toMatchObject({ goal: "0.90", percent: 33, remaining: "0.60" });
  });

  it("has no progress without a goal", () => {
    expect(goalProgress("10.00", null)).toBeNull();
    expect(goalProgress("10.00", "")).toBeNull();
    expect(goalProgress("10.00", 0)).toBeNull();
  });
});

describe("compared with last month", () => {
  it("says up, down or the same, with the difference", () => {
    expect(compareMonths("3053.00", "3438.00")).toEqual({ difference: "-385.00", direction: "down" });
    expect(compareMonths("1.00", "0.00")).toEqual({ difference: "1.00", direction: "up" });
    expect(compareMonths("0.05", "0.05")).toEqual({ difference: "0.00", direction: "same" });
  });
});

describe("a month's lines", () => {
  const work = (date: string, amount: string) =>
    line({
      id: date + amount,
      amount,
      work_entry: { id: "w", work_date: date, quantity: 2, grade: "A", rate: "5.00", piece_type: { id: "p", code: "P", name_zh: "扇", name_en: "Fan" } },
    });

  it("groups by day (work day, else the day credited in China) with exact totals", () => {
    const days = linesByDay([
      work("2026-11-03", "10.10"),
      work("2026-11-02", "0.20"),
      line({ id: "bonus", kind: "bonus", amount: "300.00", created_at: "2026-11-02T17:30:00.000Z" }),
      work("2026-11-02", "0.10"),
    ]);
    expect(days.map((d) => [d.date, d.lines.length, d.total])).toEqual([
      ["2026-11-02", 2, "0.30"],
      ["2026-11-03", 2, "310.10"],
    ]);
  });

  it("orders a day's lines: piecework by piece type and grade, then the rest", () => {
    const at = (id: string, kind: string, code: string, grade: "A" | "B" | "R", quantity: number) =>
      line({
        id,
        kind,
        work_entry: kind === "piecework" ? { id, work_date: "2026-11-02", quantity, grade, rate: "1.00", piece_type: { id: code, code, name_zh: code, name_en: code } } : null,
        created_at: "2026-11-02T01:00:00.000Z",
      })
    const [day] = linesByDay([
      at("bonus", "bonus", "", "A", 0),
      at("fan-b", "piecework", "FAN", "B", 2),
      at("pouch-a", "piecework", "POUCH", "A", 1),
      at("fan-a", "piecework", "FAN", "A", 4),
      at("fan-a-small", "piecework", "FAN", "A", 1),
    ])
    expect(day.lines.map((l) => l.id)).toEqual(["fan-a", "fan-a-small", "fan-b", "pouch-a", "bonus"])
  })

  it("lists the pieces she made that were sold, with their photos", () => {
    const sold = soldPieces([
      work("2026-11-03", "10.00"),
      line({
        id: "s1",
        kind: "sale_share",
        amount: "45.60",
        sale: { product_id: "prod_1", product_title: "金绣牡丹团扇", thumbnail: "http://x/fan.png", quantity: 1, order_display_id: 7 },
      }),
    ]);
    expect(sold).toEqual([{ id: "s1", title: "金绣牡丹团扇", thumbnail: "http://x/fan.png", quantity: 1, amount: "45.60" }]);
  });
});

describe("the months her page lists", () => {
  const periods = (list: { period: string }[]) => list.map((m) => m.period);

  it("starts at the month she joined, not with empty months before it", () => {
    const list = monthsSinceJoining([totals("2026-10", "800.00"), totals("2026-12", "120.00")], "2026-09-14", "2026-12");
    expect(periods(list)).toEqual(["2026-09", "2026-10", "2026-11", "2026-12"]);
    expect(list.map((m) => m.net)).toEqual(["0.00", "800.00", "0.00", "120.00"]);
  });

  it("shows this month alone in the month she joined", () => {
    expect(periods(monthsSinceJoining([], "2026-12-01", "2026-12"))).toEqual(["2026-12"]);
  });

  it("lists at most the last 12 months for a woman who joined long ago", () => {
    const list = monthsSinceJoining([totals("2026-01", "10.00")], "2024-03-11", "2026-12");
    expect(list).toHaveLength(12);
    expect(periods(list)[0]).toBe("2026-01");
    expect(periods(list)[11]).toBe("2026-12");
  });

  it("still shows a month before she joined that has ledger lines, and the months after it", () => {
    const list = monthsSinceJoining([totals("2026-07", "-40.00", { piecework: "0.00", deduction: "-40.00" }), totals("2026-09", "500.00")], "2026-09-02", "2026-10");
    expect(periods(list)).toEqual(["2026-07", "2026-08", "2026-09", "2026-10"]);
    expect(list[0].net).toBe("-40.00");
  });

  it("never reaches back beyond 12 months, even for older lines or a missing joining day", () => {
    expect(periods(monthsSinceJoining([totals("2025-06", "5.00")], "2026-11-01", "2026-12"))).toEqual(["2026-11", "2026-12"]);
    expect(monthsSinceJoining([], null, "2026-12")).toHaveLength(12);
    expect(monthsSinceJoining([], "not a day", "2026-12")).toHaveLength(12);
  });

  it("lists this month when her joining day is still to come", () => {
    expect(periods(monthsSinceJoining([], "2027-02-01", "2026-12"))).toEqual(["2026-12"]);
  });
});
