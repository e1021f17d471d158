import { describe, expect, it } from "vitest";
import { payDisplay } from "./pay-display";

describe("an opening's pay as shown", () => {
  it("shows the median and the middle half exactly as the backend gives them, in the page's language", () => {
    const pay = { median: "2450.00", low: "1800.50", high: "3200.00", women: 7, months: 30 };
    expect(payDisplay(pay, "zh-CN")).toEqual({ kind: "range", median: "¥2,450", low: "¥1,800.50", high: "¥3,200", women: 7 });
    const en = payDisplay(pay, "en");
    expect(en).toMatchObject({ kind: "range", women: 7 });
    if (en.kind === "range") {
      expect(en.median).toMatch(/2,450/);
      expect(en.low).toMatch(/1,800\.50/);
      expect(en.median).toMatch(/CN¥|CNY/);
    }
  });

  it("shows no figure when the backend hides the pay (fewer than five women)", () => {
    expect(payDisplay(null, "zh-CN")).toEqual({ kind: "hidden" });
    expect(payDisplay(undefined, "en")).toEqual({ kind: "hidden" });
  });

  it("shows no figure rather than a wrong one when an amount is not money", () => {
    expect(payDisplay({ median: "abc", low: "1", high: "2", women: 5, months: 5 } as never, "zh-CN")).toEqual({ kind: "hidden" });
  });
});
