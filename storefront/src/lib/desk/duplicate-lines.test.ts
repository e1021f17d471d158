import { describe, expect, it } from "vitest";
import { duplicateLines, duplicateSignature } from "./duplicate-lines";

const line = (artisan: string, pieceType: string, grade: "A" | "B" = "A", quantity = 3) => ({
  artisan_id: artisan,
  piece_type_id: pieceType,
  grade,
  quantity,
  work_date: "2026-12-04",
});

describe("lines that repeat an earlier one", () => {
  it("names the earlier line (counted from 1) beside each repeat", () => {
    expect(duplicateLines([line("a", "p"), line("b", "p"), line("a", "p", "A", 5), line("a", "p")])).toEqual([
      { index: 2, field: "artisan_id", code: "duplicate_line", params: { first: 1 } },
      { index: 3, field: "artisan_id", code: "duplicate_line", params: { first: 1 } },
    ]);
  });

  it("another grade, piece type or woman is another line", () => {
    expect(duplicateLines([line("a", "p"), line("a", "p", "B"), line("a", "q"), line("b", "p")])).toEqual([]);
  });

  it("the same batch has the same signature; a changed line another", () => {
    expect(duplicateSignature([line("a", "p"), line("a", "p")])).toBe(duplicateSignature([line("a", "p"), line("a", "p")]));
    expect(duplicateSignature([line("a", "p"), line("a", "p", "A", 4)])).not.toBe(duplicateSignature([line("a", "p"), line("a", "p")]));
  });
});
