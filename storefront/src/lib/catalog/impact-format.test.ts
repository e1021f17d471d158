import { describe, expect, it } from "vitest";
import { formatImpact, formatProgramme } from "./impact-format";

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

describe("formatProgramme", () => {
  const programme = {
    currency_code: "cny",
    median_monthly_earnings: "2406.00",
    programme: {
      openings: 14,
      open_openings: 10,
      women_hired_through_openings: 6,
      training_sessions_held: 18,
      trainee_sessions: 1480,
      skills_granted: 412,
      awards: 13,
    },
    income_band: { low: "1800.00", high: "4000.00", median_against_band: "within" as const, share_of_months_in_band: 0.6251 },
  };

  it("formats the programme's counts, the band in whole yuan and the share of months inside it", () => {
    expect(formatProgramme(programme, "zh-CN")).toEqual({
      openings: "14",
      openOpenings: "10",
      hired: "6",
      sessions: "18",
      traineeSessions: "1,480",
      skills: "412",
      awards: "13",
      bandLow: "¥1,800",
      bandHigh: "¥4,000",
      medianAgainstBand: "within",
      monthsInBand: "63%",
    });
  });

  it("says nothing about the band before anyone earned this year", () => {
    const display = formatProgramme(
      { ...programme, median_monthly_earnings: null, income_band: { ...programme.income_band, median_against_band: null, share_of_months_in_band: null } },
      "en",
    );
    expect(display.medianAgainstBand).toBeNull();
    expect(display.monthsInBand).toBeNull();
    expect(display.bandHigh).toBe("CN¥4,000");
  });
});
