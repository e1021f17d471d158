// Dates as the workshops live them: calendar days in China (Asia/Shanghai), months as YYYY-MM.

export function todayInChina(now = new Date()) {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(now)
}

export function addMonths(month, count) {
  const [y, m] = month.split("-").map(Number)
  const index = y * 12 + (m - 1) + count
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`
}

export function addDays(date, count) {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + count)
  return d.toISOString().slice(0, 10)
}

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
