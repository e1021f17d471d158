/**
 * Notices: what a woman or a coordinator is told when something about her money happens (her
 * month closed, a payout sent or come back, a question asked or answered), in the app and, for
 * her, by text message. Pure, like the rest of the domain: which kinds there are, the key that
 * makes each notice once per event and channel, and the text message in her language (few words,
 * the amount as one big number). The app's own words are the storefront's messages.
 */
import { formatMoney, type Money } from "./money"
import type { PayoutMethod } from "./payouts"

export const NOTICE_KINDS = [
  "statement_ready",
  "payout_sent",
  "payout_failed",
  "question_opened",
  "question_answered",
  /** to a woman who applied to a mama-post opening (text only: she has no account yet) */
  "application_received",
  /** to the coordinators of the opening's workshop: someone applied */
  "application_new",
  /** to a woman hired from her application: welcome, and where her income pages are */
  "application_hired",
] as const
export type NoticeKind = (typeof NOTICE_KINDS)[number]

/** The channels of Medusa's Notification module we use: in the app, and text messages. */
export const NOTICE_CHANNELS = ["feed", "sms"] as const
export type NoticeChannel = (typeof NOTICE_CHANNELS)[number]

/** The languages a text message is written in; a woman with no language of her own gets zh-CN. */
export const NOTICE_LOCALES = ["zh-CN", "en"] as const
export type NoticeLocale = (typeof NOTICE_LOCALES)[number]
export const DEFAULT_NOTICE_LOCALE: NoticeLocale = "zh-CN"

/** What a notice says, beside its kind (kept in the notification's `data`). */
export type NoticeParams = {
  /** YYYY-MM: the month it is about */
  period?: string | null
  /** CNY, major units */
  amount?: Money | null
  method?: PayoutMethod | null
  /** the statement question it is about */
  question_id?: string | null
  /** for a coordinator: the woman who asked (or applied) */
  artisan_name?: string | null
  /** the opening applied to */
  opening_title?: string | null
  /** the application it is about */
  application_id?: string | null
  /** an applicant's private status link (text message only: never kept in the app's feed) */
  link?: string | null
}

/**
 * One notice per event, recipient and channel: `<event>:<id>:<recipient>:<channel>`, the
 * Notification module's idempotency key. Delivering the same event again creates nothing.
 */
export function noticeKey(event: string, id: string, recipientId: string, channel: NoticeChannel): string {
  return `${event}:${id}:${recipientId}:${channel}`
}

/** One notice as the artisans' and coordinators' routes answer it, newest first. */
export type Notice = NoticeParams & {
  id: string
  kind: NoticeKind
  /** ISO 8601 */
  created_at: string
  read: boolean
}

/** GET /artisan/notices, GET /coordinator/notices */
export type NoticeList = { notices: Notice[]; count: number; unread_count: number; limit: number; offset: number }

/** POST /artisan/notices/read, POST /coordinator/notices/read */
export type NoticesRead = { marked: number; unread_count: number }

const METHOD_WORDS: Record<NoticeLocale, Record<PayoutMethod, string>> = {
  "zh-CN": { wechat: "微信", alipay: "支付宝", bank: "银行卡", cash: "现金" },
  en: { wechat: "WeChat", alipay: "Alipay", bank: "bank", cash: "cash" },
}

const MONTH_NAMES_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

/** "2026-11" → "11月" / "Nov" (a text message is about a recent month: no year). */
function monthWord(period: string | null | undefined, locale: NoticeLocale): string {
  const month = Number(period?.slice(5, 7))
  if (!(month >= 1 && month <= 12)) return ""
  return locale === "en" ? MONTH_NAMES_EN[month - 1] : `${month}月`
}

/**
 * The text message for a notice to a woman, in her language: few words, the amount as one number
 * (¥1,234.50). A coordinator's notices are in the app only (no text).
 */
export function noticeSmsText(kind: NoticeKind, params: NoticeParams, locale: NoticeLocale = DEFAULT_NOTICE_LOCALE): string {
  const amount = params.amount != null ? formatMoney(params.amount, locale === "en" ? "en" : "zh-CN") : ""
  const month = monthWord(params.period, locale)
  const method = params.method ? METHOD_WORDS[locale][params.method] : ""
  if (locale === "en") {
    switch (kind) {
      case "statement_ready":
        return `${month} pay slip ready: ${amount}`
      case "payout_sent":
        return method ? `Paid ${amount} (${method})` : `Paid ${amount}`
      case "payout_failed":
        return `Payment of ${amount} failed. We will pay again`
      case "question_answered":
        return `Your question about ${month} was answered`
      case "question_opened":
        return `${params.artisan_name ?? "A woman"} asked about ${month}`
      case "application_received":
        return `Jinxiu: we received your application${params.opening_title ? ` (${params.opening_title})` : ""}. See its status: ${params.link ?? ""}`.trim()
      case "application_new":
        return `${params.artisan_name ?? "A woman"} applied${params.opening_title ? ` for ${params.opening_title}` : ""}`
      case "application_hired":
        return `Jinxiu: you're hired. Welcome! Log in with this phone and the password your coordinator gives you: ${params.link ?? ""}`.trim()
    }
  }
  switch (kind) {
    case "statement_ready":
      return `${month}工资单已出：${amount}`
    case "payout_sent":
      return method ? `已付款 ${amount}（${method}）` : `已付款 ${amount}`
    case "payout_failed":
      return `付款失败 ${amount}，我们会重新付款`
    case "question_answered":
      return `你问的${month}工资单有回复了`
    case "question_opened":
      return `${params.artisan_name ?? "绣娘"}问了${month}工资单`
    case "application_received":
      return `金绣：已收到你的妈妈岗申请${params.opening_title ? `（${params.opening_title}）` : ""}。查看进度：${params.link ?? ""}`.trim()
    case "application_new":
      return `${params.artisan_name ?? "有人"}申请了${params.opening_title ?? "妈妈岗"}`
    case "application_hired":
      return `金绣：你已被录用，欢迎加入！用这个手机号和协调员给你的密码登录：${params.link ?? ""}`.trim()
  }
}
