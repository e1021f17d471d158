import { describe, expect, it } from "vitest"
import { owedOn, payState } from "../payouts"

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
