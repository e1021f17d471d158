import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { PayoutSummary } from "@jinxiu/workshop/domain/http";
import type { SlipLine } from "@jinxiu/workshop/domain/pay-slip";
import { catalogues } from "@/messages";
import { failureNote, payoutSentence, sectionTitle, slipLineText, type Translate } from "./slip-text";

const translator = (locale: "zh-CN" | "en"): Translate => {
  const t = createTranslator({ locale, messages: catalogues[locale] as never, namespace: "PaySlip" as never });
  return (key, values) => (t as unknown as Translate)(key, values);
};
const zh = translator("zh-CN");
const en = translator("en");

const payout = (over: Partial<PayoutSummary> = {}): PayoutSummary => ({
  id: "pout_1",
  statement_id: "stmt_1",
  artisan_id: "artisan_1",
  workshop_id: "ws_1",
  period: "2026-10",
  method: "wechat",
  amount: "1234.50",
  reference: "WX-1",
  paid_on: "2026-11-05",
  created_at: "2026-11-05T02:00:00.000Z",
  status: "sent",
  failure: null,
  ...over,
});

describe("a payout as one sentence", () => {
  it("says amount, method and day, in Chinese first", () => {
    expect(payoutSentence(zh, payout(), "zh-CN")).toBe("已付 ¥1,234.50 · 微信 · 2026-11-05");
    expect(payoutSentence(en, payout(), "en")).toBe("Paid CN¥1,234.50 · WeChat Pay · 2026-11-05");
  });

  it("names each method", () => {
    expect(["wechat", "alipay", "bank", "cash"].map((method) => payoutSentence(zh, payout({ method: method as never, amount: "80" }), "zh-CN"))).toEqual([
      "已付 ¥80.00 · 微信 · 2026-11-05",
      "已付 ¥80.00 · 支付宝 · 2026-11-05",
      "已付 ¥80.00 · 银行转账 · 2026-11-05",
      "已付 ¥80.00 · 现金 · 2026-11-05",
    ]);
  });

  it("marks one that came back, says why and that she will be paid again", () => {
    const failed = payout({ status: "failed", amount: "40", failure: { reason: "账号错误", failed_on: "2026-11-07" } });
    expect(payoutSentence(zh, failed, "zh-CN")).toBe("退回 ¥40.00 · 微信 · 2026-11-05");
    expect(failureNote(zh, failed)).toBe("2026-11-07 退回：账号错误。我们会重新支付。");
    expect(failureNote(en, failed)).toBe("Came back on 2026-11-07: 账号错误. We'll pay again.");
    expect(failureNote(zh, { ...failed, failure: { reason: null, failed_on: "2026-11-07" } })).toBe("2026-11-07 退回。我们会重新支付。");
    expect(failureNote(zh, payout())).toBeNull();
  });
});

describe("a slip line's words", () => {
  it("gives piecework its piece type, grade, quantity and rate", () => {
    const line: SlipLine = { kind: "piecework", piece_type: { id: "p", code: "FAN", name_zh: "扇面", name_en: "Fan face" }, grade: "A", rate: "12.5", quantity: 7, entries: 2, amount: "87.50" };
    expect(slipLineText(zh, line, "zh-CN")).toEqual({ title: "扇面", detail: "A级 · 7 件 × ¥12.50" });
    expect(slipLineText(en, line, "en")).toEqual({ title: "Fan face", detail: "grade A · 7 × CN¥12.50" });
  });

  it("gives a sale its title, count and order, and an adjustment its reason and day", () => {
    expect(slipLineText(zh, { kind: "sale_share", product_title: "莲花书签", quantity: 2, order_display_id: 17, date: "2026-10-10", amount: "18.45" }, "zh-CN")).toEqual({
      title: "莲花书签",
      detail: "2 件 · 订单 #17 · 2026-10-10",
    });
    expect(slipLineText(en, { kind: "sale_share", product_title: null, quantity: 1, order_display_id: null, date: "2026-10-10", amount: "9" }, "en")).toEqual({
      title: "Your piece",
      detail: "1 piece · 2026-10-10",
    });
    expect(slipLineText(zh, { kind: "bonus", reason: "全勤", date: "2026-10-31", amount: "50" }, "zh-CN")).toEqual({ title: "全勤", detail: "2026-10-31" });
    expect(slipLineText(zh, { kind: "deduction", reason: null, date: "2026-10-20", amount: "-5" }, "zh-CN")).toEqual({ title: "扣款", detail: "2026-10-20" });
    // a reason written for both languages: her language's half only
    const prize = { kind: "bonus", reason: "省赛获奖：铜奖 / Contest prize: bronze", date: "2026-10-31", amount: "500" } as const;
    expect(slipLineText(zh, prize, "zh-CN").title).toBe("省赛获奖：铜奖");
    expect(slipLineText(en, prize, "en").title).toBe("Contest prize: bronze");
  });

  it("names each section, and an unknown kind as other", () => {
    expect(["piecework", "sale_share", "bonus", "deduction", "reversal", "something_new"].map((k) => sectionTitle(zh, k))).toEqual(["计件", "作品卖出分成", "奖励", "扣款", "更正", "其他"]);
  });
});
