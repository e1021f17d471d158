#!/usr/bin/env node
// The workshop domain at city scale (Zhaoqing's 12,245 women in mama posts): generates a year of
// piecework with SQL in a throwaway embedded PostgreSQL (real migrations, durable settings), starts
// the real backend, and measures over HTTP what coordinators and artisans do every day, plus the
// month-end close. Prints a table and writes everything to tests/bench/results/.
//
//   npm run bench      (at the root; ~6 min on 2 cores, ~5 GB of database + WAL in the temp folder)
//   node tests/bench/workshop-scale.mjs --artisans=1000 --months=3 --no-build     (a smoke run, ~1 min)
//
// Options: --artisans=N (12245) --per-workshop=N (50) --entries=N (30 a month) --months=N (12)
//          --batches=N (30) --artisan-views=N (200) --summaries=N (50) --budget-s=N (900: time cap of
//          one measured series; a series that hits it reports the requests it made) --no-build
//          --hold (keep PostgreSQL and the backend up after measuring, for psql, until Ctrl-C)
import { execFileSync } from "node:child_process"
import crypto from "node:crypto"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { performance } from "node:perf_hooks"
import { createRequire } from "node:module"
import { EmbeddedPostgres, freePort } from "../../scripts/lib/embedded-postgres.mjs"
import { addDays, addMonths, benchMonths, todayInChina } from "./lib/calendar.mjs"
import {
  buildBackend, buildProblem, createAdminUser, groupRssKb, migrate, ROOT, snapshotBuild, startBackend, stopBackend, stopBackendNow,
} from "./lib/backend.mjs"
import {
  createIndexes, dropBenchSchema, dropBulkIndexes, generateBase, generateMonth, registerArtisan, tableSizes,
} from "./lib/city.mjs"
import { closeStatement, readQueries } from "./lib/app-sql.mjs"
import { benchPayoutRun } from "./lib/payout-run.mjs"
import { createHttpClient, expectStatus } from "./lib/http-client.mjs"
import { enableStatementStats, readStatementStats, resetStatementStats } from "./lib/statements.mjs"
import { formatBytes, formatSeconds, formatTable, summarize } from "./lib/stats.mjs"

const require = createRequire(import.meta.url)
const { Client } = require("pg")

// Issue 13 tightened them (were 300 ms, 20 ms and 10 s).
const GOALS = { batch_p95_ms: 100, artisan_month_p95_ms: 10, close_ms: 1000 }
const ADMIN = { email: "bench@jinxiu.test", password: "bench-password" }
const COORDINATOR = { email: "bench-coordinator@jinxiu.test", name: "基准协调员", password: "bench-coordinator-pw" }
const ARTISAN = { display_name: "基准绣娘", legal_name: "基准 测试", phone: "15800000001", joined_on: "2023-06-01", password: "bench-artisan-pw" }
const WARM_UP = 5

function options(argv) {
  const get = (name, fallback) => {
    const arg = argv.find((a) => a.startsWith(`--${name}=`))
    return arg ? Number(arg.split("=")[1]) : fallback
  }
  const o = {
    artisans: get("artisans", 12245),
    perWorkshop: get("per-workshop", 50),
    entriesPerMonth: get("entries", 30),
    months: get("months", 12),
    batches: get("batches", 30),
    artisanViews: get("artisan-views", 200),
    summaries: get("summaries", 50),
    budgetMs: get("budget-s", 900) * 1000,
    build: !argv.includes("--no-build"),
    hold: argv.includes("--hold"),
  }
  if (o.months < 2) throw new Error("--months must be at least 2 (a closed month and the current one)")
  if (o.artisans <= o.perWorkshop) throw new Error("--artisans must be more than --per-workshop")
  return o
}

const log = (line) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`)
const seconds = (ms) => Math.round(ms) / 1000

/** The commit measured, and whether the backend or plugin had uncommitted changes. */
function codeVersion() {
  const git = (...args) => execFileSync("git", args, { cwd: ROOT, encoding: "utf8" }).trim()
  try {
    const changed = git("status", "--porcelain", "--", "plugins/workshop", "backend").split("\n").filter(Boolean)
    return { commit: git("rev-parse", "--short", "HEAD"), subject: git("log", "-1", "--format=%s"), uncommitted_backend_or_plugin_files: changed.length }
  } catch (e) {
    return { error: String(e.message || e) }
  }
}

/** A small seeded PRNG, so that every run records the same batches. */
function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** 500 lines over the coordinator's artisans and piece types, dated today or yesterday. */
function batchLines({ artisans, pieceTypes, dates, random, count = 500 }) {
  return Array.from({ length: count }, (_, i) => {
    const g = random()
    return {
      artisan_id: artisans[i % artisans.length],
      piece_type_id: pieceTypes[Math.floor(random() * pieceTypes.length)],
      quantity: 1 + Math.floor(random() * 20),
      grade: g < 0.9 ? "A" : g < 0.97 ? "B" : "R",
      work_date: dates[i % dates.length],
    }
  })
}

/**
 * Runs `count` timed requests after WARM_UP untimed ones (every answer must have the `expected`
 * status), stopping early when the series takes longer than `budgetMs`. The database's own time
 * for the timed requests comes from pg_stat_statements.
 */
async function measure({ label, count, expected, send, client, budgetMs }) {
  const samples = []
  let first = null
  let startedAt = 0
  for (let i = 0; i < WARM_UP + count; i++) {
    if (i === WARM_UP) {
      await resetStatementStats(client)
      startedAt = performance.now()
    }
    const res = await send(i)
    if (res.status !== expected) {
      throw new Error(`${label}: expected HTTP ${expected}, got ${res.status}: ${JSON.stringify(res.body).slice(0, 800)}`)
    }
    if (i === WARM_UP) first = res
    if (i >= WARM_UP) samples.push(res.ms)
    if (i >= WARM_UP && performance.now() - startedAt > budgetMs && samples.length < count) {
      log(`  ${label}: stopped after ${samples.length} of ${count} requests (time budget of ${budgetMs / 1000} s spent)`)
      break
    }
  }
  const database = await readStatementStats(client, { requests: samples.length })
  const summary = summarize(samples)
  log(`  ${label}: p50 ${summary.p50} ms, p95 ${summary.p95} ms, max ${summary.max} ms (n=${summary.n}); database ${database.db_ms_per_request} ms a request`)
  return { summary: { ...summary, planned: count, stopped_early: samples.length < count }, samples: samples.map((s) => Math.round(s * 10) / 10), first, database }
}

/** Waits until the notification table stops growing (checked every 2 s, at most 10 min); its rows by channel. */
async function noticesSettled(client, log) {
  const count = async () => (await client.query("select count(*)::int as n from notification")).rows[0].n
  let last = -1
  let steady = 0
  const started = performance.now()
  while (performance.now() - started < 600_000) {
    const n = await count()
    steady = n === last ? steady + 1 : 0
    last = n
    if (steady >= 2) break
    await new Promise((r) => setTimeout(r, 2000))
  }
  const { rows } = await client.query("select channel, status, count(*)::int as n from notification group by channel, status order by channel, status")
  log(`Notices of the closes sent: ${rows.map((r) => `${r.channel}/${r.status} ${r.n.toLocaleString("en")}`).join(", ")} (${formatSeconds(performance.now() - started)} after the last close)`)
  return { by_channel: rows }
}

async function settings(client) {
  const names = ["server_version", "shared_buffers", "effective_cache_size", "work_mem", "maintenance_work_mem",
    "max_wal_size", "fsync", "synchronous_commit", "full_page_writes", "random_page_cost", "jit", "max_parallel_workers_per_gather"]
  const { rows } = await client.query("select name, current_setting(name) as value from pg_settings where name = any($1)", [names])
  return Object.fromEntries(rows.map((r) => [r.name, r.value]))
}

/** A generated work entry and ledger entry beside ones the app wrote, to show they have the same shape. */
async function sampleRows(client, recordedId) {
  const one = async (sql, params) => (await client.query(sql, params)).rows[0] ?? null
  return {
    generated_work_entry: await one("select * from work_entry where id like 'wkent_B%' order by id limit 1"),
    recorded_work_entry: await one("select * from work_entry where id = $1", [recordedId]),
    generated_ledger_entry: await one("select * from ledger_entry where id like 'ledg_B%' order by id limit 1"),
    recorded_ledger_entry: await one("select * from ledger_entry where dedupe_key = $1", [`work_entry:${recordedId}`]),
  }
}

async function explain(client, label, statement, { rollback = false } = {}) {
  if (rollback) await client.query("begin")
  try {
    const { rows } = await client.query(`explain (analyze, buffers, verbose, settings) ${statement.sql}`, statement.params)
    const plan = rows.map((r) => r["QUERY PLAN"]).join("\n")
    const execution = /Execution Time: ([\d.]+) ms/.exec(plan)
    return { label, route: statement.route, sql: statement.sql, params: statement.params, plan, execution_ms: execution ? Number(execution[1]) : null }
  } finally {
    if (rollback) await client.query("rollback")
  }
}

async function main() {
  const opts = options(process.argv.slice(2))
  const started = performance.now()
  const stamp = new Date().toISOString().replace(/[:.]/g, "-").slice(0, 19)
  const resultsDir = path.join(ROOT, "tests", "bench", "results")
  fs.mkdirSync(resultsDir, { recursive: true })
  const logFile = path.join(resultsDir, `workshop-scale-${stamp}.log`)
  const today = todayInChina()
  const months = benchMonths(opts.months, today)
  const current = months[months.length - 1].month
  const previous = months[months.length - 2].month
  const workshops = Math.ceil(opts.artisans / opts.perWorkshop)
  const results = {
    benchmark: "workshop-scale",
    started_at: new Date().toISOString(),
    today_in_china: today,
    machine: {
      cpus: os.cpus().length,
      cpu_model: os.cpus()[0]?.model,
      total_memory_bytes: os.totalmem(),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      load_average_at_start: os.loadavg(),
    },
    code: codeVersion(),
    config: { ...opts, workshops, warm_up: WARM_UP, months: months.map((m) => m.month), goals: GOALS },
    phases_s: {},
  }

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "jinxiu-bench-"))
  fs.chmodSync(tmp, 0o755) // the embedded server runs as the OS user `postgres`, which must reach its data folder
  const dataDir = path.join(tmp, "data")
  fs.mkdirSync(dataDir)
  let pg = null
  let backend = null
  let client = null
  let http = null
  let cleaned = false
  const cleanup = async () => {
    if (cleaned) return
    cleaned = true
    http?.close()
    await client?.end().catch(() => {})
    await stopBackend(backend).catch(() => {})
    await pg?.stop().catch(() => {})
    for (const dir of new Set([tmp, pg?.dataDir].filter(Boolean))) fs.rmSync(dir, { recursive: true, force: true })
  }
  const onSignal = (signal) => {
    log(`${signal}: stopping the backend and PostgreSQL`)
    cleanup().finally(() => process.exit(130))
  }
  process.once("SIGINT", onSignal)
  process.once("SIGTERM", onSignal)
  process.once("exit", () => {
    stopBackendNow(backend)
    pg?.stopNow()
  })

  try {
    if (os.loadavg()[0] > 1) {
      log(`Warning: the load average is ${os.loadavg().map((l) => l.toFixed(2)).join(" ")} on ${os.cpus().length} CPUs: something else is running, and the numbers will show it`)
    }
    log(`Jinxiu workshop benchmark: ${opts.artisans} artisans in ${workshops} workshops, ${opts.entriesPerMonth} entries each a month, ${months[0].month}..${current}`)
    log(`log: ${path.relative(ROOT, logFile)}`)

    // 1. Build (only when the built backend is missing or older than the plugin's sources).
    let t = performance.now()
    const problem = opts.build ? buildProblem() : null
    if (problem) {
      log(`Building the backend (${problem})`)
      await buildBackend({ logFile })
    }
    const { server, pluginSrc } = await snapshotBuild(path.join(tmp, "app"), { log })
    results.phases_s.build = seconds(performance.now() - t)

    // 2. A throwaway PostgreSQL with durable settings, and the real migrations.
    t = performance.now()
    const pgPort = await freePort()
    pg = new EmbeddedPostgres({ dataDir: path.join(tmp, "pg"), port: pgPort, password: crypto.randomBytes(12).toString("hex"), fast: false, log })
    await pg.start()
    await pg.createDatabase("jinxiu_bench")
    const databaseUrl = pg.databaseUrl("jinxiu_bench")
    const env = { DATABASE_URL: databaseUrl, JINXIU_DATA_DIR: dataDir }
    log(`PostgreSQL on port ${pgPort} (data in ${pg.dataDir}); running migrations`)
    await migrate({ server, env, logFile })
    await createAdminUser({ server, env, logFile, ...ADMIN })
    results.phases_s.database_and_migrations = seconds(performance.now() - t)

    client = new Client({ connectionString: databaseUrl })
    await client.connect()
    results.postgres = { version: (await client.query("select version()")).rows[0].version, settings: await settings(client) }

    // 3. The city, with SQL only. The WAL budget is raised for the load only (it changes how often
    //    the server checkpoints, not what is durable) and set back before anything is measured.
    t = performance.now()
    await client.query("alter system set max_wal_size = '8GB'")
    await client.query("select pg_reload_conf()")
    await client.query("set work_mem = '256MB'")
    const droppedIndexes = await dropBulkIndexes(client)
    const base = await generateBase(client, { workshops, perWorkshop: opts.perWorkshop, generatedArtisans: opts.artisans - 1, months })
    log(`Generated ${workshops} workshops, coordinators, ${workshops * 5} piece types and rates, ${opts.artisans - 1} artisans (${formatSeconds(base.ms)})`)
    const perMonth = []
    for (const month of months) {
      const m = await generateMonth(client, month, { entriesPerMonth: opts.entriesPerMonth })
      perMonth.push({ month: month.month, days: month.days, ...m, s: seconds(m.ms) })
      log(`  ${month.month}: ${m.work_entries.toLocaleString("en")} work entries, ${m.ledger_entries.toLocaleString("en")} ledger entries, ${m.batches.toLocaleString("en")} batches in ${formatSeconds(m.ms)}`)
    }
    log(`Building ${droppedIndexes.length} indexes again`)
    await client.query("set maintenance_work_mem = '1GB'")
    const t1 = performance.now()
    const indexTimings = await createIndexes(client, droppedIndexes, log)
    const indexMs = performance.now() - t1
    await client.query("reset maintenance_work_mem")
    await client.query("reset work_mem")
    log("VACUUM ANALYZE and CHECKPOINT")
    const t2 = performance.now()
    await client.query("vacuum (analyze) work_entry, ledger_entry, work_batch")
    await client.query("analyze")
    await client.query("alter system reset max_wal_size")
    await client.query("select pg_reload_conf()")
    await client.query("checkpoint")
    const vacuumMs = performance.now() - t2
    const generationMs = performance.now() - t
    results.generation = {
      total_s: seconds(generationMs),
      base_s: seconds(base.ms),
      months: perMonth.map(({ ms, ...rest }) => rest),
      rows_s: seconds(perMonth.reduce((a, m) => a + m.ms, 0)),
      index_build_s: seconds(indexMs),
      indexes: indexTimings.map((i) => ({ name: i.name, s: seconds(i.ms) })),
      vacuum_analyze_checkpoint_s: seconds(vacuumMs),
      note: "secondary indexes of work_entry and ledger_entry dropped for the load and rebuilt with their exact definitions; max_wal_size raised to 8GB for the load only",
    }
    results.sizes_after_generation = await tableSizes(client)
    log(`City generated in ${formatSeconds(generationMs)}; database ${formatBytes(results.sizes_after_generation.database_bytes)}`)

    // pg_stat_statements tells where each series' database time goes; it needs a restart.
    t = performance.now()
    await client.query("alter system set shared_preload_libraries = 'pg_stat_statements'")
    await client.end()
    await pg.stop()
    await pg.start()
    client = new Client({ connectionString: databaseUrl })
    await client.connect()
    await enableStatementStats(client)
    results.phases_s.postgres_restart = seconds(performance.now() - t)

    // 4. The real backend, an admin, and a coordinator and an artisan made through the admin API.
    t = performance.now()
    const port = await freePort()
    backend = await startBackend({ server, env, port, logFile })
    results.phases_s.backend_start = seconds(performance.now() - t)
    log(`Backend on port ${port} (${formatSeconds(performance.now() - t)} to /health)`)
    http = createHttpClient(`http://127.0.0.1:${port}`)
    const adminToken = expectStatus(await http.request("POST", "/auth/user/emailpass", { body: ADMIN }), 200, "admin login").token

    const { rows: ws } = await client.query(
      `select (select id from bench.workshop where wn = 1) as first, (select id from bench.workshop where wn = $1) as last`,
      [workshops]
    )
    const coordinatorWorkshop = ws[0].first
    const created = await http.request("POST", "/admin/coordinators", {
      token: adminToken,
      body: { email: COORDINATOR.email, name: COORDINATOR.name, password: COORDINATOR.password, workshop_ids: [coordinatorWorkshop] },
    })
    if (created.status === 404) throw new Error("POST /admin/coordinators does not exist in this build: the admin API for logins isn't there yet")
    expectStatus(created, 200, "POST /admin/coordinators")
    // The last workshop has one generated artisan fewer: she is the 12,245th woman.
    const artisan = expectStatus(
      await http.request("POST", "/admin/artisans", {
        token: adminToken,
        body: { workshop_id: ws[0].last, display_name: ARTISAN.display_name, legal_name: ARTISAN.legal_name, phone: ARTISAN.phone, joined_on: ARTISAN.joined_on, password: ARTISAN.password },
      }),
      200,
      "POST /admin/artisans"
    ).artisan
    const coordinatorToken = expectStatus(
      await http.request("POST", "/auth/coordinator/emailpass", { body: { email: COORDINATOR.email, password: COORDINATOR.password } }),
      200,
      "coordinator login"
    ).token
    const artisanToken = expectStatus(
      await http.request("POST", "/auth/artisan/phone", { body: { phone: ARTISAN.phone, password: ARTISAN.password } }),
      200,
      "artisan login"
    ).token
    log(`Coordinator of ${coordinatorWorkshop} and artisan ${artisan.id} created through the admin API, both logged in`)

    t = performance.now()
    await registerArtisan(client, { artisanId: artisan.id, workshopId: ws[0].last })
    let herEntries = 0
    for (const month of months) {
      const m = await generateMonth(client, month, { entriesPerMonth: opts.entriesPerMonth, artisanIds: [artisan.id], codePrefix: "N" })
      herEntries += m.work_entries
    }
    log(`Her ${opts.months} months of history: ${herEntries} work entries (${formatSeconds(performance.now() - t)})`)
    const { rows: [{ count: artisanCount }] } = await client.query("select count(*)::int as count from artisan where deleted_at is null")
    results.city = { artisans: artisanCount, workshops, artisan_id: artisan.id, coordinator_workshop_id: coordinatorWorkshop }

    // 5. Month-end close through the real route: the older months first (so the data looks lived
    //    in, and the route is warm), then the headline: the previous month, for every artisan.
    log("Closing the past months through POST /admin/periods/:period/close")
    const closes = []
    let closeDatabase = null
    for (const { month } of months.slice(0, -1)) {
      await resetStatementStats(client)
      const res = await http.request("POST", `/admin/periods/${month}/close`, { token: adminToken })
      const body = expectStatus(res, 200, `close ${month}`)
      closeDatabase = await readStatementStats(client, { requests: 1, top: 5 })
      closes.push({ month, ms: Math.round(res.ms), status: body.status, statements: body.statements, db_ms: closeDatabase.db_ms_per_request })
      log(`  ${month}: ${body.status}, ${body.statements.toLocaleString("en")} statements in ${formatSeconds(res.ms)} (database ${formatSeconds(closeDatabase.db_ms_per_request)})`)
    }
    const headline = closes[closes.length - 1]
    results.close = {
      headline: { month: headline.month, ms: headline.ms, statements: headline.statements, artisans: artisanCount, database: closeDatabase },
      all_months: closes,
      older_months_ms: summarize(closes.slice(0, -1).map((c) => c.ms)),
    }

    // Each close tells every woman (a notice in the app and a text message): the backend sends
    // them after the close answers. Wait until they are all sent, so the reads below are measured
    // on a quiet backend, as on any day but a month's end, and say how long the telling took.
    t = performance.now()
    results.close.notices = await noticesSettled(client, log)
    results.close.notices.settle_ms = Math.round(performance.now() - t)

    // 6. Daily work over HTTP, one keep-alive connection, sequential requests.
    const { rows: team } = await client.query("select id from bench.artisan where wn = 1 order by n")
    const { rows: types } = await client.query("select id from bench.piece_type where wn = 1 order by p")
    const yesterday = addDays(today, -1)
    const dates = yesterday.slice(0, 7) === current ? [today, yesterday] : [today]
    const random = mulberry32(20261128)
    const runId = crypto.randomBytes(4).toString("hex")
    let bodyBytes = 0
    log(`Measuring (each after ${WARM_UP} warm-up requests): reads first, then the batches`)
    const series = { client, budgetMs: opts.budgetMs }
    const artisanMonth = await measure({
      ...series,
      label: `GET /artisan/earnings/${previous} x${opts.artisanViews}`,
      count: opts.artisanViews,
      expected: 200,
      send: () => http.request("GET", `/artisan/earnings/${previous}`, { token: artisanToken }),
    })
    const from = months[0].month
    const artisanYear = await measure({
      ...series,
      label: `GET /artisan/earnings?from=${from}&to=${current} x${opts.artisanViews}`,
      count: opts.artisanViews,
      expected: 200,
      send: () => http.request("GET", `/artisan/earnings?from=${from}&to=${current}`, { token: artisanToken }),
    })
    const summary = await measure({
      ...series,
      label: `GET /coordinator/summary?month=${current} x${opts.summaries}`,
      count: opts.summaries,
      expected: 200,
      send: () => http.request("GET", `/coordinator/summary?month=${current}`, { token: coordinatorToken }),
    })
    log("EXPLAIN (ANALYZE, BUFFERS) of the read queries")
    const queries = await readQueries(pluginSrc, { artisanId: artisan.id, month: previous, from, to: current, workshopIds: [coordinatorWorkshop], summaryMonth: current })
    const plans = []
    for (const [label, statement] of Object.entries(queries)) plans.push(await explain(client, label, statement))

    // Writes last: the batches add 17,500 lines to the coordinator's workshop this month, which
    // would make the summary above look at a month twelve times busier than a real one.
    const batch = await measure({
      ...series,
      label: `POST /coordinator/work-entries (500 lines) x${opts.batches}`,
      count: opts.batches,
      expected: 201,
      send: (i) => {
        const body = { lines: batchLines({ artisans: team.map((r) => r.id), pieceTypes: types.map((r) => r.id), dates, random }) }
        bodyBytes = JSON.stringify(body).length
        return http.request("POST", "/coordinator/work-entries", {
          token: coordinatorToken,
          body,
          headers: { "idempotency-key": `bench-${runId}-${i}` },
        })
      },
    })
    results.http = {
      batch_500_lines: { ...batch.summary, samples: batch.samples, database: batch.database, request_bytes: bodyBytes, work_dates: dates, entries_recorded: batch.first.body.entries.length },
      artisan_month: { ...artisanMonth.summary, samples: artisanMonth.samples, database: artisanMonth.database, month: previous, entries: artisanMonth.first.body.entries.length, response_bytes: artisanMonth.first.bytes, statement: !!artisanMonth.first.body.statement },
      artisan_12_months: { ...artisanYear.summary, samples: artisanYear.samples, database: artisanYear.database, from, to: current, months: artisanYear.first.body.months.length, response_bytes: artisanYear.first.bytes },
      coordinator_summary: { ...summary.summary, samples: summary.samples, database: summary.database, month: current, artisans: summary.first.body.artisans.length, response_bytes: summary.first.bytes },
    }
    results.backend_rss_bytes = groupRssKb(backend.pid) * 1024
    results.machine.load_average_after_measuring = os.loadavg()
    results.sample_rows = await sampleRows(client, batch.first.body.entries[0].id)

    // The payout run for the closed month: every woman's details, the run's list, each method's
    // payout file, the results imported back (one failed transfer a file) and imported again.
    log(`Payout run for ${previous}: list, export per method, import the results, import them again`)
    t = performance.now()
    results.payout_run = await benchPayoutRun({ client, http, adminToken, month: previous, log })
    results.phases_s.payout_run = seconds(performance.now() - t)

    // 7. Where the time goes: the module's own SQL, with real ids, EXPLAIN (ANALYZE, BUFFERS) (the
    //    reads were explained above, on the data they were measured on).
    log("EXPLAIN (ANALYZE, BUFFERS) of the close")
    // The close of the current (still open) month, rolled back: same volume as the headline close.
    plans.push(await explain(client, "close_month_statements (current month, rolled back)", await closeStatement(pluginSrc, current, addMonths(current, 1)), { rollback: true }))
    for (const p of plans) log(`  ${p.label}: ${p.execution_ms} ms in the database`)
    results.explain = plans.map(({ plan, ...rest }) => ({ ...rest, plan_file: `workshop-scale-${stamp}-plans.txt` }))
    const planText = plans.map((p) => `=== ${p.label} (${p.route})\n-- params: ${JSON.stringify(p.params)}\n${p.sql.trim()}\n\n${p.plan}\n`).join("\n")
    fs.writeFileSync(path.join(resultsDir, `workshop-scale-${stamp}-plans.txt`), planText)
    fs.writeFileSync(path.join(resultsDir, "workshop-scale-latest-plans.txt"), planText)

    await dropBenchSchema(client)
    results.sizes_at_end = await tableSizes(client)
    results.phases_s.total = seconds(performance.now() - started)
    results.goals = {
      batch_p95: { goal_ms: GOALS.batch_p95_ms, measured_ms: batch.summary.p95, met: batch.summary.p95 < GOALS.batch_p95_ms },
      artisan_month_p95: { goal_ms: GOALS.artisan_month_p95_ms, measured_ms: artisanMonth.summary.p95, met: artisanMonth.summary.p95 < GOALS.artisan_month_p95_ms },
      close: { goal_ms: GOALS.close_ms, measured_ms: headline.ms, met: headline.ms < GOALS.close_ms },
    }
    results.finished_at = new Date().toISOString()

    const file = path.join(resultsDir, `workshop-scale-${stamp}.json`)
    fs.writeFileSync(file, JSON.stringify(results, null, 2))
    fs.writeFileSync(path.join(resultsDir, "workshop-scale-latest.json"), JSON.stringify(results, null, 2))
    printReport(results, file)
    if (opts.hold) {
      log(`Holding: psql '${databaseUrl}' ; backend http://127.0.0.1:${port} (admin ${ADMIN.email} / ${ADMIN.password}). Ctrl-C (or SIGTERM to ${process.pid}) stops and cleans up.`)
      await new Promise(() => {})
    }
  } finally {
    await cleanup()
  }
}

function printReport(r, file) {
  const verdict = (g) => (g ? (g.met ? "met" : "MISSED") : "")
  const row = (what, s, goal, g) => [what, s.n, s.p50, s.p95, s.max, s.database?.db_ms_per_request, goal, verdict(g)]
  const h = r.http
  console.log(`\nJinxiu workshop domain at city scale: ${r.city.artisans.toLocaleString("en")} artisans, ${r.config.workshops} workshops, ${r.machine.cpus} CPUs, ${formatBytes(r.machine.total_memory_bytes)}, Node ${r.machine.node}, ${r.postgres.version.split(" on ")[0]}\n`)
  console.log(
    formatTable([
      ["HTTP, loopback, keep-alive, sequential (ms)", "n", "p50", "p95", "max", "db/req", "goal", ""],
      row(`POST /coordinator/work-entries, 500 lines`, h.batch_500_lines, `p95 < ${GOALS.batch_p95_ms}`, r.goals.batch_p95),
      row(`GET /artisan/earnings/${h.artisan_month.month} (${h.artisan_month.entries} entries)`, h.artisan_month, `p95 < ${GOALS.artisan_month_p95_ms}`, r.goals.artisan_month_p95),
      row(`GET /artisan/earnings, 12 months`, h.artisan_12_months, "", null),
      row(`GET /coordinator/summary, ${h.coordinator_summary.artisans} artisans`, h.coordinator_summary, "", null),
    ])
  )
  const c = r.close.headline
  console.log(`\nClose ${c.month} for ${c.artisans.toLocaleString("en")} artisans: ${formatSeconds(c.ms)} (${c.statements.toLocaleString("en")} statements frozen; goal < ${GOALS.close_ms / 1000} s: ${verdict(r.goals.close)}); older months p50 ${formatSeconds(r.close.older_months_ms.p50)}, max ${formatSeconds(r.close.older_months_ms.max)}`)
  if (r.close.notices) {
    console.log(`Notices of the ${r.close.all_months.length} closes: ${r.close.notices.by_channel.map((n) => `${n.channel}/${n.status} ${n.n.toLocaleString("en")}`).join(", ")}, all sent ${formatSeconds(r.close.notices.settle_ms)} after the last close`)
  }
  const pr = r.payout_run
  if (pr) {
    console.log(
      `\nPayout run ${pr.month}: list p50 ${pr.list.p50} ms, p95 ${pr.list.p95} ms (${pr.list.groups.map((g) => `${g.method} ${g.count}`).join(", ")}); ` +
        `export ${Object.entries(pr.export.files).map(([m, f]) => `${m} ${f.lines} lines ${f.ms} ms`).join(", ")}`
    )
    console.log(
      `Results import: ${pr.import_first.lines.toLocaleString("en")} lines in ${pr.import_first.files} files, ${formatSeconds(pr.import_first.total_ms)} ` +
        `(a file p50 ${pr.import_first.p50} ms, p95 ${pr.import_first.p95} ms; ${pr.import_first.lines_per_second} lines/s); ` +
        `again: ${formatSeconds(pr.import_again.total_ms)} (p50 ${pr.import_again.p50} ms, p95 ${pr.import_again.p95} ms), nothing paid twice: ${pr.database.nothing_written_twice}`
    )
  }
  const sizes = r.sizes_at_end.tables
  console.log(`\nData: ${sizes.work_entry.rows.toLocaleString("en")} work entries (${formatBytes(sizes.work_entry.total_bytes)}), ${sizes.ledger_entry.rows.toLocaleString("en")} ledger entries (${formatBytes(sizes.ledger_entry.total_bytes)}), ${sizes.statement.rows.toLocaleString("en")} statements (${formatBytes(sizes.statement.total_bytes)}); database ${formatBytes(r.sizes_at_end.database_bytes)}`)
  console.log(`Generation ${r.generation.total_s} s (rows ${r.generation.rows_s} s, indexes ${r.generation.index_build_s} s, vacuum/analyze/checkpoint ${r.generation.vacuum_analyze_checkpoint_s} s); whole run ${r.phases_s.total} s`)
  console.log(`Database time (EXPLAIN ANALYZE): ${r.explain.map((p) => `${p.label} ${p.execution_ms} ms`).join("; ")}`)
  console.log(`\nResults: ${path.relative(ROOT, file)} (and workshop-scale-latest.json, plans in workshop-scale-latest-plans.txt)`)
}

main().catch((e) => {
  console.error(`\nBenchmark failed: ${e.stack || e.message || e}`)
  process.exitCode = 1
})
