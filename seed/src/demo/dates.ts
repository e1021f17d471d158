import { lastDayOfMonth } from "@jinxiu/workshop/domain"

/**
 * What the demo's generator needs of a date beyond the workshops' calendar (today in China,
 * months, adding days: `@jinxiu/workshop/domain`): its day of the month, its weekday, and the
 * days of a month one by one. Dates are 'YYYY-MM-DD' text, months 'YYYY-MM'.
 */

export function dayOf(date: string): number {
  return Number(date.slice(8, 10))
}

/** 0 = Sunday … 6 = Saturday */
export function weekday(date: string): number {
  const [y, m, d] = date.split("-").map(Number)
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay()
}

export function daysInMonth(month: string): number {
  return dayOf(lastDayOfMonth(month))
}

export function dateIn(month: string, day: number): string {
  return `${month}-${String(day).padStart(2, "0")}`
}

/** Every date of a month, in order. */
export function datesOf(month: string): string[] {
  return Array.from({ length: daysInMonth(month) }, (_, i) => dateIn(month, i + 1))
}
