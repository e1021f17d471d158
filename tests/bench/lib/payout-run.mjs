// The payout run at city scale: every woman's payout details (SQL, a mix of methods like the
// demo's), then over HTTP the run's list for the closed month, each method's payout file, and the
// results files imported back (each with one failed transfer), then imported again (nothing may be
// paid twice). Numbers: p50/p95 per request, the total for all the women, and what the database
// holds afterwards.
import { createRequire } from "node:module"
import { performance } from "node:perf_hooks"
import { expectStatus } from "./http-client.mjs"
import { summarize } from "./stats.mjs"

const domain = createRequire(import.meta.url)("@jinxiu/workshop/domain")
const METHODS = ["wechat", "alipay", "bank", "cash"]

/** Payout details for every artisan who has none: 6 in 10 WeChat Pay, 2 Alipay, 1 bank, 1 cash. */
export async function seedPayoutDetails(client) {
  const { rowCount } = await client.query(
    `insert into artisan_payout_details (id, artisan_id, method, account_name, account, bank_name, updated_by)
     select 'apd_bench' || lpad(n::text, 20, '0'), id,
            (array['wechat','wechat','wechat','alipay','wechat','bank','wechat','alipay','wechat','cash'])[1 + n % 10],
            legal_name,
            case (array['wechat','wechat','wechat','alipay','wechat','bank','wechat','alipay','wechat','cash'])[1 + n % 10]
              when 'wechat' then 'wxid_' || substr(md5(id), 1, 12)
              when 'alipay' then right(phone, 11)
              when 'bank' then '6228 4800 ' || substr(md5(id), 1, 4) || ' ' || lpad((n % 10000)::text, 4, '0')
              else null end,
            case when n % 10 = 5 then '中国农业银行肇庆分行' else null end,
            'bench'
       from (select a.id, a.legal_name, a.phone, row_number() over (order by a.id) as n
               from artisan a
              where a.deleted_at is null
                and not exists (select 1 from artisan_payout_details d where d.artisan_id = a.id and d.deleted_at is null)) a`
  )
  return rowCount
}

/** The line keys of a payout file (its first column, quoted), in order. */
function lineKeysOf(csv) {
  return csv
    .replace(/^\uFEFF/, "")
    .split("\r\n")
    .slice(1)
    .filter(Boolean)
    .map((line) => line.slice(1, line.indexOf('"', 1)))
}

/** Results files for `keys`: all paid but the first (a failed transfer), cut to the import's caps. */
function resultsFiles(method, keys) {
  const files = []
  const header = "line_key,status,reference,reason"
  let lines = []
  let bytes = header.length + 2
  const flush = () => {
    if (lines.length) files.push([header, ...lines].join("\r\n") + "\r\n")
    lines = []
    bytes = header.length + 2
  }
  keys.forEach((key, i) => {
    const line = i === 0 ? `${key},failed,,收款账号有误` : `${key},paid,${method.toUpperCase()}-BENCH-${i},`
    // the body is JSON: leave room for the other fields and the escaping
    if (lines.length >= domain.MAX_PAYOUT_IMPORT_LINES || bytes + line.length + 2 > (domain.MAX_PAYOUT_IMPORT_BYTES ?? domain.MAX_BODY_BYTES) * 0.9) flush()
    lines.push(line)
    bytes += line.length + 2
  })
  flush()
  return files
}

async function timed(send) {
  const started = performance.now()
  const res = await send()
  return { res, ms: performance.now() - started }
}

/**
 * Runs the payout run's series for `month` (closed) as `adminToken`; `log` prints. Returns the
 * numbers for the results file.
 */
export async function benchPayoutRun({ client, http, adminToken, month, log, views = 10 }) {
  const t0 = performance.now()
  const details = await seedPayoutDetails(client)
  log(`Payout details for ${details.toLocaleString("en")} women (SQL) in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
  const results = { month, details_seeded: details }

  // the run's list, grouped by method
  const listSamples = []
  let run = null
  for (let i = 0; i < views + 2; i++) {
    const { res, ms } = await timed(() => http.request("GET", `/admin/payout-runs?period=${month}`, { token: adminToken }))
    run = expectStatus(res, 200, "GET /admin/payout-runs")
    if (i >= 2) listSamples.push(ms)
  }
  results.list = { ...summarize(listSamples), groups: run.groups.map((g) => ({ method: g.method, count: g.count, total: g.total })) }
  log(`  GET /admin/payout-runs?period=${month}: p50 ${results.list.p50} ms, p95 ${results.list.p95} ms (${run.groups.map((g) => `${g.method} ${g.count}`).join(", ")})`)

  // each method's payout file
  const files = {}
  const exportSamples = []
  for (const method of METHODS) {
    const { res, ms } = await timed(() => http.request("GET", `/admin/payout-runs/export?period=${month}&method=${method}`, { token: adminToken, headers: { accept: "text/csv" } }))
    expectStatus(res, 200, `export ${method}`)
    exportSamples.push(ms)
    files[method] = { csv: res.body, ms: Math.round(ms), bytes: res.bytes, keys: lineKeysOf(res.body) }
    log(`  export ${method}: ${files[method].keys.length.toLocaleString("en")} lines, ${(res.bytes / 1024).toFixed(0)} kB in ${Math.round(ms)} ms`)
  }
  results.export = { ...summarize(exportSamples), files: Object.fromEntries(METHODS.map((m) => [m, { lines: files[m].keys.length, bytes: files[m].bytes, ms: files[m].ms }])) }

  // the results imported back, then again
  const importOnce = async (label) => {
    const samples = []
    const counts = { recorded: 0, failed: 0, replayed: 0, refused: 0 }
    let lines = 0
    const started = performance.now()
    for (const method of METHODS) {
      if (!files[method].keys.length) continue
      for (const csv of resultsFiles(method, files[method].keys)) {
        const { res, ms } = await timed(() => http.request("POST", "/admin/payout-runs/import", { token: adminToken, body: { method, csv } }))
        const body = expectStatus(res, 200, `import ${method}`)
        samples.push(ms)
        for (const [k, v] of Object.entries(body.counts)) counts[k] += v
        lines += body.lines.length
      }
    }
    const total = performance.now() - started
    const summary = summarize(samples)
    log(`  import (${label}): ${samples.length} files, ${lines.toLocaleString("en")} lines in ${(total / 1000).toFixed(1)} s; a file p50 ${summary.p50} ms, p95 ${summary.p95} ms; ${JSON.stringify(counts)}`)
    return { ...summary, files: samples.length, lines, total_ms: Math.round(total), lines_per_second: Math.round(lines / (total / 1000)), counts }
  }
  results.import_first = await importOnce("first")
  const before = await payoutFacts(client, month)
  results.import_again = await importOnce("the same files again")
  const after = await payoutFacts(client, month)
  results.database = { after_first_import: before, after_second_import: after, nothing_written_twice: JSON.stringify(before) === JSON.stringify(after) }
  if (!results.database.nothing_written_twice) throw new Error(`Importing the same results again wrote payouts: ${JSON.stringify(before)} → ${JSON.stringify(after)}`)
  const [{ overpaid }] = (await client.query(
    `select count(*)::int as overpaid from statement s
      where s.period = $1 and s.deleted_at is null
        and (select coalesce(sum(p.amount), 0) from payout p where p.statement_id = s.id and p.kind = 'sent'
               and not exists (select 1 from payout f where f.fails_id = p.id)) > s.payable_total`,
    [month]
  )).rows
  results.database.overpaid_statements = overpaid
  if (overpaid) throw new Error(`${overpaid} statements were paid more than they made payable`)
  return results
}

async function payoutFacts(client, month) {
  const { rows } = await client.query(
    `select kind, count(*)::int as count, coalesce(sum(amount), 0)::numeric(14,2)::text as amount from payout where period = $1 group by kind order by kind`,
    [month]
  )
  return rows
}
