import { addDays, compareMoney, monthOf, toFen, type Money } from "@jinxiu/workshop/domain"
import { describe, expect, it } from "vitest"
import {
  adjustmentSeeds,
  artisanDay,
  historyLines,
  historyWindow,
  linePayment,
  monthlyPay,
  planBatches,
  typesFor,
  workedWholeMonth,
  type WorkLine,
} from "./history"
import { ARTISANS, DEMO_ARTISAN_PHONE } from "./people"
import { pieceTypeSeeds } from "./piece-types"

const TODAY = "2026-11-28"
const window = historyWindow(TODAY)
const types = pieceTypeSeeds()
const lines = historyLines(ARTISANS, types, window.first_date, window.last_date)

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

describe("demo history generator", () => {
  it("covers the six months before the current one, up to yesterday", () => {
    expect(window.past_months).toEqual(["2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10"])
    expect(window.current_month).toBe("2026-11")
    expect(window.last_date).toBe("2026-11-27")
    expect(historyWindow("2027-01-01").past_months[0]).toBe("2026-07")
    expect(lines[0].work_date >= "2026-05-01").toBe(true)
    expect(lines[lines.length - 1].work_date <= "2026-11-27").toBe(true)
  })

  it("is deterministic, and a day's work does not depend on the window it is generated in", () => {
    const again = historyLines(ARTISANS, types, window.first_date, window.last_date)
    expect(again).toEqual(lines)
    const october = historyLines(ARTISANS, types, "2026-10-01", "2026-10-31")
    expect(october).toEqual(lines.filter((l) => monthOf(l.work_date) === "2026-10"))
  })

  it("gives every artisan work she has the skill for, only while she belongs to the workshop", () => {
    for (const artisan of ARTISANS) {
      expect(typesFor(artisan, types).length, artisan.display_name).toBeGreaterThan(0)
      const last = artisan.last_day
      for (const line of lines.filter((l) => l.phone === artisan.phone)) {
        expect(line.work_date >= artisan.joined_on).toBe(true)
        if (last) expect(line.work_date <= last).toBe(true)
        expect(typesFor(artisan, types).some((t) => t.code === line.code)).toBe(true)
        expect(Number.isInteger(line.quantity) && line.quantity >= 1).toBe(true)
      }
    }
  })

  it("works 3-6 days a week and grades ~90% A, ~8% B, ~2% R", () => {
    const grades = { A: 0, B: 0, R: 0 }
    for (const l of lines) grades[l.grade]++
    expect(grades.A / lines.length).toBeGreaterThan(0.86)
    expect(grades.A / lines.length).toBeLessThan(0.94)
    expect(grades.B / lines.length).toBeGreaterThan(0.05)
    expect(grades.B / lines.length).toBeLessThan(0.11)
    expect(grades.R / lines.length).toBeGreaterThan(0.005)
    expect(grades.R / lines.length).toBeLessThan(0.04)
    const demo = lines.filter((l) => l.phone === DEMO_ARTISAN_PHONE && monthOf(l.work_date) === "2026-10")
    const days = new Set(demo.map((l) => l.work_date)).size
    expect(days).toBeGreaterThanOrEqual(17)
    expect(days).toBeLessThanOrEqual(25)
  })

  it("pays a typical artisan 1,800-4,000 yuan in a whole month; most whole months fall in that range", () => {
    const pay = monthlyPay(lines, types)
    const demo = pay.get(DEMO_ARTISAN_PHONE)!
    for (const month of window.past_months) {
      expect(compareMoney(demo.get(month)!, 1800), month).toBeGreaterThanOrEqual(0)
      expect(compareMoney(demo.get(month)!, 4000), month).toBeLessThanOrEqual(0)
    }
    const yuan = (amount: Money | undefined) => Number(toFen(amount)) / 100
    const whole = ARTISANS.flatMap((a) =>
      window.past_months.filter((m) => workedWholeMonth(a, m)).map((m) => yuan(pay.get(a.phone)?.get(m)))
    )
    const inRange = whole.filter((y) => y >= 1800 && y <= 4000).length
    expect(whole.length).toBeGreaterThan(200)
    expect(inRange / whole.length).toBeGreaterThan(0.9)
    expect(median(whole)).toBeGreaterThan(2200)
    expect(median(whole)).toBeLessThan(3200)
  })

  it("shows the September raise: the same piece type pays more per piece from 2026-09-01", () => {
    const fan = types.find((t) => t.code === "FAN-PEONY-S")!
    expect(fan.rates.map((r) => r.effective_from)).toEqual(["2024-01-01", "2026-09-01"])
    for (const type of types) {
      for (const rate of type.rates) {
        const share = Number(rate.rate_b) / Number(rate.rate_a)
        expect(share).toBeGreaterThanOrEqual(0.7)
        expect(share).toBeLessThanOrEqual(0.8)
        expect(Number(rate.rate_a)).toBeLessThanOrEqual(150)
      }
    }
    // A line pays the rate in force on its own day, for its grade.
    const line: WorkLine = { phone: DEMO_ARTISAN_PHONE, workshop: fan.workshop, code: fan.code, quantity: 3, grade: "A", work_date: "2026-08-31" }
    expect(fan.rates.map((r) => [r.rate_a, r.rate_b])).toEqual([["38.00", "28.50"], ["40.00", "30.00"]])
    expect(linePayment(line, types)).toBe("114.00")
    expect(linePayment({ ...line, work_date: "2026-09-01" }, types)).toBe("120.00")
    expect(linePayment({ ...line, grade: "B", work_date: "2026-09-01" }, types)).toBe("90.00")
    expect(linePayment({ ...line, grade: "R" }, types)).toBe("0.00")
  })

  it("plans batches of at most 500 lines whose keys never change, and never records a day twice", () => {
    const month = "2026-11"
    const ws = "jinxiu-base"
    const monthLines = lines.filter((l) => l.workshop === ws && monthOf(l.work_date) === month)
    const first = planBatches(ws, month, monthLines, "2026-11-27", new Set())
    expect(first.map((p) => p.key).slice(0, 3)).toEqual([`seed:${ws}:${month}:1`, `seed:${ws}:${month}:2`, `seed:${ws}:${month}:3`])
    expect(first.filter((p) => p.key.split(":").length === 5).every((p) => p.key.startsWith(`seed:${ws}:${month}:4:`))).toBe(true)
    const flat = (plans: { lines: WorkLine[] }[]) => plans.flatMap((p) => p.lines)
    expect(flat(first)).toEqual(monthLines.filter((l) => l.work_date <= "2026-11-27"))

    // Two days later: the week that was running stays day by day, the old keys are all still planned.
    const keys = new Set(first.map((p) => p.key))
    const later = planBatches(ws, month, monthLines, addDays("2026-11-27", 2), keys)
    for (const key of keys) expect(later.some((p) => p.key === key && JSON.stringify(p.lines) === JSON.stringify(first.find((f) => f.key === key)!.lines))).toBe(true)
    const dates = flat(later).map((l) => `${l.phone}:${l.code}:${l.work_date}`)
    expect(new Set(dates).size).toBe(dates.length)

    for (const m of [...window.past_months, window.current_month]) {
      for (const w of new Set(ARTISANS.map((a) => a.workshop))) {
        for (const plan of planBatches(w, m, lines.filter((l) => l.workshop === w && monthOf(l.work_date) === m), window.last_date, new Set())) {
          expect(plan.lines.length).toBeLessThanOrEqual(500)
        }
      }
    }
  })

  it("adds a few bonuses and deductions with reasons, keyed once each", () => {
    const adjustments = adjustmentSeeds(ARTISANS, types, lines, window)
    const keys = adjustments.map((a) => a.idempotency_key)
    expect(new Set(keys).size).toBe(keys.length)
    const bonuses = adjustments.filter((a) => a.kind === "bonus")
    const deductions = adjustments.filter((a) => a.kind === "deduction")
    expect(bonuses.length).toBeGreaterThan(3)
    expect(deductions.length).toBeGreaterThan(2)
    expect(adjustments.length).toBeLessThan(ARTISANS.length * 6 * 0.35)
    expect(adjustments.every((a) => a.reason.length > 0 && /^\d+\.\d\d$/.test(a.amount))).toBe(true)
  })

  it("records nothing on a day off", () => {
    const artisan = ARTISANS[0]
    const sundays = ["2026-10-04", "2026-10-11", "2026-10-18", "2026-10-25"]
    expect(sundays.flatMap((d) => artisanDay(artisan, types, d)).length).toBeLessThanOrEqual(1)
  })
})
