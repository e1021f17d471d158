import { describe, expect, it } from "vitest"
import { typedDecimal, typedWhole, typedYuan } from "../typed-fields"

describe("the admin's number fields, as a Chinese keyboard types them", () => {
  it("reads an amount of yuan: full-width, 。 for the point, commas between thousands", () => {
    expect(typedYuan("３５００", 20000)).toBe("3500")
    expect(typedYuan("3，500。5", 20000)).toBe("3500.5")
    expect(typedYuan(" 12.50 ", 20000, { positive: true })).toBe("12.50")
    expect(typedYuan("0", 20000)).toBe("0")
  })

  it("refuses an amount that is not one, negative, finer than the fen, over the bound, or zero where it must be positive", () => {
    for (const text of ["", "abc", "-5", "－５", "12.345", "20000.01", "1e3"]) expect(typedYuan(text, 20000)).toBeNull()
    expect(typedYuan("0", 20000, { positive: true })).toBeNull()
  })

  it("reads whole numbers and decimals the same way, within their bounds", () => {
    expect(typedWhole("２０２６", 1900, 2100)).toBe(2026)
    expect(typedWhole("3", 1, 10)).toBe(3)
    expect(typedWhole("3.5", 1, 10)).toBeNull()
    expect(typedWhole("11", 1, 10)).toBeNull()
    expect(typedDecimal("１２．５", 0, 100)).toBe(12.5)
    expect(typedDecimal("12.555", 0, 100)).toBeNull()
    expect(typedDecimal("101", 0, 100)).toBeNull()
  })
})
