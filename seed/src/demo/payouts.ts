import { addMonths, fromFen, toFen, type PayoutDetails, type PayoutMethod } from "@jinxiu/workshop/domain"
import { DEMO_ARTISAN_PHONE, type ArtisanSeed } from "./people"

/**
 * How the demo pays its women: each one's payout details (most by WeChat Pay, some by Alipay, a
 * few by bank transfer, one or two in cash, as in the real programme), each closed month paid per
 * woman on the 5th of the next month with her own method; one transfer that came back and was paid
 * again; one advance, being recovered from the demo artisan's statements; one question left open
 * on the month awaiting close; and the notices those months sent, unread.
 */

const METHOD_BY_SLOT: PayoutMethod[] = ["wechat", "wechat", "wechat", "alipay", "wechat", "bank", "wechat", "alipay", "wechat", "cash"]

/** Her payout details, made up from her seat in the list (the digits of her phone stand in for an account). */
export function payoutDetailsFor(artisan: ArtisanSeed, index: number): PayoutDetails {
  const digits = artisan.phone.replace(/^\+86/, "")
  const method = artisan.phone === DEMO_ARTISAN_PHONE ? "wechat" : METHOD_BY_SLOT[index % METHOD_BY_SLOT.length]
  switch (method) {
    case "wechat":
      return { method, account_name: artisan.legal_name, account: `wxid_${digits.slice(-8)}${index}`, bank_name: null }
    case "alipay":
      return { method, account_name: artisan.legal_name, account: digits, bank_name: null }
    case "bank":
      return { method, account_name: artisan.legal_name, account: `6228 4800 ${digits.slice(3, 7)} ${digits.slice(-4)}`, bank_name: "中国农业银行肇庆分行" }
    case "cash":
      return { method, account_name: artisan.legal_name, account: null, bank_name: null }
  }
}

/** The day a closed month is paid: the 5th of the next month. */
export const payDayOf = (month: string) => `${addMonths(month, 1)}-05`

/**
 * When the programme closes a month: the 2nd of the next, at 10:00 China time (02:00 UTC), before
 * it pays it on the 5th; never later than `now` (the month just ended may be closed today).
 */
export function closeTimeOf(month: string, now: Date = new Date()): Date {
  const planned = new Date(`${addMonths(month, 1)}-02T02:00:00Z`)
  return planned < now ? planned : now
}

/** The transfer that came back (wrong account) in the latest paid month, and was paid again two days later. */
export const FAILED_PAYOUT = {
  phone: "+8613800000004",
  reason: "收款账号有误，已退回 / wrong account: the transfer came back",
  failedOn: (month: string) => `${addMonths(month, 1)}-06`,
  paidAgainOn: (month: string) => `${addMonths(month, 1)}-07`,
}

/**
 * The advance: paid to the demo artisan on the 1st of the last month closed before the demo's
 * "awaiting close" month (school fees at the start of term), a little more than she earned that
 * month, so that month's statement recovers what it can and the rest is still outstanding.
 */
export const DEMO_ADVANCE = {
  phone: DEMO_ARTISAN_PHONE,
  reason: "开学学费，提前预支 / school fees at the start of term, advanced",
  /** above what she earned in the month, rounded up to ¥100, so some is left to recover */
  amountFor: (earned: string) => fromFen((toFen(earned) / 10_000n + 4n) * 10_000n),
  paidOn: (month: string) => `${month}-01`,
}

export const referenceOf = (method: PayoutMethod, month: string, n: number) =>
  method === "cash" ? null : `${method.toUpperCase()}-${month.replace("-", "")}-${String(n).padStart(3, "0")}`

/** The open question on the month awaiting close: a woman asks about the grade of one of her lines. */
export const OPEN_QUESTION = {
  phone: "+8613800000002",
  reason: "grade_wrong" as const,
  note: "这片绣得很平整，应该是 A 级吧？",
}
