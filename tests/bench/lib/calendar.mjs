// Dates as the workshops live them: calendar days in China (Asia/Shanghai), months as YYYY-MM,
// from the domain's calendar (the built plugin).
import { createRequire } from "node:module"

const domain = createRequire(import.meta.url)("@jinxiu/workshop/domain")
export const { todayInChina, addMonths, addDays } = domain

export function daysInMonth(month) {
  const [y, m] = month.split("-").map(Number)
  return new Date(Date.UTC(y, m, 0)).getUTCDate()
}

/**
 * The `count` months ending with the current one, oldest first, each with its first day and the
 * number of days that have work (the whole month, or up to today for the current month).
 */
export function benchMonths(count, today = todayInChina()) {
  const current = today.slice(0, 7)
  return Array.from({ length: count }, (_, i) => {
    const month = addMonths(current, i - count + 1)
    const days = month === current ? Number(today.slice(8, 10)) : daysInMonth(month)
    return { month, start: `${month}-01`, days, code: month.slice(2, 4) + month.slice(5, 7) }
  })
}
