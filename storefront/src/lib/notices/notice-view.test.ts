import { describe, expect, it } from "vitest";
import type { Notice } from "@jinxiu/workshop/domain/notices";
import { badgeText, noticeHref, noticeView, offsetParam, readableIds } from "./notice-view";

const notice = (over: Partial<Notice> = {}): Notice => ({
  id: "noti_01",
  kind: "payout_sent",
  created_at: "2026-11-30T17:30:00.000Z", // 1 December, 01:30 in China
  read: false,
  period: "2026-11",
  amount: "1234.5",
  method: "wechat",
  ...over,
});

describe("noticeView", () => {
  it("writes the amount as one big number, the month and the day in China, in her language", () => {
    expect(noticeView(notice(), "zh-CN", "me")).toEqual({
      id: "noti_01",
      kind: "payout_sent",
      values: { month: "11月", name: "", method: "wechat" },
      amount: "¥1,234.50",
      day: "12月1日",
      href: "/me/month/2026-11",
      unread: true,
    });
    const en = noticeView(notice({ read: true }), "en", "me");
    expect(en).toMatchObject({ amount: "CN¥1,234.50", day: "Dec 1", unread: false, values: { month: "Nov" } });
  });

  it("has no amount when the notice carries none, and names who asked on the desk", () => {
    const asked = noticeView(notice({ kind: "question_opened", amount: null, method: null, artisan_name: "陈阿兰" }), "zh-CN", "desk");
    expect(asked).toMatchObject({ amount: null, values: { name: "陈阿兰", method: "" }, href: "/desk/questions" });
  });
});

describe("noticeHref", () => {
  it("leads her to the month, the coordinator to the questions", () => {
    expect(noticeHref({ kind: "statement_ready", period: "2026-11" }, "me")).toBe("/me/month/2026-11");
    expect(noticeHref({ kind: "question_answered", period: null }, "me")).toBeNull();
    expect(noticeHref({ kind: "question_answered", period: "../../x" }, "me")).toBeNull();
    expect(noticeHref({ kind: "statement_ready", period: "2026-11" }, "desk")).toBeNull();
  });

  it("leads the coordinator from a new application to the applications", () => {
    expect(noticeHref({ kind: "application_new", period: null }, "desk")).toBe("/desk/applications");
    expect(noticeHref({ kind: "question_opened", period: "2026-11" }, "desk")).toBe("/desk/questions");
  });
});

describe("badgeText", () => {
  it.each([
    [0, ""],
    [-1, ""],
    [Number.NaN, ""],
    [1, "1"],
    [99, "99"],
    [100, "99+"],
    [12345, "99+"],
  ])("%s → %j", (count, text) => {
    expect(badgeText(count)).toBe(text);
  });
});

describe("readableIds", () => {
  it("keeps ids by their shape, at most 100", () => {
    expect(readableIds(["noti_1", "x y", 3, "", "a".repeat(65), "noti_2"])).toEqual(["noti_1", "noti_2"]);
    expect(readableIds("noti_1")).toEqual([]);
    expect(readableIds(Array.from({ length: 150 }, (_, i) => `noti_${i}`))).toHaveLength(100);
  });
});

describe("offsetParam", () => {
  it("reads a whole number, anything else is the first page", () => {
    expect(offsetParam("30")).toBe(30);
    expect(offsetParam(["60", "90"])).toBe(60);
    for (const junk of [undefined, "", "-1", "1.5", "abc", "1e3", "1234567"]) expect(offsetParam(junk)).toBe(0);
  });
});
