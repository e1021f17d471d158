import { describe, expect, it } from "vitest"
import { carriedOutOf, owedOn, payoutDay, payState, settleMonth } from "../payouts"
import { sumMoney } from "../money"

describe("a statement's pay state", () => {
  it.each([
    ["300.00", "0", "unpaid"],
    ["300.00", "0.01", "partly_paid"],
    ["300.00", "299.99", "partly_paid"],
    ["300.00", "300", "paid"],
    ["0.00", "0", "paid"],
    ["-12.50", "0", "paid"],
  ] as const)("net %s, paid %s: %s", (net, paid, state) => {
    expect(payState(net, paid)).toBe(state)
  })

  it("owes the net less what was paid, never less than nothing, exactly to the fen", () => {
    expect(owedOn("300.00", "120.50")).toBe("179.50")
    expect(owedOn("0.30", "0.1")).toBe("0.20")
    expect(owedOn("300.00", "300.00")).toBe("0.00")
    expect(owedOn("-12.50", "0")).toBe("0.00")
  })
})

describe("the day a payout was made or came back", () => {
  it("is the day given, today when none is given, and never after today", () => {
    expect(payoutDay("paid_on", "2026-06-14", "2026-06-15")).toEqual({ day: "2026-06-14" })
    expect(payoutDay("paid_on", "2026-06-15", "2026-06-15")).toEqual({ day: "2026-06-15" })
    expect(payoutDay("paid_on", undefined, "2026-06-15")).toEqual({ day: "2026-06-15" })
    expect(payoutDay("failed_on", null, "2026-06-15")).toEqual({ day: "2026-06-15" })
    expect(payoutDay("failed_on", "2026-06-16", "2026-06-15")).toEqual({
      error: "failed_on: 不能晚于今天 (2026-06-15) / can't be after today (2026-06-15)",
    })
  })
})

describe("settleMonth: carried balances and advances", () => {
  it("pays the whole net when nothing is carried and no advance is outstanding", () => {
    expect(settleMonth({ net: "1234.50", carried_in: "0", advance_outstanding: "0" })).toEqual({
      net: "1234.50",
      carried_in: "0.00",
      advance_recovered: "0.00",
      payable: "1234.50",
      carried_out: "0.00",
    })
  })

  it("carries a month whose deductions exceed her earnings into the next, paying and recovering nothing", () => {
    const month = settleMonth({ net: "-80.00", carried_in: "0", advance_outstanding: "300" })
    expect(month).toMatchObject({ payable: "0.00", advance_recovered: "0.00", carried_out: "-80.00" })
    const next = settleMonth({ net: "500", carried_in: month.carried_out, advance_outstanding: "0" })
    expect(next).toMatchObject({ carried_in: "-80.00", payable: "420.00", carried_out: "0.00" })
  })

  it("keeps carrying until a month absorbs it", () => {
    const first = settleMonth({ net: "-100", carried_in: "0", advance_outstanding: "0" })
    const second = settleMonth({ net: "60", carried_in: first.carried_out, advance_outstanding: "0" })
    expect(second).toMatchObject({ payable: "0.00", carried_out: "-40.00" })
    expect(settleMonth({ net: "0", carried_in: second.carried_out, advance_outstanding: "0" }).carried_out).toBe("-40.00")
  })

  it("recovers an advance over two months, never more than a month leaves her", () => {
    const may = settleMonth({ net: "300", carried_in: "0", advance_outstanding: "500" })
    expect(may).toMatchObject({ advance_recovered: "300.00", payable: "0.00", carried_out: "0.00" })
    const june = settleMonth({ net: "450", carried_in: "0", advance_outstanding: "200" })
    expect(june).toMatchObject({ advance_recovered: "200.00", payable: "250.00" })
  })

  it("takes a carried balance before an advance", () => {
    expect(settleMonth({ net: "100", carried_in: "-30", advance_outstanding: "100" })).toMatchObject({
      advance_recovered: "70.00",
      payable: "0.00",
      carried_out: "0.00",
    })
  })

  it("always balances: net + carried_in = recovered + payable + carried_out, to the fen", () => {
    const cases = [
      ["0.01", "0", "0"],
      ["-0.01", "-0.02", "5"],
      ["999.99", "-999.98", "0.02"],
      ["12.34", "0", "12.34"],
      ["12.34", "-12.34", "1"],
    ]
    for (const [net, carried_in, advance_outstanding] of cases) {
      const s = settleMonth({ net, carried_in, advance_outstanding })
      expect(sumMoney([s.advance_recovered, s.payable, s.carried_out])).toBe(sumMoney([net, carried_in]))
      expect(carriedOutOf(net, carried_in)).toBe(s.carried_out)
    }
  })

  it("refuses a positive carry or a negative advance", () => {
    expect(() => settleMonth({ net: "1", carried_in: "5", advance_outstanding: "0" })).toThrow(RangeError)
    expect(() => settleMonth({ net: "1", carried_in: "0", advance_outstanding: "-1" })).toThrow(RangeError)
  })
})
