import { currentMonth, todayInChina } from "../domain/calendar"

/**
 * The clock the workshop's routes and workflows read "now" from. In production it is the system
 * clock; tests set another one (`setWorkshopClock`) so that nothing they assert depends on the real
 * date in Shanghai. It lives on a process-wide symbol, so the test and the app share it even when
 * they load this file as two module instances.
 */
const CLOCK = Symbol.for("jinxiu.workshop.clock")

type ClockHolder = { [CLOCK]?: () => Date }

/** Now, by the workshop's clock. */
export function workshopNow(): Date {
  const override = (globalThis as ClockHolder)[CLOCK]
  return override ? override() : new Date()
}

/** Today in China, by the workshop's clock. */
export function workshopToday(): string {
  return todayInChina(workshopNow())
}

/** This month in China, by the workshop's clock. */
export function workshopMonth(): string {
  return currentMonth(workshopNow())
}

/** Tests only: fixes the clock at an instant (or a function of time); `null` restores the system clock. */
export function setWorkshopClock(now: Date | (() => Date) | null): void {
  const holder = globalThis as ClockHolder
  if (now === null) delete holder[CLOCK]
  else holder[CLOCK] = typeof now === "function" ? now : () => now
}
