import { describe, expect, it } from "vitest"
import {
  againstIncomeBand,
  applicationStatusPath,
  canHire,
  canMoveApplication,
  payRange,
  payRangeMonths,
  PAY_RANGE_MIN_WOMEN,
  skillCheck,
  sortAwards,
  APPLICATION_STATES,
} from "../programme"

describe("an opening's pay, from the ledger", () => {
  const months = (nets: string[], women = nets.length) => nets.map((net, i) => ({ artisan_id: `a${i % women}`, net }))

  it("is read from the six full months before this one", () => {
    expect(payRangeMonths("2026-12")).toEqual({ from: "2026-06", to: "2026-11" })
    expect(payRangeMonths("2026-03")).toEqual({ from: "2025-09", to: "2026-02" })
  })

  it("shows nothing when fewer than five women did the work, however many months", () => {
    expect(PAY_RANGE_MIN_WOMEN).toBe(5)
    expect(payRange(months(["100", "200", "300", "400", "500", "600", "700", "800"], 4))).toBeNull()
    expect(payRange([])).toBeNull()
  })

  it("is the median month and the middle half, to the fen", () => {
    expect(payRange(months(["1800", "2000", "2400", "3000", "4000"]))).toEqual({ median: "2400.00", low: "2000.00", high: "3000.00", women: 5, months: 5 })
    // six values: the median between the 3rd and 4th; quartiles interpolated, rounded half up
    expect(payRange(months(["1000.00", "1000.01", "1000.02", "1000.03", "1000.04", "1000.05"]))).toMatchObject({
      median: "1000.03",
      low: "1000.01",
      high: "1000.04",
    })
  })

  it("doesn't care about the order the months come in", () => {
    const a = payRange(months(["3000", "1800", "4000", "2000", "2400", "2100"]))
    const b = payRange(months(["1800", "2000", "2100", "2400", "3000", "4000"]))
    expect(a).toEqual(b)
  })
})

describe("an application's moves", () => {
  it("moves by hand between new, contacted, trial and not now, never to hired", () => {
    expect(canMoveApplication("new", "contacted")).toBe(true)
    expect(canMoveApplication("contacted", "trial")).toBe(true)
    expect(canMoveApplication("not_now", "contacted")).toBe(true)
    for (const from of APPLICATION_STATES) expect(canMoveApplication(from, "hired")).toBe(false)
    for (const to of APPLICATION_STATES) expect(canMoveApplication("hired", to)).toBe(false)
  })

  it("hires only a woman who was contacted or tried", () => {
    expect(APPLICATION_STATES.filter(canHire)).toEqual(["contacted", "trial"])
  })
})

describe("the skill a piece type requires", () => {
  it("takes a line from a woman with the skill, or as a supervised trial, and refuses it otherwise", () => {
    expect(skillCheck({ required_skill: null, her_skills: [], trial: false })).toEqual({ ok: true, trial: false })
    expect(skillCheck({ required_skill: "couching", her_skills: ["couching"], trial: false })).toEqual({ ok: true, trial: false })
    expect(skillCheck({ required_skill: "couching", her_skills: [], trial: true })).toEqual({ ok: true, trial: true })
    expect(skillCheck({ required_skill: "couching", her_skills: ["seed_stitch"], trial: false })).toEqual({
      ok: false,
      code: "skill_required",
      params: { skill: "couching" },
    })
  })
})

describe("awards", () => {
  it("are shown newest year first, gold before silver before bronze before finalist", () => {
    const sorted = sortAwards([
      { year: 2021, level: "silver" as const },
      { year: 2023, level: "bronze" as const },
      { year: 2021, level: "gold" as const },
      { year: 2023, level: "finalist" as const },
    ])
    expect(sorted).toEqual([
      { year: 2023, level: "bronze" },
      { year: 2023, level: "finalist" },
      { year: 2021, level: "gold" },
      { year: 2021, level: "silver" },
    ])
  })
})

describe("the programme's income band", () => {
  it.each([
    ["1799.99", "below"],
    ["1800", "within"],
    ["2750.5", "within"],
    ["4000.00", "within"],
    ["4000.01", "above"],
  ] as const)("a month of %s is %s the 1,800-4,000 band (to the fen)", (amount, where) => {
    expect(againstIncomeBand(amount)).toBe(where)
  })

  it("says nothing without an amount", () => {
    expect(againstIncomeBand(null)).toBeNull()
  })
})

describe("applicationStatusPath", () => {
  it("is the shop's page for her token, in her language, the token escaped", () => {
    expect(applicationStatusPath("abc_DEF-123", "zh-CN")).toBe("/zh-CN/jobs/application/abc_DEF-123")
    expect(applicationStatusPath("a/b?c", "en")).toBe("/en/jobs/application/a%2Fb%3Fc")
    expect(applicationStatusPath("abc_DEF-123")).toBe("/jobs/application/abc_DEF-123")
  })
})
