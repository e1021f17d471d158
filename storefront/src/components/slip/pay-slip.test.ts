import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { PaySlip } from "@jinxiu/workshop/domain/http";
import { catalogues } from "@/messages";
import type { Translate } from "@/lib/slip/slip-text";
import { correctionWordsOf } from "@/lib/desk/correction-text";
import { PaySlipDocument } from "./pay-slip";

const translator = (locale: "zh-CN" | "en"): Translate => {
  const t = createTranslator({ locale, messages: catalogues[locale] as never, namespace: "PaySlip" as never });
  return (key, values) => (t as unknown as Translate)(key, values);
};

const slip: PaySlip = {
  statement_id: "stmt_01SLIP",
  period: "2026-10",
  currency_code: "cny",
  artisan: { id: "artisan_1", display_name: "陈秀兰" },
  workshop: { id: "ws_1", handle: "zhaoqing", name_zh: "肇庆绣坊", name_en: "Zhaoqing workshop" },
  totals: { piecework_total: "1200.00", sale_share_total: "18.45", bonus_total: "50.00", deduction_total: "-5.00", reversal_total: "0.00", net_total: "1263.45", entry_count: 9 },
  carried_in: "-20.00",
  advance_recovered: "100.00",
  payable_total: "1143.45",
  carried_out: "0.00",
  paid: "1000.00",
  owed: "143.45",
  state: "partly_paid",
  sections: [
    { kind: "piecework", total: "1200.00", lines: [{ kind: "piecework", piece_type: { id: "p", code: "FAN", name_zh: "扇面", name_en: "Fan face" }, grade: "A", rate: "12.00", quantity: 100, entries: 5, amount: "1200.00" }] },
    { kind: "sale_share", total: "18.45", lines: [{ kind: "sale_share", product_title: "莲花书签", quantity: 2, order_display_id: 17, date: "2026-10-10", amount: "18.45" }] },
    { kind: "bonus", total: "50.00", lines: [{ kind: "bonus", reason: "全勤", date: "2026-10-31", amount: "50.00" }] },
    { kind: "deduction", total: "-5.00", lines: [{ kind: "deduction", reason: "线用多了", date: "2026-10-20", amount: "-5.00" }] },
  ],
  payouts: [
    { id: "pout_2", statement_id: "stmt_01SLIP", artisan_id: "artisan_1", workshop_id: "ws_1", period: "2026-10", method: "bank", amount: "1000.00", reference: "BANK-7", paid_on: "2026-11-08", created_at: "2026-11-08T02:00:00.000Z", status: "sent", failure: null },
    { id: "pout_1", statement_id: "stmt_01SLIP", artisan_id: "artisan_1", workshop_id: "ws_1", period: "2026-10", method: "wechat", amount: "1000.00", reference: null, paid_on: "2026-11-05", created_at: "2026-11-05T02:00:00.000Z", status: "failed", failure: { reason: "账号错误", failed_on: "2026-11-06" } },
  ],
  payout_details: { method: "bank", account_name: "陈*兰", account: "**** 1234", bank_name: "农业银行" },
};

const render = (locale: "zh-CN" | "en", layout: "a4" | "receipt" = "a4") => renderToStaticMarkup(createElement(PaySlipDocument, { slip, locale, layout, t: translator(locale) }));
/** The text a reader (or a PDF) gets: the markup without its tags and stylesheet. */
const textOf = (html: string) => html.replace(/<style>[\s\S]*?<\/style>/g, "").replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/\s+/g, " ");

describe("the pay slip", () => {
  it("writes her name, workshop, month and net as text, with each line and section", () => {
    const text = textOf(render("zh-CN"));
    expect(text).toContain("2026年10月工资条");
    expect(text).toContain("陈秀兰");
    expect(text).toContain("肇庆绣坊");
    expect(text).toMatch(/本月收入 ¥1,263\.45/);
    expect(text).toContain("扇面 A级 · 100 件 × ¥12.00 ¥1,200.00");
    expect(text).toContain("莲花书签 2 件 · 订单 #17 · 2026-10-10");
    expect(text).toContain("全勤");
    expect(text).toContain("-¥5.00");
  });

  it("shows the balance brought in, the advance taken back, what is payable, paid and owed, and the pay state", () => {
    const text = textOf(render("zh-CN"));
    expect(text).toMatch(/上月结转的欠款 -¥20\.00/);
    expect(text).toMatch(/扣回预支 -¥100\.00/);
    expect(text).toMatch(/本月应付 ¥1,143\.45/);
    expect(text).toMatch(/已付 ¥1,000\.00/);
    expect(text).toMatch(/还没付 ¥143\.45/);
    expect(text).toContain("部分已付");
  });

  it("lists each payout with method and day, one that came back marked with why and that she is paid again", () => {
    const html = render("zh-CN");
    const text = textOf(html);
    expect(text).toContain("已付 ¥1,000.00 · 银行转账 · 2026-11-08");
    expect(text).toContain("退回 ¥1,000.00 · 微信 · 2026-11-05");
    expect(text).toContain("2026-11-06 退回：账号错误。我们会重新支付。");
    expect(html).toMatch(/data-status="failed"/);
    expect(text).toContain("收款账户: 银行转账 · 陈*兰 · 农业银行 · **** 1234");
  });

  it("speaks English too, and prints on an 80 mm receipt when asked", () => {
    const text = textOf(render("en", "receipt"));
    expect(text).toContain("Pay slip, October 2026");
    expect(text).toContain("Came back on 2026-11-06: 账号错误. We'll pay again.");
    expect(render("en", "receipt")).toContain("size: 80mm 297mm");
    expect(render("zh-CN", "a4")).toContain("size: A4");
  });

  it("shows a month whose deductions went beyond its earnings: nothing payable, the balance carried on", () => {
    const negative: PaySlip = {
      ...slip,
      totals: { ...slip.totals, piecework_total: "20.00", sale_share_total: "0.00", bonus_total: "0.00", deduction_total: "-50.00", net_total: "-30.00" },
      sections: [],
      carried_in: "-20.00",
      advance_recovered: "0.00",
      payable_total: "0.00",
      carried_out: "-50.00",
      paid: "0.00",
      owed: "0.00",
      state: "paid",
      payouts: [],
    };
    const text = textOf(renderToStaticMarkup(createElement(PaySlipDocument, { slip: negative, locale: "zh-CN", layout: "a4", t: translator("zh-CN") })));
    expect(text).toMatch(/本月收入 -¥30\.00/);
    expect(text).toMatch(/上月结转的欠款 -¥20\.00/);
    expect(text).toMatch(/结转到下月的欠款 -¥50\.00/);
    expect(text).toMatch(/本月应付 ¥0\.00/);
    expect(text).not.toContain("扣回预支");
    expect(text).toContain("还没有付款。");
  });

  it("names what a correction takes back (date, piece type, quantity, amount) beside its reason, in both languages", () => {
    const corrected: PaySlip = {
      ...slip,
      sections: [
        ...slip.sections,
        {
          kind: "reversal",
          total: "-48.00",
          lines: [
            {
              kind: "reversal",
              reason: "多记了一件 / One piece too many",
              date: "2026-10-03",
              amount: "-48.00",
              corrects: {
                kind: "piecework",
                amount: "48.00",
                period: "2026-09",
                created_at: "2026-09-18T04:00:00.000Z",
                reason: null,
                work_entry: { id: "we_1", work_date: "2026-09-18", quantity: 1, grade: "A", rate: "48.00", piece_type: { id: "p", code: "FAN", name_zh: "折扇", name_en: "Folding fan" } },
              },
            },
          ],
        },
      ],
    };
    const words = (locale: "zh-CN" | "en") => {
      const t = createTranslator({ locale, messages: catalogues[locale] as never, namespace: "Corrections" as never });
      return correctionWordsOf((key, values) => (t as unknown as Translate)(key, values), locale);
    };
    const page = (locale: "zh-CN" | "en") =>
      textOf(renderToStaticMarkup(createElement(PaySlipDocument, { slip: corrected, locale, layout: "a4", t: translator(locale), describeCorrection: words(locale).corrects })));
    expect(page("zh-CN")).toContain("多记了一件 更正 9月18日 折扇 ×1，¥48.00 · 2026-10-03 -¥48.00");
    expect(page("en")).toContain("One piece too many Corrects Sep 18 Folding fan ×1, CN¥48.00 · 2026-10-03");
  });

  it("has no picture or canvas: everything prints as text", () => {
    expect(render("zh-CN")).not.toMatch(/<(img|canvas|svg)\b/);
  });
});
