import { describe, expect, it } from "vitest";
import { formatDay, formatFullDay, formatMonth } from "./date-format";

describe("days and months for the reader", () => {
  it("writes months in Chinese and English, long and short", () => {
    expect(formatMonth("2026-10", "zh-CN")).toBe("2026年10月");
    expect(formatMonth("2026-10", "en")).toBe("October 2026");
    expect(formatMonth("2026-10", "zh-CN", "short")).toBe("10月");
    expect(formatMonth("2027-01", "en", "short")).toBe("Jan");
  });

  it("writes a day with its weekday, whatever the machine's time zone", () => {
    expect(formatDay("2026-11-30", "zh-CN")).toBe("11月30日周一");
    expect(formatDay("2026-11-30", "en")).toBe("Mon, Nov 30");
    expect(formatDay("2026-01-01", "en", false)).toBe("Jan 1");
  });

  it("writes a day of another year with its year", () => {
    expect(formatFullDay("2023-05-20", "zh-CN")).toBe("2023年5月20日");
    expect(formatFullDay("2023-05-20", "en")).toBe("May 20, 2023");
  });
});
