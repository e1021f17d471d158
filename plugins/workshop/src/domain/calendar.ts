/**
 * The workshops' calendar, the one place its rules live: days in China (Asia/Shanghai) written
 * YYYY-MM-DD and months YYYY-MM, as the backend keeps them. Text dates compare correctly as
 * strings. "Today" is always today in China, whatever the server's or the browser's time zone, and
 * takes the clock as a parameter so tests can set it.
 */
export const WORKSHOP_TIME_ZONE = "Asia/Shanghai"

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/

/** A real calendar day written YYYY-MM-DD (2026-02-30 is not). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== "string") return false
  const m = DATE.exec(value)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(y, mo - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
}

/** A month written YYYY-MM. */
export function isMonth(value: unknown): value is string {
  return typeof value === "string" && MONTH.test(value)
}

let chinaDateFormat: Intl.DateTimeFormat | undefined

/** The date in China at the instant `now`. */
export function todayInChina(now: Date = new Date()): string {
  chinaDateFormat ??= new Intl.DateTimeFormat("en-CA", {
    timeZone: WORKSHOP_TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  })
  return chinaDateFormat.format(now)
}

/** An instant (ISO string or Date) as a date in China: "2026-10-04T17:00:00Z" -> "2026-10-05". */
export function chinaDateOf(instant: string | Date): string {
  return todayInChina(typeof instant === "string" ? new Date(instant) : instant)
}

let chinaTimeFormat: Intl.DateTimeFormat | undefined

/**
 * An instant as date and time in China, to the minute, as people read it in a file or on a page:
 * "2026-11-05T02:00:00Z" -> "2026-11-05 10:00".
 */
export function chinaDateTimeOf(instant: string | Date): string {
  chinaTimeFormat ??= new Intl.DateTimeFormat("en-CA", {
    timeZone: WORKSHOP_TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  })
  const parts = Object.fromEntries(chinaTimeFormat.formatToParts(typeof instant === "string" ? new Date(instant) : instant).map((p) => [p.type, p.value]))
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`
}

/** The month of a date: "2026-10-05" -> "2026-10". */
export function monthOf(date: string): string {
  return date.slice(0, 7)
}

/** This month in China. */
export function currentMonth(now: Date = new Date()): string {
  return monthOf(todayInChina(now))
}

export function addMonths(month: string, count: number): string {
  const [y, m] = month.split("-").map(Number)
  const index = y * 12 + (m - 1) + count
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`
}

export function addDays(date: string, count: number): string {
  const [y, m, d] = date.split("-").map(Number)
  return new Date(Date.UTC(y, m - 1, d + count)).toISOString().slice(0, 10)
}

/** The months from `from` to `to`, both included (none when `from` is after `to`). */
export function monthRange(from: string, to: string): string[] {
  const months: string[] = []
  for (let m = from; m <= to; m = addMonths(m, 1)) months.push(m)
  return months
}

export function firstDayOfMonth(month: string): string {
  return `${month}-01`
}

export function lastDayOfMonth(month: string): string {
  return addDays(`${addMonths(month, 1)}-01`, -1)
}

/** A month's first and last day: `between first and last` selects it in a date column. */
export function monthBounds(month: string): { first: string; last: string } {
  return { first: firstDayOfMonth(month), last: lastDayOfMonth(month) }
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

/** Days left in `month` after `today` (0 on its last day; negative once it has ended). */
export function daysLeftInMonth(month: string, today: string): number {
  return daysBetween(today, lastDayOfMonth(month))
}

/** Whether `month` has ended by `today` (its last day is behind). */
export function monthHasEnded(month: string, today: string): boolean {
  return lastDayOfMonth(month) < today
}
