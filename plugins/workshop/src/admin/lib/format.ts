import { isCalendarDate } from "../../modules/workshop/lib/calendar"
import { normalizeMainlandMobile } from "../../providers/phone-auth/mainland-mobile"
import type { Lang } from "./i18n"

export { isCalendarDate, normalizeMainlandMobile }

/** The backend's rule for passwords (phone and e-mail logins). */
export const MIN_PASSWORD_LENGTH = 8

/** An amount of CNY in major units with at most 2 decimals, 0 or more (as the routes accept it). */
export const YUAN = /^\d+(\.\d{1,2})?$/

/** "1234.5" → 123450 fen, exactly (no float arithmetic). */
export function toFen(amount: string | number): number {
  const text = String(amount).trim()
  const m = /^(-)?(\d+)(?:\.(\d{1,2})\d*)?$/.exec(text)
  if (!m) return NaN
  const fen = Number(m[2]) * 100 + Number((m[3] ?? "").padEnd(2, "0"))
  return m[1] ? -fen : fen
}

/** "1234.5" → "¥1,234.50" (money arrives from the backend as decimal strings). */
export function formatYuan(amount: string | number | null | undefined): string {
  if (amount === null || amount === undefined || amount === "") return "—"
  const fen = toFen(amount)
  if (Number.isNaN(fen)) return String(amount)
  const negative = fen < 0
  const abs = Math.abs(fen)
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ",")
  return `${negative ? "-" : ""}¥${whole}.${String(abs % 100).padStart(2, "0")}`
}

/** An amount where nothing is shown as "—" rather than ¥0.00 (the parts of a month's earnings). */
export function formatYuanOrDash(amount: string): string {
  return amount === "0.00" ? "—" : formatYuan(amount)
}

/** Today's date in China (the workshops' calendar), YYYY-MM-DD. */
export function todayInChina(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(now)
}

export function currentMonthInChina(now: Date = new Date()): string {
  return todayInChina(now).slice(0, 7)
}

/** A timestamp as a date and time in China, in the admin's language. */
export function formatDateTime(value: string | null | undefined, lang: Lang): string {
  if (!value) return "—"
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return String(value)
  return new Intl.DateTimeFormat(lang === "zh-CN" ? "zh-CN" : "en-GB", {
    timeZone: "Asia/Shanghai",
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
