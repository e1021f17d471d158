import { chinaDateTimeOf } from "../../../../../domain/calendar"
import { mainlandNationalNumber } from "../../../../../providers/phone-auth/mainland-mobile"

const COLUMNS = [
  "period", "workshop_handle", "workshop_name", "artisan_id", "display_name", "legal_name", "phone",
  "piecework_total", "sale_share_total", "bonus_total", "deduction_total", "reversal_total", "net_total",
  "entry_count", "paid_at", "payment_reference",
] as const

/**
 * One CSV cell as our exports write it: always quoted, a spreadsheet formula neutralised. With
 * `phone`, a mainland mobile is written as its 11 digits: nothing a spreadsheet could run, and what
 * people dial and type (the formula guard would write '+86…). A time is written in China time to
 * the minute (2026-11-05 10:00), as the programme reads it, not in UTC. The payout files use it too.
 */
export function csvCell(value: unknown, options: { phone?: boolean } = {}): string {
  if (value === null || value === undefined) return ""
  const text = value instanceof Date ? chinaDateTimeOf(value) : String(value)
  const mobile = options.phone ? mainlandNationalNumber(text) : null
  const safe = mobile ? mobile : /^[=+\-@]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text
  return `"${safe.replace(/"/g, '""')}"`
}

/** A moment as read from the database: a Date, or its ISO text. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/

const cell = (value: unknown, column?: (typeof COLUMNS)[number]) =>
  csvCell(column?.endsWith("_at") && typeof value === "string" && ISO_INSTANT.test(value) ? new Date(value) : value, { phone: column === "phone" })

/** Statements as CSV (UTF-8 with BOM so spreadsheet programs read the Chinese names right). */
export function statementsCsv(rows: Record<string, unknown>[]): string {
  const lines = [COLUMNS.join(","), ...rows.map((r) => COLUMNS.map((c) => cell(r[c], c)).join(","))]
  return `\uFEFF${lines.join("\r\n")}\r\n`
}
