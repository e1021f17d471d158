import { describe, expect, it } from "vitest"
import { noticeKey, noticeSmsText } from "../notices"

describe("noticeSmsText", () => {
  it.each([
    ["statement_ready", { period: "2026-11", amount: "1234.5" }, "11月工资单已出：¥1,234.50"],
    ["payout_sent", { period: "2026-11", amount: "1234.50", method: "wechat" }, "已付款 ¥1,234.50（微信）"],
    ["payout_sent", { amount: "80", method: "alipay" }, "已付款 ¥80.00（支付宝）"],
    ["payout_sent", { amount: "80" }, "已付款 ¥80.00"],
    ["payout_failed", { amount: "1234.50", method: "bank" }, "付款失败 ¥1,234.50，我们会重新付款"],
    ["question_answered", { period: "2026-01" }, "你问的1月工资单有回复了"],
    ["question_opened", { period: "2026-01", artisan_name: "陈阿兰" }, "陈阿兰问了1月工资单"],
  ] as const)("%s in Chinese (her default): few words, one big number", (kind, params, text) => {
    expect(noticeSmsText(kind, params)).toBe(text)
  })

  it("in English", () => {
    expect(noticeSmsText("statement_ready", { period: "2026-11", amount: "1234.5" }, "en")).toBe("Nov pay slip ready: CN¥1,234.50")
    expect(noticeSmsText("payout_sent", { amount: "12", method: "cash" }, "en")).toBe("Paid CN¥12.00 (cash)")
    expect(noticeSmsText("payout_failed", { amount: "12" }, "en")).toBe("Payment of CN¥12.00 failed. We will pay again")
  })

  it("confirms an application in her language, with her status link", () => {
    const link = "https://shop.example/zh-CN/jobs/application/abc"
    expect(noticeSmsText("application_received", { opening_title: "在家绣扇面", link })).toBe(`金绣：已收到你的妈妈岗申请（在家绣扇面）。查看进度：${link}`)
    expect(noticeSmsText("application_received", { opening_title: "Fan embroidery at home", link }, "en")).toBe(
      `Jinxiu: we received your application (Fan embroidery at home). See its status: ${link}`
    )
    expect(noticeSmsText("application_new", { artisan_name: "黄小梅", opening_title: "在家绣扇面" })).toBe("黄小梅申请了在家绣扇面")
    expect(noticeSmsText("application_hired", { link: "https://shop.example/zh-CN/me" })).toBe(
      "金绣：你已被录用，欢迎加入！用这个手机号和协调员给你的密码登录：https://shop.example/zh-CN/me"
    )
  })

  it("writes a big amount exactly (no float on the way)", () => {
    expect(noticeSmsText("payout_sent", { amount: "9999999.99" })).toBe("已付款 ¥9,999,999.99")
  })
})

describe("noticeKey", () => {
  it("is one per event, recipient and channel", () => {
    expect(noticeKey("workshop.payout.recorded", "pout_1", "art_1", "sms")).toBe("workshop.payout.recorded:pout_1:art_1:sms")
    expect(noticeKey("workshop.period.closed", "2026-11", "art_1", "feed")).not.toBe(noticeKey("workshop.period.closed", "2026-11", "art_2", "feed"))
  })
})
