/**
 * Calendar dates as the workshops live them (Asia/Shanghai), as 'YYYY-MM-DD' text and months as
 * 'YYYY-MM' (text compares correctly). Pure; the same rules as the workshop module's calendar.
 */
export const CHINA_TIME_ZONE = "Asia/Shanghai"

/** Today's date in China. */
export function todayInChina(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: CHINA_TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now)
}

export function monthOf(date: string): string {
  return date.slice(0, 7)
}

export function dayOf(date: string): number {
  return Number(date.slice(8, 10))
}

export function addMonths(month: string, count: number): string {
  const [y, m] = month.split("-").map(Number)
  const index = y * 12 + (m - 1) + count
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`
}

const toUtc = (date: string) => {
  const [y, m, d] = date.split("-").map(Number)
  return new Date(Date.UTC(y, m - 1, d))
}
const fromUtc = (d: Date) => d.toISOString().slice(0, 10)

export function addDays(date: string, count: number): string {
  const d = toUtc(date)
  d.setUTCDate(d.getUTCDate() + count)
  return fromUtc(d)
}

/** 0 = Sunday … 6 = Saturday */
export function weekday(date: string): number {
  return toUtc(date).getUTCDay()
}

export function daysInMonth(month: string): number {
  const [y, m] = month.split("-").map(Number)
  return new Date(Date.UTC(y, m, 0)).getUTCDate()
}

export function dateIn(month: string, day: number): string {
  return `${month}-${String(day).padStart(2, "0")}`
}

/** Every date of a month, in order. */
export function datesOf(month: string): string[] {
  return Array.from({ length: daysInMonth(month) }, (_, i) => dateIn(month, i + 1))
}

/** Months from `from` to `to`, both included. */
export function monthRange(from: string, to: string): string[] {
  const months: string[] = []
  for (let m = from; m <= to; m = addMonths(m, 1)) months.push(m)
  return months
}
