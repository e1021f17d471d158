import { describe, expect, it } from "vitest"
import type { EarningLine } from "../http"
import { slipSections, slipSectionsTotal, type SlipPieceworkLine } from "../pay-slip"
import { sumMoney } from "../money"

const pieceType = (code: string) => ({ id: `ptype_${code}`, code, name_zh: `花样${code}`, name_en: `Pattern ${code}` })
let n = 0
const work = (code: string, grade: "A" | "B" | "R", quantity: number, rate: string, amount: string, day = "2026-10-03"): EarningLine => ({
  id: `lent_${++n}`,
  kind: "piecework",
  amount,
  created_at: `${day}T02:00:00.000Z`,
  reason: null,
  reverses_id: null,
  work_entry: { id: `wkent_${n}`, work_date: day, quantity, grade, rate, piece_type: pieceType(code) },
  sale: null,
})
const other = (kind: string, amount: string, createdAt: string, reason: string | null = null): EarningLine => ({
  id: `lent_${++n}`,
  kind,
  amount,
  created_at: createdAt,
  reason,
  reverses_id: kind === "reversal" ? "lent_1" : null,
  work_entry: null,
  sale: kind === "sale_share" ? { product_id: "prod_1", product_title: "莲花书签", thumbnail: null, quantity: 2, order_display_id: 17 } : null,
})

describe("a pay slip's sections", () => {
  const lines = [
    other("deduction", "-5.00", "2026-10-20T03:00:00.000Z", "线用多了"),
    work("B2", "A", 3, "12.00", "36.00", "2026-10-02"),
    other("sale_share", "18.45", "2026-10-09T17:30:00.000Z"),
    work("A1", "B", 2, "8.00", "16.00"),
    work("A1", "A", 4, "15.00", "60.00", "2026-10-01"),
    work("A1", "A", 1, "15.00", "15.00", "2026-10-05"),
    // the same piece type and grade at a new rate is a line of its own
    work("A1", "A", 2, "16.50", "33.00", "2026-10-20"),
    other("reversal", "-15.00", "2026-10-06T01:00:00.000Z", "记错了"),
    other("bonus", "50.00", "2026-10-31T15:59:59.000Z", "全勤"),
  ]
  const sections = slipSections(lines)

  it("come in a fixed order of kinds, each with its total", () => {
    expect(sections.map((s) => [s.kind, s.total])).toEqual([
      ["piecework", "160.00"],
      ["sale_share", "18.45"],
      ["bonus", "50.00"],
      ["deduction", "-5.00"],
      ["reversal", "-15.00"],
    ])
  })

  it("add up to the month's net, to the fen", () => {
    expect(slipSectionsTotal(sections)).toBe(sumMoney(lines.map((l) => l.amount)))
    expect(slipSectionsTotal(sections)).toBe("208.45")
  })

  it("put piecework on one line per piece type, grade and rate, quantities added up", () => {
    const piecework = sections[0].lines as SlipPieceworkLine[]
    expect(piecework.map((l) => [l.piece_type.code, l.grade, l.rate, l.quantity, l.entries, l.amount])).toEqual([
      ["A1", "A", "15.00", 5, 2, "75.00"],
      ["A1", "A", "16.50", 2, 1, "33.00"],
      ["A1", "B", "8.00", 2, 1, "16.00"],
      ["B2", "A", "12.00", 3, 1, "36.00"],
    ])
  })

  it("keep every other entry on its own line, with its reason and its day in China", () => {
    expect(sections[1].lines).toEqual([{ kind: "sale_share", product_title: "莲花书签", quantity: 2, order_display_id: 17, date: "2026-10-10", amount: "18.45" }])
    expect(sections[2].lines).toEqual([{ kind: "bonus", reason: "全勤", date: "2026-10-31", amount: "50.00" }])
    expect(sections[4].lines).toEqual([{ kind: "reversal", reason: "记错了", date: "2026-10-06", amount: "-15.00" }])
  })

  it("leave out kinds with no entries, and a month with none has no sections", () => {
    expect(slipSections([work("A1", "A", 1, "15.00", "15.00")]).map((s) => s.kind)).toEqual(["piecework"])
    expect(slipSections([])).toEqual([])
  })
})
