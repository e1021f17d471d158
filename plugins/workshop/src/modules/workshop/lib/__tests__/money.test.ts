import { lineAmount, splitByWeight, sumMoney, toFen } from "../money"

describe("money", () => {
  it("multiplies a rate by a quantity without float error", () => {
    expect(lineAmount("0.1", 3)).toBe("0.30")
    expect(lineAmount("12.35", 7)).toBe("86.45")
    expect(lineAmount("0.005", 1)).toBe("0.01")
  })

  it("splits so that the parts add up exactly, by weight", () => {
    expect(splitByWeight("10.00", [1, 1, 1])).toEqual(["3.34", "3.33", "3.33"])
    expect(splitByWeight("0.01", [1, 1])).toEqual(["0.01", "0.00"])
    expect(splitByWeight("100", [3, 1])).toEqual(["75.00", "25.00"])
    expect(splitByWeight("-10.00", [1, 2])).toEqual(["-3.33", "-6.67"])
    for (const [total, weights] of [["99.99", [1, 2, 3, 4]], ["1234.57", [7, 11, 13]], ["0.07", [5, 5, 5]]] as const) {
      const parts = splitByWeight(total, [...weights])
      expect(toFen(sumMoney(parts))).toBe(toFen(total))
    }
  })

  it("refuses weights that are not positive whole numbers", () => {
    expect(() => splitByWeight("1", [1, 0])).toThrow(/weights/)
    expect(() => splitByWeight("1", [1.5])).toThrow(/weights/)
  })
})
