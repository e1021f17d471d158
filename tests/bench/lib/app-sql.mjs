// The exact SQL the workshop module runs for its reads (and for the close), taken from the built
// plugin by calling its functions with a recording stand-in for the entity manager, so that the
// EXPLAIN plans always match the code that was measured.
import { createRequire } from "node:module"
import path from "node:path"

const require = createRequire(import.meta.url)
const moduleDir = (pluginSrc) => path.join(pluginSrc, "modules", "workshop")

/** knex-style `?` placeholders to PostgreSQL's `$1…$n` (outside quoted strings). */
export function toNumberedPlaceholders(sql) {
  let out = ""
  let n = 0
  let quoted = false
  for (const ch of sql) {
    if (ch === "'") quoted = !quoted
    out += ch === "?" && !quoted ? `$${++n}` : ch
  }
  return out
}

function recordingManager(answer = () => []) {
  const statements = []
  return {
    statements,
    async execute(sql, params = []) {
      statements.push({ sql: toNumberedPlaceholders(sql), params })
      return answer(sql)
    },
  }
}

async function capture(fn, answer) {
  const manager = recordingManager(answer)
  await fn(manager)
  return manager.statements
}

/** The statements behind GET /artisan/earnings/:period, /artisan/earnings and /coordinator/summary. */
export async function readQueries(pluginSrc, { artisanId, month, from, to, workshopIds, summaryMonth }) {
  const earnings = require(path.join(moduleDir(pluginSrc), "reports", "artisan-earnings.js"))
  const summary = require(path.join(moduleDir(pluginSrc), "reports", "month-summary.js"))
  const [lines] = await capture((m) => earnings.artisanMonthLines(m, artisanId, month))
  const [monthTotals] = await capture((m) => earnings.artisanMonthlyTotals(m, artisanId, month, month))
  const [yearTotals] = await capture((m) => earnings.artisanMonthlyTotals(m, artisanId, from, to))
  const [coordinator] = await capture((m) => summary.workshopMonthSummary(m, workshopIds, summaryMonth))
  return {
    artisan_month_lines: { route: `GET /artisan/earnings/${month}`, ...lines },
    artisan_month_totals: { route: `GET /artisan/earnings/${month}`, ...monthTotals },
    artisan_12_month_totals: { route: `GET /artisan/earnings?from=${from}&to=${to}`, ...yearTotals },
    coordinator_month_summary: { route: `GET /coordinator/summary?month=${summaryMonth}`, ...coordinator },
  }
}

/** The statement that freezes a month's statements (closePeriod), for an open month. */
export async function closeStatement(pluginSrc, month, nextMonth) {
  const close = require(path.join(moduleDir(pluginSrc), "repositories", "period", "close-period.js"))
  const statements = await capture(
    (m) => close.closePeriod(m, { month, actor_id: "bench", current_month: nextMonth }),
    (sql) => (/for update/i.test(sql) ? [{ id: "per_bench", month, status: "open" }] : [])
  )
  const statement = statements.find((s) => /with totals as/i.test(s.sql))
  if (!statement) throw new Error("closePeriod's statement was not found")
  return { route: "POST /admin/periods/:period/close", ...statement }
}
