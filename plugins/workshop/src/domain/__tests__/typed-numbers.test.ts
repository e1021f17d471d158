import { describe, expect, it } from "vitest"
import { typedAmount, typedNumber } from "../typed-numbers"
import { checkQuantity } from "../work-lines"
import { isFenAmount } from "../money"

describe("numbers as typed on a Chinese keyboard", () => {
  it("full-width digits, signs, points, commas and spaces read as plain ones", () => {
    expect(typedNumber("３")).toBe("3")
    expect(typedNumber("３５００")).toBe("3500")
    expect(typedNumber("３，５００")).toBe("3500")
    expect(typedNumber("3,500.50")).toBe("3500.50")
    expect(typedNumber("１，２３４，５６７．８９")).toBe("1234567.89")
    expect(typedNumber("3。5")).toBe("3.5")
    expect(typedNumber("３．５")).toBe("3.5")
    expect(typedNumber("－３")).toBe("-3")
    expect(typedNumber("　１２　")).toBe("12")
    expect(typedNumber("１３８ ０００ ０００ ０１")).toBe("13800000001")
  })

  it("leaves what isn't a number for the rules to refuse", () => {
    expect(typedNumber("3,5")).toBe("3,5")
    expect(typedNumber("三")).toBe("三")
    expect(typedNumber("12a")).toBe("12a")
  })
})

describe("quantities", () => {
  it("full-width digits are a quantity", () => {
    expect(checkQuantity("３")).toEqual({ quantity: 3 })
    expect(checkQuantity("１２")).toEqual({ quantity: 12 })
  })

  it("a whole number below 1 is too small ('at least 1'), not 'not whole'", () => {
    expect(checkQuantity("-3")).toEqual({ code: "invalid_too_small", params: { minimum: 1 } })
    expect(checkQuantity("－３")).toEqual({ code: "invalid_too_small", params: { minimum: 1 } })
    expect(checkQuantity("0")).toEqual({ code: "invalid_too_small", params: { minimum: 1 } })
    expect(checkQuantity("2.5")).toEqual({ code: "invalid_invalid_type" })
    expect(checkQuantity("-2.5")).toEqual({ code: "invalid_invalid_type" })
  })
})

describe("amounts of money as typed", () => {
  it("takes full-width and grouped amounts", () => {
    expect(typedAmount("３５００")).toEqual({ amount: "3500" })
    expect(typedAmount("３，５００．５")).toEqual({ amount: "3500.5" })
    expect(typedAmount("0")).toEqual({ amount: "0" })
    expect(isFenAmount("3500.5")).toBe(true)
  })

  it("says why it can't take one: below zero, finer than the fen, not a number", () => {
    expect(typedAmount("-5")).toEqual({ problem: "negative" })
    expect(typedAmount("－５")).toEqual({ problem: "negative" })
    expect(typedAmount("12.345")).toEqual({ problem: "decimals" })
    expect(typedAmount("12.340")).toEqual({ amount: "12.340" })
    expect(typedAmount("abc")).toEqual({ problem: "invalid" })
    expect(typedAmount("")).toEqual({ problem: "invalid" })
  })
})
