import {
  axisAmount,
  MoneyError,
  compareMoney,
  convert,
  formatMoney,
  fromFen,
  isAmount,
  lineAmount,
  percentOf,
  roundMoney,
  splitByWeight,
  spokenMoney,
  sumMoney,
  toFen,
} from "../money"

/**
 * The tricky cases every money rule must agree on, run through the one implementation everybody
 * imports (module, workflows, admin, desk, income pages, shop, seed).
 */
describe("money: one rounding rule, half away from zero, to the fen", () => {
  it.each([
    // [input, fen, money]
    ["0.005", 1n, "0.01"],
    [0.005, 1n, "0.01"],
    ["0.015", 2n, "0.02"],
    [0.015, 2n, "0.02"],
    ["0.0049", 0n, "0.00"],
    [1e-7, 0n, "0.00"],
    ["1e-7", 0n, "0.00"],
    ["1.5e2", 15000n, "150.00"],
    ["9999999.99", 999999999n, "9999999.99"],
    [9_999_999.99, 999999999n, "9999999.99"],
    ["-0.005", -1n, "-0.01"],
    ["-48", -4800n, "-48.00"],
    [-30, -3000n, "-30.00"],
    ["16.5", 1650n, "16.50"],
    [" 2753.00 ", 275300n, "2753.00"],
    [".5", 50n, "0.50"],
    ["12.", 1200n, "12.00"],
    ["+3", 300n, "3.00"],
  ] as const)("%s -> %s fen", (input, fen, money) => {
    expect(toFen(input)).toBe(fen)
    expect(roundMoney(input)).toBe(money)
  })

  it("treats nothing as zero and refuses what is not an amount, naming it", () => {
    expect(toFen(null)).toBe(0n)
    expect(toFen("")).toBe(0n)
    for (const bad of ["abc", "1,5", "1.2.3", "-", ".", "NaN", "Infinity", "1e999", "\u0000", "１２", "9".repeat(70)]) {
      expect(() => toFen(bad)).toThrow(MoneyError)
      expect(isAmount(bad)).toBe(false)
    }
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY]) expect(() => toFen(bad)).toThrow(/Not an amount of money/)
    expect(() => toFen("100000000000")).toThrow(MoneyError)
  })

  it("writes fen back as money with two decimals", () => {
    expect([0n, 5n, -5n, 100n, 123456n, -4800n].map((f) => fromFen(f))).toEqual(["0.00", "0.05", "-0.05", "1.00", "1234.56", "-48.00"])
    expect(fromFen(1650)).toBe("16.50")
  })
})

describe("money: arithmetic without floats", () => {
  it("prices a line exactly: rate x quantity, rounded once", () => {
    expect(lineAmount("12.50", 3)).toBe("37.50")
    expect(lineAmount("0.1", 3)).toBe("0.30") // 0.1 * 3 in floats is 0.30000000000000004
    expect(lineAmount("0.005", 3)).toBe("0.02") // 0.015 -> 0.02, not 3 x 0.01
    expect(lineAmount("9999999.99", 1)).toBe("9999999.99")
    expect(lineAmount("48", 0)).toBe("0.00")
    expect(() => lineAmount("1", 1.5)).toThrow(/whole number/)
  })

  it("sums exactly, and compares", () => {
    expect(sumMoney(["0.10", "0.20", 0.3])).toBe("0.60")
    expect(sumMoney(Array(1000).fill("0.01"))).toBe("10.00")
    expect(sumMoney(["-48.00", "2641.00"])).toBe("2593.00")
    expect(sumMoney([])).toBe("0.00")
    expect(compareMoney("1.00", 1)).toBe(0)
    expect(compareMoney("-0.01", "0")).toBe(-1)
  })

  it("takes a percentage and converts currencies with one rounding", () => {
    expect(percentOf("39.90", 20)).toBe("7.98")
    expect(percentOf("0.05", 10)).toBe("0.01") // 0.005 -> 0.01
    expect(percentOf("100.00", "12.5")).toBe("12.50")
    expect(convert("12.34", "7.10")).toBe("87.61") // 87.614
    expect(convert("0.07", "7.1")).toBe("0.50") // 0.497
  })
})

describe("money: split by weight, largest remainder", () => {
  it.each([
    ["10.00", [1, 1, 1], ["3.34", "3.33", "3.33"]],
    ["0.01", [1, 1, 1], ["0.01", "0.00", "0.00"]],
    ["0.02", [1, 1, 1, 1, 1], ["0.01", "0.01", "0.00", "0.00", "0.00"]],
    ["0.05", [3, 1], ["0.04", "0.01"]],
    ["100.00", [2, 1], ["66.67", "33.33"]],
    ["-10.00", [1, 1, 1], ["-3.34", "-3.33", "-3.33"]],
    ["9999999.99", [1, 2], ["3333333.33", "6666666.66"]],
  ] as const)("%s by %j -> %j", (total, weights, parts) => {
    const split = splitByWeight(total, [...weights])
    expect(split).toEqual(parts)
    expect(sumMoney(split)).toBe(roundMoney(total))
  })

  it("hands many parts of one fen out so that they still add up", () => {
    const parts = splitByWeight("0.07", Array(20).fill(1))
    expect(parts.filter((p) => p === "0.01")).toHaveLength(7)
    expect(sumMoney(parts)).toBe("0.07")
  })

  it("refuses weights that are not positive whole numbers", () => {
    expect(splitByWeight("1", [])).toEqual([])
    for (const weights of [[0], [-1, 2], [1.5]]) expect(() => splitByWeight("1", weights)).toThrow(/weights/)
  })
})

describe("money: shown in the reader's language, from the exact amount", () => {
  it("formats CNY in Chinese and English, and other currencies", () => {
    expect(formatMoney("3053", "zh-CN")).toBe("¥3,053.00")
    expect(formatMoney("9999999.99", "zh-CN")).toBe("¥9,999,999.99")
    expect(formatMoney("0.005", "zh-CN")).toBe("¥0.01")
    expect(formatMoney("-48", "zh-CN")).toBe("-¥48.00")
    expect(formatMoney("1200.00", "zh-CN", { trimWhole: true })).toBe("¥1,200")
    expect(formatMoney("48", "zh-CN", { signed: true })).toBe("+¥48.00")
    expect(formatMoney("12.5", "en", { currency: "usd" })).toBe("$12.50")
    expect(formatMoney("3053", "en")).toBe("CN¥3,053.00")
  })
})

describe("money: said aloud the way a person says it", () => {
  it("says yuan, jiao and fen in Chinese, in digits a Chinese voice reads as a number", () => {
    expect(spokenMoney("1234.50", "zh-CN")).toBe("1234元5角")
    expect(spokenMoney("1234.56", "zh-CN")).toBe("1234元5角6分")
    expect(spokenMoney("1234.05", "zh-CN")).toBe("1234元零5分")
    expect(spokenMoney("1234", "zh-CN")).toBe("1234元")
    expect(spokenMoney("0.50", "zh-CN")).toBe("5角")
    expect(spokenMoney("0.07", "zh-CN")).toBe("7分")
    expect(spokenMoney("0", "zh-CN")).toBe("0元")
    expect(spokenMoney("-30", "zh-CN")).toBe("负30元")
    expect(spokenMoney("12345678.9", "zh-CN")).toBe("12345678元9角")
    expect(spokenMoney("0.005", "zh-CN")).toBe("1分") // rounded to the fen as shown
  })

  it("says yuan and fen in English, with thousands grouped", () => {
    expect(spokenMoney("1234.50", "en")).toBe("1,234 yuan and 50 fen")
    expect(spokenMoney("1234", "en")).toBe("1,234 yuan")
    expect(spokenMoney("0.07", "en")).toBe("7 fen")
    expect(spokenMoney("0", "en")).toBe("0 yuan")
    expect(spokenMoney("-30.10", "en")).toBe("minus 30 yuan and 10 fen")
  })
})

describe("money: sale shares and refunds", () => {
  it("takes the makers' share of a sale with one rounding, in CNY", async () => {
    const { saleShare } = await import("../money")
    expect(saleShare("39.90", "20")).toBe("7.98")
    expect(saleShare("12.34", "20", "7.10")).toBe("17.52") // 17.5228
    expect(saleShare("0.07", "50", "7.1")).toBe("0.25") // 0.2485, not round(0.497) x 50 %
    expect(saleShare("100", "0")).toBe("0.00")
  })

  it("prorates a part of an amount, never more than the amount", async () => {
    const { prorate } = await import("../money")
    expect(prorate("10.00", "50", "200")).toBe("2.50")
    expect(prorate("10.00", "1", "3")).toBe("3.33")
    expect(prorate("0.01", "1", "2")).toBe("0.01") // half a fen rounds away from zero
    expect(prorate("10.00", "300", "200")).toBe("10.00")
    expect(prorate("10.00", "0", "200")).toBe("0.00")
    expect(() => prorate("10.00", "1", "0")).toThrow(/whole/)
  })
})

describe("money: what the forms, the desk and the shop take and show", () => {
  it("takes from a form only amounts exact to the fen, and not negative", async () => {
    const { isFenAmount } = await import("../money")
    for (const good of ["0", "12", "12.5", "12.50", "12.500", " 3500 ", 16.5, 0, "1e3"]) expect(isFenAmount(good), String(good)).toBe(true)
    for (const bad of ["12.345", 12.345, "-1", -0.01, "", "abc", "1,5", null, undefined, Number.NaN, "100000000000"]) {
      expect(isFenAmount(bad), String(bad)).toBe(false)
    }
  })

  it("hands fen to React as a plain number, exactly, even for float input", async () => {
    const { toFenNumber } = await import("../money")
    expect(toFenNumber(0.1 + 0.2)).toBe(30)
    expect(toFenNumber("2753.00")).toBe(275300)
    expect(toFenNumber(-0.01)).toBe(-1)
    expect(toFenNumber(null)).toBe(0)
  })

  it("rounds headline figures to whole yuan, half away from zero", () => {
    expect(formatMoney("534172.98", "zh-CN", { wholeUnits: true })).toBe("¥534,173")
    expect(formatMoney("2406.50", "en", { wholeUnits: true })).toBe("CN¥2,407")
    expect(formatMoney("2406.49", "zh-CN", { wholeUnits: true })).toBe("¥2,406")
    expect(formatMoney("-0.50", "zh-CN", { wholeUnits: true })).toBe("-¥1")
  })

  it("signs differences and drops .00 only when asked", () => {
    expect(formatMoney("120", "en", { signed: true, trimWhole: true })).toBe("+CN¥120")
    expect(formatMoney("-30", "zh-CN", { signed: true })).toBe("-¥30.00")
    expect(formatMoney("0", "zh-CN", { signed: true })).toBe("¥0.00")
    expect(formatMoney("3053.50", "zh-CN", { trimWhole: true })).toBe("¥3,053.50")
    expect(formatMoney(18, "en", { currency: "usd" })).toBe("$18.00")
  })
})

describe("amounts on a chart's axis", () => {
  it("readable for large amounts in each language", () => {
    expect([5000, 10000, 15000, 20000].map((n) => axisAmount(n, "zh-CN"))).toEqual(["5000", "1万", "1.5万", "2万"])
    expect([500, 10000, 20000].map((n) => axisAmount(n, "en"))).toEqual(["500", "10K", "20K"])
  })
})
