import {
  addDays,
  addMonths,
  chinaDateOf,
  currentMonth,
  daysLeftInMonth,
  isCalendarDate,
  isMonth,
  lastDayOfMonth,
  monthBounds,
  monthHasEnded,
  monthRange,
  todayInChina,
} from "../calendar"
import { gradePay, linePay, newestFirst, rateOn, zeroRateNeedsConfirming } from "../rates"
import { checkQuantity, checkWorkDate } from "../work-lines"
import { MAX_QUANTITY } from "../limits"

describe("the calendar: days and months in China", () => {
  it("is today in Shanghai, whatever the machine's time zone", () => {
    // 17:00 UTC on 31 Dec is already 1 January in China
    expect(todayInChina(new Date("2026-12-31T17:00:00Z"))).toBe("2027-01-01")
    expect(todayInChina(new Date("2026-12-31T15:59:59Z"))).toBe("2026-12-31")
    expect(currentMonth(new Date("2026-11-30T16:00:00Z"))).toBe("2026-12")
    expect(chinaDateOf("2026-10-04T17:00:00Z")).toBe("2026-10-05")
  })

  it("knows real dates and months", () => {
    expect(["2026-02-28", "2024-02-29"].every(isCalendarDate)).toBe(true)
    expect(["2026-02-29", "2026-13-01", "2026-1-01", "", "x", 20260101].some(isCalendarDate)).toBe(false)
    expect(isMonth("2026-12")).toBe(true)
    expect(["2026-13", "2026-00", "2026-1", null].some(isMonth)).toBe(false)
  })

  it("counts months and days", () => {
    expect(addMonths("2026-01", -1)).toBe("2025-12")
    expect(addMonths("2026-11", 2)).toBe("2027-01")
    expect(monthRange("2025-11", "2026-02")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"])
    expect(monthRange("2026-02", "2026-01")).toEqual([])
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29")
    expect(lastDayOfMonth("2026-02")).toBe("2026-02-28")
    expect(monthBounds("2024-02")).toEqual({ first: "2024-02-01", last: "2024-02-29" })
    expect(daysLeftInMonth("2026-12", "2026-12-04")).toBe(27)
    expect(daysLeftInMonth("2026-11", "2026-12-04")).toBe(-4)
    expect(monthHasEnded("2026-11", "2026-12-01")).toBe(true)
    expect(monthHasEnded("2026-12", "2026-12-31")).toBe(false)
  })
})

describe("piece rates: the rate in force on a day", () => {
  const rates = [
    { effective_from: "2026-01-01", rate_a: "10.00", rate_b: "6.00" },
    { effective_from: "2026-07-01", rate_a: "12.50", rate_b: "8" },
    { effective_from: "2027-01-01", rate_a: "14", rate_b: "9" },
  ]

  it("is the latest that took effect on or before the day", () => {
    expect(rateOn(rates, "2025-12-31")).toBeNull()
    expect(rateOn(rates, "2026-01-01")?.rate_a).toBe("10.00")
    expect(rateOn(rates, "2026-06-30")?.rate_a).toBe("10.00")
    expect(rateOn(rates, "2026-07-01")?.rate_a).toBe("12.50")
    expect(rateOn(rates, "2026-12-31")?.rate_a).toBe("12.50")
    expect(rateOn([...rates].reverse(), "2027-03-01")?.rate_a).toBe("14")
    expect(newestFirst(rates).map((r) => r.effective_from)).toEqual(["2027-01-01", "2026-07-01", "2026-01-01"])
  })

  it("pays grade A, grade B, and nothing for rejected pieces", () => {
    const july = rateOn(rates, "2026-07-15")
    expect(gradePay(july, "A")).toBe("12.50")
    expect(gradePay(july, "B")).toBe("8.00")
    expect(gradePay(july, "R")).toBe("0.00")
    expect(gradePay(null, "A")).toBeNull()
    expect(linePay(july, "B", 3)).toEqual({ rate: "8.00", amount: "24.00" })
    expect(linePay(july, "R", 3)).toEqual({ rate: "0.00", amount: "0.00" })
  })

  it("takes a grade A rate of 0 only when it is confirmed; grade B may be 0", () => {
    for (const zero of [0, "0", "0.00", -0]) {
      expect(zeroRateNeedsConfirming({ rate_a: zero })).toBe(true)
      expect(zeroRateNeedsConfirming({ rate_a: zero, confirm_zero: false })).toBe(true)
      expect(zeroRateNeedsConfirming({ rate_a: zero, confirm_zero: null })).toBe(true)
      expect(zeroRateNeedsConfirming({ rate_a: zero, confirm_zero: true })).toBe(false)
    }
    expect(zeroRateNeedsConfirming({ rate_a: "0.01" })).toBe(false)
    expect(zeroRateNeedsConfirming({ rate_a: 12.5 })).toBe(false)
    expect(zeroRateNeedsConfirming({ rate_a: 8, confirm_zero: true })).toBe(false)
  })
})

describe("a work line's rules", () => {
  it("takes a whole quantity from 1 to the limit", () => {
    expect(checkQuantity("12")).toEqual({ quantity: 12 })
    expect(checkQuantity(MAX_QUANTITY)).toEqual({ quantity: MAX_QUANTITY })
    expect(checkQuantity("")).toEqual({ code: "required" })
    expect(checkQuantity("1.5")).toEqual({ code: "invalid_invalid_type" })
    expect(checkQuantity("0")).toEqual({ code: "invalid_too_small", params: { minimum: 1 } })
    expect(checkQuantity(String(MAX_QUANTITY + 1))).toEqual({ code: "invalid_too_big", params: { maximum: MAX_QUANTITY } })
  })

  it("dates work between the day she joined, the day she left, and today", () => {
    const her = { joined_on: "2024-03-01", status: "active", left_on: null }
    expect(checkWorkDate("2026-12-04", "2026-12-04", her)).toBeNull()
    expect(checkWorkDate("2026-12-05", "2026-12-04", her)?.code).toBe("work_date_in_future")
    expect(checkWorkDate("2024-02-29", "2026-12-04", her)?.code).toBe("work_date_before_joined")
    const left = { joined_on: "2024-03-01", status: "left", left_on: "2026-11-15" }
    expect(checkWorkDate("2026-11-15", "2026-12-04", left)).toBeNull()
    expect(checkWorkDate("2026-11-16", "2026-12-04", left)).toEqual({
      code: "work_date_after_left",
      params: { work_date: "2026-11-16", left_on: "2026-11-15" },
    })
    // marked as left without a date: nothing more can be credited
    expect(checkWorkDate("2025-01-01", "2026-12-04", { joined_on: "2024-03-01", status: "left" })?.code).toBe("work_date_after_left")
    expect(checkWorkDate("2026-02-30", "2026-12-04", her)?.code).toBe("invalid_date")
  })
})

describe("the calendar at the ends of months and years", () => {
  it("knows leap years, and the last day of a month counts as no day left", () => {
    expect(lastDayOfMonth("2028-02")).toBe("2028-02-29")
    expect(isCalendarDate("2028-02-29")).toBe(true)
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01")
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28")
    expect(daysLeftInMonth("2026-11", "2026-11-30")).toBe(0)
    expect(daysLeftInMonth("2026-10", "2026-11-01")).toBe(-1)
    expect(todayInChina(new Date("2026-11-30T16:30:00Z"))).toBe("2026-12-01")
  })
})
