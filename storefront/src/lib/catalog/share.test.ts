import { describe, expect, it } from "vitest";
import { makersShare } from "./share";

describe("makersShare", () => {
  it("is the share percentage of the price, in major and minor units", () => {
    expect(makersShare({ amount: 588, currencyCode: "cny" }, 20)).toEqual({ minor: 11_760, amount: "117.60", currencyCode: "cny" });
  });

  it("is credited as the ledger credits a sale: exact, rounded once, half a fen away from zero", () => {
    // 39.99 × 13.33 % = 5.330667 → 5.33
    expect(makersShare({ amount: 39.99, currencyCode: "usd" }, 13.33)?.minor).toBe(533);
    // 0.05 × 50 % = 0.025 → 0.03
    expect(makersShare({ amount: 0.05, currencyCode: "cny" }, 50)?.amount).toBe("0.03");
    // 19.99 × 15 % = 2.9985 → 3.00 (a float product would give 2.9984999…)
    expect(makersShare({ amount: 19.99, currencyCode: "cny" }, 15)?.minor).toBe(300);
  });

  it("is zero at 0 % and the whole price at 100 %", () => {
    expect(makersShare({ amount: 268, currencyCode: "cny" }, 0)?.minor).toBe(0);
    expect(makersShare({ amount: 268, currencyCode: "cny" }, 100)?.minor).toBe(26_800);
  });

  it("gives null without a price, or for a price or percentage it can't use", () => {
    expect(makersShare(null, 20)).toBeNull();
    expect(makersShare({ amount: 100, currencyCode: "cny" }, -1)).toBeNull();
    expect(makersShare({ amount: 100, currencyCode: "cny" }, 100.5)).toBeNull();
    expect(makersShare({ amount: 100, currencyCode: "cny" }, 12.345)).toBeNull();
    expect(makersShare({ amount: 100, currencyCode: "cny" }, Number.NaN)).toBeNull();
    expect(makersShare({ amount: -5, currencyCode: "cny" }, 20)).toBeNull();
    expect(makersShare({ amount: 1.005, currencyCode: "cny" }, 20)).toBeNull();
  });
});
