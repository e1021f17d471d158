import { describe, expect, it } from "vitest";
import { formatMoney } from "./money";

describe("formatMoney", () => {
  it("shows CNY in Chinese as ¥128.00 (Medusa amounts are major units)", () => {
    expect(formatMoney(128, "cny", "zh-CN")).toBe("¥128.00");
  });

  it("shows USD in English as $18.00", () => {
    expect(formatMoney(18, "usd", "en")).toBe("$18.00");
  });

  it("keeps decimals and groups thousands", () => {
    expect(formatMoney(1234.5, "CNY", "zh-CN")).toBe("¥1,234.50");
  });

  it("marks CNY as Chinese yuan for English readers", () => {
    expect(formatMoney(128, "cny", "en")).toBe("CN¥128.00");
  });
});
