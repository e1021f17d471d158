#!/usr/bin/env node
// The shop's public impact figures (GET /store/impact) at 100,000 orders, against what the landed
// route did on every request: read every order with its totals (query.graph over all orders,
// measured here through Medusa's own GET /admin/orders with the same fields, which runs the same
// read). Real backend, real migrations, a throwaway embedded PostgreSQL. Orders are made by
// converting one real draft order, then copying its rows with SQL; each order credits one maker
// through the ledger (the trigger keeps the aggregates, as in production). Prints a table and
// writes tests/bench/results/impact-<date>.json.
//
//   npm run bench:impact                       (~5 min on 2 cores)
//   node tests/bench/impact-bench.mjs --orders=10000 --no-build      (a quicker run)
//
// Options: --orders=N (100000, the largest step) --requests=N (50 per step) --no-build
import crypto from "node:crypto"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { createRequire } from "node:module"
import { EmbeddedPostgres, freePort } from "../../scripts/lib/embedded-postgres.mjs"
import {
  buildBackend, buildProblem, createAdminUser, migrate, ROOT, snapshotBuild, startBackend, stopBackend, stopBackendNow,
} from "./lib/backend.mjs"
import { createHttpClient, expectStatus } from "./lib/http-client.mjs"
import { numberArg } from "./lib/args.mjs"
import { formatTable, summarize } from "./lib/stats.mjs"

const require = createRequire(import.meta.url)
const { Client } = require("pg")

const ADMIN = { email: "impact-bench@jinxiu.test", password: "impact-bench-password" }
const arg = numberArg
const MAX_ORDERS = arg("orders", 100_000)
const REQUESTS = arg("requests", 50)
const STEPS = [1_000, 10_000, 100_000].filter((n) => n < MAX_ORDERS).concat([MAX_ORDERS])
// the landed route's read gets fewer tries once it takes seconds, and none past this budget
const OLD_BUDGET_MS = 180_000

const log = (...a) => console.log(`[impact-bench ${new Date().toISOString().slice(11, 19)}]`, ...a)

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "jinxiu-impact-bench-"))
  fs.chmodSync(tmp, 0o755)
  const logFile = path.join(tmp, "bench.log")
  let pg
  let backend
  let client
  const results = { date: new Date().toISOString(), orders_steps: STEPS, requests: REQUESTS, steps: [] }
  try {
    if (!process.argv.includes("--no-build")) {
      const problem = buildProblem()
      if (problem) {
        log(`building the backend (${problem})`)
        await buildBackend({ logFile })
      }
    }
    const { server } = await snapshotBuild(path.join(tmp, "app"), { log })
    pg = new EmbeddedPostgres({ dataDir: path.join(tmp, "pg"), port: await freePort(), password: crypto.randomBytes(12).toString("hex"), fast: true, log })
    await pg.start()
    await pg.createDatabase("jinxiu_impact")
    const databaseUrl = pg.databaseUrl("jinxiu_impact")
    const env = { DATABASE_URL: databaseUrl, JINXIU_DATA_DIR: path.join(tmp, "data") }
    log("migrating")
    await migrate({ server, env, logFile })
    await createAdminUser({ server, env, logFile, ...ADMIN })
    const port = await freePort()
    backend = await startBackend({ server, env, port, logFile })
    client = new Client({ connectionString: databaseUrl })
    await client.connect()

    const http = createHttpClient(`http://127.0.0.1:${port}`)
    const { token } = expectStatus(await http.request("POST", "/auth/user/emailpass", { body: ADMIN }), 200, "admin login")
    const admin = { token }
    const key = expectStatus(
      await http.request("POST", "/admin/api-keys", { ...admin, body: { title: "impact bench", type: "publishable" } }),
      200,
      "publishable key"
    ).api_key.token
    const store = { headers: { "x-publishable-api-key": key } }

    // One real order, the template every other order copies.
    const { region } = expectStatus(await http.request("POST", "/admin/regions", { ...admin, body: { name: "中国", currency_code: "cny" } }), 200, "region")
    const { draft_order: draft } = expectStatus(
      await http.request("POST", "/admin/draft-orders", {
        ...admin,
        body: { email: "buyer@jinxiu.test", region_id: region.id, items: [{ title: "金绣团扇", unit_price: 268, quantity: 1 }] },
      }),
      200,
      "draft order"
    )
    const { order: template } = expectStatus(await http.request("POST", `/admin/draft-orders/${draft.id}/convert-to-order`, admin), 200, "convert to order")
    const workshop = await seedMaker(client)

    let made = 1
    for (const target of STEPS) {
      log(`making orders ${made + 1}..${target}`)
      await copyOrders(client, template.id, made, target)
      await creditMakers(client, workshop, made, target)
      made = target
      await client.query("analyze")

      const fresh = summarize(await timed(REQUESTS, () => http.request("GET", "/store/impact", store)))
      const impact = (await http.request("GET", "/store/impact", store)).body.impact
      // the landed route read every order with its totals on every public request
      const oldTimes = []
      const started = Date.now()
      for (let i = 0; i < REQUESTS && Date.now() - started < OLD_BUDGET_MS; i++) {
        const res = await http.request("GET", `/admin/orders?fields=id,currency_code,status,item_subtotal,discount_total&limit=${target + 10}`, admin)
        expectStatus(res, 200, "all orders with totals")
        if (i === 0 && res.body.orders.length < target) throw new Error(`expected ${target} orders, read ${res.body.orders.length}`)
        oldTimes.push(res.ms)
        if (res.ms > 20_000 && oldTimes.length >= 2) break
      }
      const old = summarize(oldTimes)
      results.steps.push({ orders: target, impact_route: fresh, landed_route_read: old, sales_revenue: impact.sales_revenue, sale_shares_total: impact.sale_shares_total })
      log(`${target} orders: /store/impact p50 ${fresh.p50.toFixed(1)} ms p95 ${fresh.p95.toFixed(1)} ms; landed route's read p50 ${old.p50.toFixed(0)} ms (${old.n} tries)`)
    }
    await http.close()

    console.log("\nGET /store/impact, and the landed route's read of every order (ms, one connection)\n")
    console.log(
      formatTable([
        ["orders", "impact p50", "impact p95", "landed read p50", "landed read p95", "tries", "revenue (CNY)"],
        ...results.steps.map((s) => [
          String(s.orders),
          s.impact_route.p50.toFixed(1),
          s.impact_route.p95.toFixed(1),
          s.landed_route_read.p50.toFixed(0),
          s.landed_route_read.p95.toFixed(0),
          String(s.landed_route_read.n),
          s.sales_revenue,
        ]),
      ])
    )
    const dir = path.join(ROOT, "tests", "bench", "results")
    fs.mkdirSync(dir, { recursive: true })
    const file = path.join(dir, `impact-${results.date.slice(0, 19).replace(/[:T]/g, "-")}.json`)
    fs.writeFileSync(file, JSON.stringify(results, null, 2))
    console.log(`\nwritten to ${path.relative(ROOT, file)}`)
  } finally {
    await client?.end().catch(() => {})
    if (backend) await stopBackend(backend).catch(() => stopBackendNow(backend))
    await pg?.stop().catch(() => {})
    fs.rmSync(tmp, { recursive: true, force: true })
  }
}

async function timed(n, send) {
  const times = []
  for (let i = 0; i < 3; i++) await send()
  for (let i = 0; i < n; i++) {
    const res = await send()
    if (res.status !== 200) throw new Error(`answered ${res.status}: ${JSON.stringify(res.body).slice(0, 300)}`)
    times.push(res.ms)
  }
  return times
}

/** A workshop and one maker, straight into the workshop tables. */
async function seedMaker(client) {
  await client.query(`insert into workshop (id, handle, name_zh, name_en, city_zh, city_en) values ('ws_bench', 'bench', '基准工坊', 'Bench workshop', '肇庆', 'Zhaoqing')`)
  await client.query(
    `insert into artisan (id, workshop_id, display_name, legal_name, phone, joined_on) values ('art_bench', 'ws_bench', '基准绣娘', '基准', '+8615800000001', '2024-01-01')`
  )
  return { workshop_id: "ws_bench", artisan_id: "art_bench" }
}

/** Columns of a table, in order. */
async function columnsOf(client, table) {
  const { rows } = await client.query(
    `select column_name from information_schema.columns where table_schema = current_schema() and table_name = $1 order by ordinal_position`,
    [table]
  )
  return rows.map((r) => r.column_name)
}

/**
 * Orders `from + 1 .. to` as copies of the template order: the order, its line item, the order
 * item tying them, and its summary, each with new ids (display ids from the sequence).
 */
async function copyOrders(client, templateId, from, to) {
  const tables = { order: await columnsOf(client, "order"), order_line_item: await columnsOf(client, "order_line_item"), order_item: await columnsOf(client, "order_item"), order_summary: await columnsOf(client, "order_summary") }
  const { rows: [tpl] } = await client.query(
    `select oi.id as order_item_id, oi.item_id as line_item_id, os.id as summary_id
       from order_item oi join order_summary os on os.order_id = oi.order_id where oi.order_id = $1 limit 1`,
    [templateId]
  )
  const copy = async (table, where, replacements) => {
    const cols = tables[table].filter((c) => c !== "display_id")
    const select = cols.map((c) => replacements[c] ?? `t."${c}"`).join(", ")
    await client.query(
      `insert into "${table}" (${cols.map((c) => `"${c}"`).join(", ")})
       select ${select} from "${table}" t, generate_series(${from + 1}, ${to}) g where ${where}`
    )
  }
  await copy("order", `t.id = '${templateId}'`, { id: `'order_bench_' || g` })
  await copy("order_line_item", `t.id = '${tpl.line_item_id}'`, { id: `'ordli_bench_' || g` })
  await copy("order_item", `t.id = '${tpl.order_item_id}'`, { id: `'orditem_bench_' || g`, order_id: `'order_bench_' || g`, item_id: `'ordli_bench_' || g` })
  await copy("order_summary", `t.id = '${tpl.summary_id}'`, { id: `'ordsum_bench_' || g`, order_id: `'order_bench_' || g` })
}

/** Each copied order credits the maker 20 % of ¥268 (a sale share in the ledger) and counts its revenue once. */
async function creditMakers(client, maker, from, to) {
  await client.query(
    `insert into ledger_entry (id, artisan_id, workshop_id, period, kind, amount, raw_amount, currency_code, source_type, source_id, dedupe_key, created_by, metadata)
     select 'ledg_bench_' || g, $1, $2, to_char(date '2026-01-01' + (g % 330), 'YYYY-MM'), 'sale_share', 53.60,
            '{"value":"53.60","precision":20}'::jsonb, 'cny', 'order_line_item', 'ordli_bench_' || g,
            'sale_share:ordli_bench_' || g || ':' || $1, 'system',
            jsonb_build_object('order_id', 'order_bench_' || g, 'base_amount', '268.00', 'share_percent', '20', 'currency_code', 'cny', 'exchange_rate', '1')
       from generate_series(${from + 1}, ${to}) g`,
    [maker.artisan_id, maker.workshop_id]
  )
  await client.query(
    `with counted as (insert into order_revenue (order_id, revenue_cny) select 'order_bench_' || g, 268.00 from generate_series(${from + 1}, ${to}) g returning revenue_cny)
     insert into workshop_money_total (key, amount) select 'sales_revenue', sum(revenue_cny) from counted
     on conflict (key) do update set amount = workshop_money_total.amount + excluded.amount`
  )
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
