import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  chinaDateOf,
  daysLeftInMonth,
  formatDay,
  formatMonth,
  isCalendarDate,
  isMonth,
  lastDayOfMonth,
  monthRange,
  todayInChina,
} from "./dates";

describe("calendar in China", () => {
  it("today is the date in Asia/Shanghai, not UTC", () => {
    expect(todayInChina(new Date("2026-11-30T16:30:00Z"))).toBe("2026-12-01");
    expect(todayInChina(new Date("2026-11-30T15:59:00Z"))).toBe("2026-11-30");
    expect(chinaDateOf("2026-10-04T17:00:00Z")).toBe("2026-10-05");
  });

  it("checks dates and months", () => {
    expect(isCalendarDate("2026-02-29")).toBe(false);
    expect(isCalendarDate("2028-02-29")).toBe(true);
    expect(isCalendarDate("2026-11-31")).toBe(false);
    expect(isMonth("2026-10")).toBe(true);
    expect(isMonth("2026-13")).toBe(false);
    expect(isMonth("26-10")).toBe(false);
  });

  it("moves by months and days across years", () => {
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(addMonths("2026-11", 2)).toBe("2027-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(monthRange("2025-11", "2026-02")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(lastDayOfMonth("2028-02")).toBe("2028-02-29");
  });

  it("counts the days left in a month", () => {
    expect(daysLeftInMonth("2026-11", "2026-11-30")).toBe(0);
    expect(daysLeftInMonth("2026-11", "2026-11-20")).toBe(10);
    expect(daysLeftInMonth("2026-10", "2026-11-01")).toBe(-1);
  });

  it("writes months and days in the reader's language", () => {
    expect(formatMonth("2026-10", "zh-CN")).toBe("2026年10月");
    expect(formatMonth("2026-10", "en")).toBe("October 2026");
    expect(formatMonth("2026-10", "zh-CN", "short")).toBe("10月");
    expect(formatDay("2026-11-30", "zh-CN")).toBe("11月30日周一");
    expect(formatDay("2026-11-30", "en")).toBe("Mon, Nov 30");
  });
});
