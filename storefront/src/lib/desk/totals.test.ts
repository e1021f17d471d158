import { describe, expect, it } from "vitest";
import { gradeRateFen, rateOn } from "./rates";
import { expectedLineFen, grandTotal, totalsByArtisan } from "./totals";
import type { PieceType } from "./types";

const rates = [
  { effective_from: "2026-09-01", rate_a: 22, rate_b: 16.5 },
  { effective_from: "2024-01-01", rate_a: "20.00", rate_b: "15.00" },
];

describe("rates", () => {
  it("finds the rate in force on a day", () => {
    expect(rateOn(rates, "2026-09-01")?.rate_a).toBe(22);
    expect(rateOn(rates, "2026-08-31")?.rate_a).toBe("20.00");
    expect(rateOn(rates, "2023-12-31")).toBeNull();
  });

  it("pays grade A, B, and nothing for rejected pieces", () => {
    const rate = rateOn(rates, "2026-11-30");
    expect(gradeRateFen(rate, "A")).toBe(2200);
    expect(gradeRateFen(rate, "B")).toBe(1650);
    expect(gradeRateFen(rate, "R")).toBe(0);
    expect(gradeRateFen(null, "A")).toBeNull();
  });
});

describe("day totals", () => {
  const entries = [
    { artisan_id: "a", quantity: 3, grade: "A" as const, amount: 66, reversed_at: null },
    { artisan_id: "b", quantity: 2, grade: "B" as const, amount: "33.00", reversed_at: null },
    { artisan_id: "a", quantity: 1, grade: "R" as const, amount: 0, reversed_at: null },
    { artisan_id: "a", quantity: 5, grade: "A" as const, amount: "110.00", reversed_at: "2026-11-30T08:00:00Z" },
    { artisan_id: "a", quantity: 7, grade: "B" as const, amount: 115.5, reversed_at: null },
  ];

  it("adds pieces by grade and money per artisan, leaving reversed entries out", () => {
    expect(totalsByArtisan(entries)).toEqual([
      { artisan_id: "a", pieces: { A: 3, B: 7, R: 1 }, amount: 18150, lines: 3 },
      { artisan_id: "b", pieces: { A: 0, B: 2, R: 0 }, amount: 3300, lines: 1 },
    ]);
  });

  it("adds the whole day", () => {
    expect(grandTotal(totalsByArtisan(entries))).toEqual({ artisan_id: "", pieces: { A: 3, B: 9, R: 1 }, amount: 21450, lines: 4 });
  });

  it("expects what a waiting line will pay at the rate of its day", () => {
    const pieceTypes = new Map<string, PieceType>([
      ["p", { id: "p", code: "P", name_zh: "扇", name_en: "Fan", workshop_id: "w", rates, current_rate: rates[0] }],
    ]);
    const line = { artisan_id: "a", piece_type_id: "p", quantity: 4, grade: "B" as const, work_date: "2026-08-15" };
    expect(expectedLineFen(line, pieceTypes)).toBe(6000);
    expect(expectedLineFen({ ...line, work_date: "2026-11-30" }, pieceTypes)).toBe(6600);
    expect(expectedLineFen({ ...line, piece_type_id: "other" }, pieceTypes)).toBeNull();
  });
});
