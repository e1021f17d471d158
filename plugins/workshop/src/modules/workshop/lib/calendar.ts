/**
 * Dates and months as the workshops live them: calendar dates in China (Asia/Shanghai), kept as
 * 'YYYY-MM-DD' text, and months as 'YYYY-MM'. Text dates compare correctly as strings.
 */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const MONTH = /^(\d{4})-(\d{2})$/

export const WORKSHOP_TIME_ZONE = "Asia/Shanghai"

export function isCalendarDate(value: string): boolean {
  const m = DATE.exec(value)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(y, mo - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
}

export function isMonth(value: string): boolean {
  const m = MONTH.exec(value)
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12
}

/** Today's date in China. */
export function todayInChina(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: WORKSHOP_TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now)
}

export function monthOf(date: string): string {
  return date.slice(0, 7)
}

export function currentMonth(now: Date = new Date()): string {
  return monthOf(todayInChina(now))
}

export function addMonths(month: string, count: number): string {
  const [y, m] = month.split("-").map(Number)
  const index = y * 12 + (m - 1) + count
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`
}

/** Months from `from` to `to`, both included. */
export function monthRange(from: string, to: string): string[] {
  const months: string[] = []
  for (let m = from; m <= to; m = addMonths(m, 1)) months.push(m)
  return months
}
