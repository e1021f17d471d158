import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { PayoutSummary } from "@jinxiu/workshop/domain/http";
import type { PayoutMethod } from "@jinxiu/workshop/domain/payouts";
import { catalogues } from "@/messages";
import type { Translate } from "@/lib/slip/slip-text";
import { goalProgress } from "./earnings";
import { latestPaidMonth, monthSpeech, type MonthSpeechFacts } from "./month-speech";

const translator = (locale: "zh-CN" | "en", namespace: string): Translate => {
  const t = createTranslator({ locale, messages: catalogues[locale] as never, namespace: namespace as never });
  return (key, values) => (t as unknown as Translate)(key, values);
};
const speak = (locale: "zh-CN" | "en", facts: Omit<MonthSpeechFacts, "locale">) => {
  const methods = translator(locale, "PaySlip");
  return monthSpeech(translator(locale, "MeSpeech"), (m: PayoutMethod) => methods(`methods.${m}`), { ...facts, locale });
};

const payout = (over: Partial<PayoutSummary> = {}): PayoutSummary => ({
  id: "pout_1",
  statement_id: "stmt_1",
  artisan_id: "art_1",
  workshop_id: "ws_1",
  period: "2026-10",
  method: "wechat",
  amount: "2345.00",
  reference: "WX-1",
  paid_on: "2026-11-05",
  created_at: "2026-11-05T02:00:00.000Z",
  status: "sent",
  failure: null,
  ...over,
});

const month = {
  month: "2026-12",
  earned: "1234.50",
  goal: goalProgress("1234.50", "3000"),
  payouts: [payout()],
  owed: "0.00",
};

describe("her month read aloud, in Chinese", () => {
  it("says what she earned, her goal, and what was paid when and how", () => {
    expect(speak("zh-CN", month)).toBe("十二月到现在，你挣了1234元5角。你的目标是3000元，还差1765元5角。十月的钱：11月5日用微信付了2345元。");
  });

  it("says a goal reached, no goal at all, nothing paid yet and what is still owed", () => {
    expect(speak("zh-CN", { ...month, earned: "3200", goal: goalProgress("3200", "3000") })).toContain("你的目标是3000元，已经达到了！");
    const fresh = speak("zh-CN", { ...month, earned: "0.00", goal: null, payouts: [], owed: "880.05" });
    expect(fresh).toBe("十二月到现在，你挣了0元。还没有付过钱。还有880元零5分没有付给你。");
  });

  it("reads every payout of the latest paid month, newest first, and leaves out one that came back", () => {
    const payouts = [
      payout({ id: "a", period: "2026-09", paid_on: "2026-10-06", amount: "1800" }),
      payout({ id: "b", period: "2026-10", paid_on: "2026-11-05", amount: "40.00", status: "failed", failure: { reason: "账户有误", failed_on: "2026-11-06" } }),
      payout({ id: "c", period: "2026-10", paid_on: "2026-11-08", amount: "40.00", method: "alipay" }),
      payout({ id: "d", period: "2026-10", paid_on: "2026-11-05", amount: "2305.00" }),
    ];
    expect(latestPaidMonth(payouts)?.payouts.map((p) => p.id)).toEqual(["c", "d"]);
    expect(speak("zh-CN", { ...month, payouts })).toContain("十月的钱：11月8日用支付宝付了40元；11月5日用微信付了2305元。");
  });
});

describe("her month read aloud, in English", () => {
  it("says what she earned, her goal, and what was paid when and how", () => {
    expect(speak("en", month)).toBe(
      "So far in December you have earned 1,234 yuan and 50 fen. Your goal is 3,000 yuan; 1,765 yuan and 50 fen to go. For October: 2,345 yuan paid by WeChat Pay on November 5."
    );
  });

  it("says a goal reached, nothing paid yet and what is still owed", () => {
    expect(speak("en", { ...month, earned: "3000", goal: goalProgress("3000", "3000") })).toContain("Your goal is 3,000 yuan, and you have reached it!");
    expect(speak("en", { ...month, goal: null, payouts: [], owed: "12.30" })).toBe(
      "So far in December you have earned 1,234 yuan and 50 fen. Nothing has been paid yet. 12 yuan and 30 fen is still owed to you."
    );
  });
});
