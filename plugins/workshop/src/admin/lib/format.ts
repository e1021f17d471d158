import { WORKSHOP_TIME_ZONE, compareMoney, formatMoney, isAmount, type MoneyValue } from "../../domain"
import { normalizeMainlandMobile } from "../../providers/phone-auth/mainland-mobile"
import type { Lang } from "./i18n"

export { normalizeMainlandMobile }

/** The admin writes money the way the programme's books do, "¥1,234.50", in either language. */
const MONEY_LOCALE = "zh-CN"

/** "1234.5" → "¥1,234.50" (money arrives from the backend as decimal strings); "—" when there is none. */
export function formatYuan(amount: MoneyValue | null | undefined): string {
  if (amount === null || amount === undefined || amount === "") return "—"
  return isAmount(amount) ? formatMoney(amount, MONEY_LOCALE) : String(amount)
}

/** An amount where nothing is shown as "—" rather than ¥0.00 (the parts of a month's earnings). */
export function formatYuanOrDash(amount: MoneyValue): string {
  return isAmount(amount) && compareMoney(amount, 0) === 0 ? "—" : formatYuan(amount)
}

/** A timestamp as a date and time in China, in the admin's language. */
export function formatDateTime(value: string | null | undefined, lang: Lang): string {
  if (!value) return "—"
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return String(value)
  return new Intl.DateTimeFormat(lang === "zh-CN" ? "zh-CN" : "en-GB", {
    timeZone: WORKSHOP_TIME_ZONE,
    dateStyle: "medium",
    timeStyle: "short",
  }).format(date)
}

/** "2026-05" → "2026年5月" / "May 2026". */
export function formatMonth(month: string, lang: Lang): string {
  const [y, m] = month.split("-").map(Number)
  if (!y || !m) return month
  if (lang === "zh-CN") return `${y}年${m}月`
  return new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, 1)))
}

/** A password to hand over: 12 characters without look-alikes (0/O, 1/l/I). */
export function generatePassword(length = 12): string {
  const alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789"
  const bytes = new Uint32Array(length)
  crypto.getRandomValues(bytes)
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join("")
}

/**
 * The form field a backend error is about. The routes name the field in their messages
 * ("phone: …", "Field 'phone' is required", "… for field 'rate_a' …", "Workshop with handle: x
 * already exists"); the first known field named wins.
 */
export function fieldOfError(message: string, fields: string[]): string | null {
  let best: { field: string; at: number } | null = null
  for (const field of fields) {
    const patterns = [new RegExp(`(^|[\\s:'"(])${field}(:|'|")`), new RegExp(`with ${field}:`)]
    for (const pattern of patterns) {
      const m = pattern.exec(message)
      if (m && (!best || m.index < best.at)) best = { field, at: m.index }
    }
  }
  return best?.field ?? null
}

/** What went wrong, as the backend or the browser said it. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** The backend's message without Medusa's "Invalid request: " prefix. */
export function cleanMessage(message: string): string {
  return message.replace(/^Invalid request:\s*/, "")
}
