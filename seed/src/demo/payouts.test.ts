import { describe, expect, it } from "vitest"
import { payoutDetailsProblems } from "@jinxiu/workshop/domain"
import { ARTISANS, DEMO_ARTISAN_PHONE } from "./people"
import { closeTimeOf, DEMO_ADVANCE, FAILED_PAYOUT, payDayOf, payoutDetailsFor, referenceOf } from "./payouts"

describe("how the demo pays its women", () => {
  const details = ARTISANS.map((a, i) => payoutDetailsFor(a, i))

  it("gives every woman details her method can pay, in a mix of all four methods", () => {
    for (const d of details) expect(payoutDetailsProblems(d)).toEqual([])
    const methods = new Set(details.map((d) => d.method))
    expect([...methods].sort()).toEqual(["alipay", "bank", "cash", "wechat"])
    expect(details.filter((d) => d.method === "wechat").length).toBeGreaterThan(details.length / 2)
  })

  it("pays the demo artisan by WeChat, in her legal name", () => {
    const index = ARTISANS.findIndex((a) => a.phone === DEMO_ARTISAN_PHONE)
    expect(details[index]).toMatchObject({ method: "wechat", account_name: ARTISANS[index].legal_name })
  })

  it("names a woman of the demo for the failed transfer, and pays on the 5th of the next month", () => {
    expect(ARTISANS.some((a) => a.phone === FAILED_PAYOUT.phone)).toBe(true)
    expect(payDayOf("2026-12")).toBe("2027-01-05")
    expect(FAILED_PAYOUT.failedOn("2026-10") > payDayOf("2026-10")).toBe(true)
    expect(FAILED_PAYOUT.paidAgainOn("2026-10") > FAILED_PAYOUT.failedOn("2026-10")).toBe(true)
  })

  it("advances a little more than she earned, so some is left to recover", () => {
    expect(DEMO_ADVANCE.amountFor("2345.60")).toBe("2700.00")
    expect(Number(DEMO_ADVANCE.amountFor("0"))).toBeGreaterThan(0)
    expect(referenceOf("cash", "2026-10", 1)).toBeNull()
    expect(referenceOf("wechat", "2026-10", 7)).toBe("WECHAT-202610-007")
  })
})

describe("when a demo month is closed", () => {
  it("the 2nd of the next month at 10:00 China time: before it is paid on the 5th", () => {
    expect(closeTimeOf("2026-10", new Date("2026-12-05T00:00:00Z")).toISOString()).toBe("2026-11-02T02:00:00.000Z")
    expect(closeTimeOf("2026-10", new Date("2026-12-05T00:00:00Z")) < new Date(`${payDayOf("2026-10")}T00:00:00+08:00`)).toBe(true)
  })

  it("never later than now (a month just ended, closed today)", () => {
    const now = new Date("2026-12-01T05:00:00Z")
    expect(closeTimeOf("2026-11", now)).toEqual(now)
  })
})
