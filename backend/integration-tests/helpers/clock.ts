import { setWorkshopClock } from "@jinxiu/workshop/clock"
import { addDays, addMonths, monthOf, todayInChina } from "@jinxiu/workshop/domain"

/**
 * The instant HTTP tests fix the workshop's clock at: 15 June 2026, noon in Shanghai. Far from a
 * month's or a year's end, so "this month" and "last month" mean the same on any real day.
 */
export const FIXED_NOW = new Date("2026-06-15T04:00:00Z")

/** Days and months in China as the routes see them at `now`. */
export type WorkshopCalendar = {
  now: Date
  /** YYYY-MM-DD in China */
  today: string
  /** YYYY-MM */
  thisMonth: string
  lastMonth: string
  /** the day `offset` days from today, YYYY-MM-DD */
  day: (offset: number) => string
  /** the month `offset` months from this one, YYYY-MM */
  month: (offset: number) => string
}

export function workshopCalendar(now: Date = FIXED_NOW): WorkshopCalendar {
  const today = todayInChina(now)
  const thisMonth = monthOf(today)
  return {
    now,
    today,
    thisMonth,
    lastMonth: addMonths(thisMonth, -1),
    day: (offset) => addDays(today, offset),
    month: (offset) => addMonths(thisMonth, offset),
  }
}

/**
 * Fixes the workshop's clock (the one the plugin's routes and workflows read "today" from) at
 * `now` before the file's tests and hooks run, and gives the system clock back after them. Call
 * it at the top level of a test file. The clock lives on a process-wide symbol, so the Medusa app
 * the test runner starts in this process reads the same one.
 */
export function useWorkshopClock(now: Date = FIXED_NOW): WorkshopCalendar {
  beforeAll(() => setWorkshopClock(now))
  afterAll(() => setWorkshopClock(null))
  return workshopCalendar(now)
}

export { setWorkshopClock }
