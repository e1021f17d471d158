import { addMonths, isCalendarDate, isMonth, monthRange, todayInChina } from "../calendar"

describe("calendar", () => {
  it("knows real dates and months", () => {
    expect(isCalendarDate("2026-02-28")).toBe(true)
    expect(isCalendarDate("2026-02-29")).toBe(false)
    expect(isCalendarDate("2026-13-01")).toBe(false)
    expect(isCalendarDate("26-01-01")).toBe(false)
    expect(isMonth("2026-12")).toBe(true)
    expect(isMonth("2026-00")).toBe(false)
  })

  it("takes today's date in China, not UTC", () => {
    // 2026-11-30 17:30 UTC is already 1 December in Shanghai
    expect(todayInChina(new Date("2026-11-30T17:30:00Z"))).toBe("2026-12-01")
  })

  it("walks months across years", () => {
    expect(addMonths("2026-11", 2)).toBe("2027-01")
    expect(addMonths("2026-01", -1)).toBe("2025-12")
    expect(monthRange("2026-11", "2027-02")).toEqual(["2026-11", "2026-12", "2027-01", "2027-02"])
  })
})
