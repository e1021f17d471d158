import { describe, expect, it } from "vitest";
import { cheapestPrice, variantPrice, type PricedVariant } from "./product-price";

function priced(amount: number | null, currency: string | null = "cny"): PricedVariant {
  return { calculated_price: { calculated_amount: amount, currency_code: currency } };
}

describe("cheapestPrice", () => {
  it("picks the lowest calculated amount among the variants", () => {
    expect(cheapestPrice([priced(268), priced(128), priced(198)])).toEqual({
      amount: 128,
      currencyCode: "cny",
    });
  });

  it("skips variants without a price in the region", () => {
    expect(
      cheapestPrice([{}, { calculated_price: null }, priced(null), priced(88), priced(99)]),
    ).toEqual({ amount: 88, currencyCode: "cny" });
  });

  it("treats a zero amount as a real price", () => {
    expect(cheapestPrice([priced(20), priced(0)])).toEqual({ amount: 0, currencyCode: "cny" });
  });

  it("returns null when no variant is priced", () => {
    expect(cheapestPrice([{}, priced(null)])).toBeNull();
    expect(cheapestPrice([])).toBeNull();
    expect(cheapestPrice(null)).toBeNull();
    expect(cheapestPrice(undefined)).toBeNull();
  });
});

describe("variantPrice", () => {
  it("needs both an amount and a currency", () => {
    expect(variantPrice(priced(128, null))).toBeNull();
    expect(variantPrice(priced(128, "cny"))).toEqual({ amount: 128, currencyCode: "cny" });
  });
});
