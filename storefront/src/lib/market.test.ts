import { describe, expect, it } from "vitest";
import { defaultMarketFor, isMarket, marketCurrency, resolveMarket } from "./market";

describe("markets", () => {
  it("defaults to the language's market", () => {
    expect(defaultMarketFor("zh-CN")).toBe("cn");
    expect(defaultMarketFor("en")).toBe("intl");
  });

  it("lets a valid cookie override the language and ignores anything else", () => {
    expect(resolveMarket("intl", "zh-CN")).toBe("intl");
    expect(resolveMarket("cn", "en")).toBe("cn");
    expect(resolveMarket("mars", "en")).toBe("intl");
    expect(resolveMarket(undefined, "zh-CN")).toBe("cn");
  });

  it("prices China in CNY and the rest in USD", () => {
    expect(marketCurrency).toEqual({ cn: "cny", intl: "usd" });
    expect(isMarket("cn")).toBe(true);
    expect(isMarket("CN")).toBe(false);
  });
});
