import { describe, expect, it } from "vitest";
import { currencyFractionDigits, makersShare, toMinorUnits } from "./share";

describe("makersShare", () => {
  it("is the share percentage of the price, in fen", () => {
    expect(makersShare({ amount: 588, currencyCode: "cny" }, 20)).toEqual({ minor: 11_760, amount: 117.6, currencyCode: "cny" });
  });

  it("works with prices that have cents and shares with two decimals", () => {
    // 39.99 × 13.33 % = 5.330667 → 5.33
    expect(makersShare({ amount: 39.99, currencyCode: "usd" }, 13.33)?.minor).toBe(533);
  });

  it("rounds half a fen up", () => {
    // 0.05 × 50 % = 0.025 → 0.03
    expect(makersShare({ amount: 0.05, currencyCode: "cny" }, 50)?.minor).toBe(3);
  });

  it("does not suffer from float multiplication (0.1 + 0.2 style errors)", () => {
    // 19.99 × 15 % = 2.9985 → 3.00 (a float product would give 2.9984999…)
    expect(makersShare({ amount: 19.99, currencyCode: "cny" }, 15)?.minor).toBe(300);
    expect(makersShare({ amount: 1.15, currencyCode: "cny" }, 10)?.minor).toBe(12);
  });

  it("handles zero-decimal currencies", () => {
    expect(makersShare({ amount: 1000, currencyCode: "jpy" }, 12.5)).toEqual({ minor: 125, amount: 125, currencyCode: "jpy" });
  });

  it("is zero at 0 % and the whole price at 100 %", () => {
    expect(makersShare({ amount: 268, currencyCode: "cny" }, 0)?.minor).toBe(0);
    expect(makersShare({ amount: 268, currencyCode: "cny" }, 100)?.minor).toBe(26_800);
  });

  it("gives null without a price, or for a percentage it can't use", () => {
    expect(makersShare(null, 20)).toBeNull();
    expect(makersShare({ amount: 100, currencyCode: "cny" }, -1)).toBeNull();
    expect(makersShare({ amount: 100, currencyCode: "cny" }, 100.5)).toBeNull();
    expect(makersShare({ amount: 100, currencyCode: "cny" }, 12.345)).toBeNull();
    expect(makersShare({ amount: 100, currencyCode: "cny" }, Number.NaN)).toBeNull();
    expect(makersShare({ amount: -5, currencyCode: "cny" }, 20)).toBeNull();
  });
});

describe("toMinorUnits", () => {
  it("converts major units exactly", () => {
    expect(toMinorUnits(39.99, 2)).toBe(3999);
    expect(toMinorUnits(0.3, 2)).toBe(30);
    expect(toMinorUnits(1200, 0)).toBe(1200);
  });

  it("refuses amounts with more decimals than the currency has", () => {
    expect(toMinorUnits(1.005, 2)).toBeNull();
    expect(toMinorUnits(10.5, 0)).toBeNull();
  });
});

describe("currencyFractionDigits", () => {
  it("knows CNY and USD have two decimals and JPY none", () => {
    expect(currencyFractionDigits("cny")).toBe(2);
    expect(currencyFractionDigits("USD")).toBe(2);
    expect(currencyFractionDigits("jpy")).toBe(0);
  });
});
