import { describe, expect, it } from "vitest"
import { owedOn, payoutDay, payState } from "../payouts"

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
