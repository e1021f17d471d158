import { describe, expect, it } from "vitest";
import { fenToYuanNumber, formatYuan, lineAmountFen, sumFen, toFen } from "./fen";

describe("toFen", () => {
  it("reads decimal strings and numbers exactly", () => {
    expect(toFen("2753.00")).toBe(275300);
    expect(toFen("16.5")).toBe(1650);
    expect(toFen(16.5)).toBe(1650);
    expect(toFen(22)).toBe(2200);
    expect(toFen("-30.00")).toBe(-3000);
    expect(toFen(-0.01)).toBe(-1);
    expect(toFen("0.1")).toBe(10);
    expect(toFen(0.1 + 0.2)).toBe(30);
    expect(toFen(null)).toBe(0);
    expect(toFen("")).toBe(0);
  });

  it("rounds a third decimal half away from zero", () => {
    expect(toFen("1.005")).toBe(101);
    expect(toFen("1.004")).toBe(100);
    expect(toFen("-1.005")).toBe(-101);
  });

  it("refuses what is not an amount", () => {
    expect(() => toFen("12,00")).toThrow(/Not an amount/);
    expect(() => toFen("abc")).toThrow(/Not an amount/);
    expect(() => toFen(Number.NaN)).toThrow(/Not an amount/);
  });
});

describe("sums and lines", () => {
  it("sums exactly where floats would not", () => {
    expect(sumFen(["0.10", "0.20", 0.3])).toBe(60);
    expect(0.1 + 0.2 + 0.3).not.toBe(0.6);
    expect(sumFen(Array.from({ length: 1000 }, () => "16.55"))).toBe(1_655_000);
  });

  it("a line is rate x quantity", () => {
    expect(lineAmountFen("16.5", 7)).toBe(11550);
    expect(lineAmountFen(0, 7)).toBe(0);
  });

  it("writes fen back as yuan", () => {
    expect(fenToYuanNumber(1650)).toBe(16.5);
    expect(fenToYuanNumber(350000)).toBe(3500);
    expect(fenToYuanNumber(1)).toBe(0.01);
  });
});

describe("formatYuan", () => {
  it("writes CNY in Chinese and in English", () => {
    expect(formatYuan(305300, "zh-CN")).toBe("¥3,053.00");
    expect(formatYuan(305300, "en")).toBe("CN¥3,053.00");
    expect(formatYuan(1650, "zh-CN")).toBe("¥16.50");
  });

  it("can drop .00 for whole yuan and keep fen otherwise", () => {
    expect(formatYuan(305300, "zh-CN", { trimWhole: true })).toBe("¥3,053");
    expect(formatYuan(305350, "zh-CN", { trimWhole: true })).toBe("¥3,053.50");
  });

  it("signs differences", () => {
    expect(formatYuan(-3000, "zh-CN", { signed: true })).toBe("-¥30.00");
    expect(formatYuan(12000, "en", { signed: true, trimWhole: true })).toBe("+CN¥120");
    expect(formatYuan(0, "zh-CN", { signed: true })).toBe("¥0.00");
  });
});
