import { describe, expect, it } from "vitest";
import { formatImpact } from "./impact-format";

const figures = {
  currency_code: "cny",
  active_artisans: 12245,
  workshops: 7,
  total_paid_out: "534172.98",
  median_monthly_earnings: "2406.00",
  share_of_sales_to_makers: 0.1834,
};

describe("formatImpact", () => {
  it("formats counts, yuan and the share in Chinese", () => {
    expect(formatImpact(figures, "zh-CN")).toEqual({
      women: "12,245",
      workshops: "7",
      totalPaidOut: "¥534,173",
      medianMonthlyEarnings: "¥2,406",
      shareOfSales: "18.3%",
    });
  });

  it("formats the same figures in English", () => {
    expect(formatImpact(figures, "en")).toMatchObject({ totalPaidOut: "CN¥534,173", shareOfSales: "18.3%" });
  });

  it("has no share before the first online sale, and a dash for an unreadable amount", () => {
    const display = formatImpact(
      { ...figures, share_of_sales_to_makers: null, total_paid_out: "n/a", median_monthly_earnings: null },
      "en",
    );
    expect(display.shareOfSales).toBeNull();
    expect(display.totalPaidOut).toBe("—");
    expect(display.medianMonthlyEarnings).toBe("—");
  });
});
