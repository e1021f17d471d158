#!/usr/bin/env node
// Load with faults: a bounded, local-only run against a throw-away backend.
//
//   node tests/reliability/load-with-faults.mjs --seconds 60 [--coordinators 20] [--shoppers 3] [--out file.json]
//
// For --seconds of backend up-time (the time the backend is down is added on):
// - 20 coordinators (4 workshops of 10 artisans, 2 piece types each) send batches of 10-80 lines
//   (POST /coordinator/work-entries), each with its own Idempotency-Key, retried with the same key
//   and body after a network error or a 5xx until a definite answer; a third of the batches also
//   have lines in the previous month; one in ten is sent again after its 201 (as if the answer had
//   been lost), which must be a replay of the same bytes; now and then a coordinator reverses one
//   of her entries;
// - the admin posts bonuses and deductions (with Idempotency-Keys, retried the same way), into the
//   previous month or this one;
// - shoppers check out through the store API (manual payment) and the admin cancels some orders
//   and captures and refunds half of others (Medusa's own routes, whose events reverse the
//   makers' sale shares);
// - at 35 % of the run the previous month is closed (POST /admin/periods/:month/close);
// - at 50 % the backend is killed with -9 (the moment a batch's work or ledger entries are being
//   inserted, seen in pg_stat_activity) and started again.
// Afterwards everything is counted in PostgreSQL: batches acknowledged and not, entries lost
// (acknowledged but missing) or doubled, work entries without or with more than one ledger
// entry, reversals and adjustments counted once, sale shares never reversed beyond what was
// credited, and every frozen statement of the closed month against the sums of its ledger.
// Exits 1 when anything is lost or doubled, a statement differs from its ledger, or a workshop
// route answered 5xx (a killed backend breaks connections; it never answers 5xx).
//
// Numbers go to tests/reliability/results/load-with-faults-<time>.json (and --out).
// LOAD_WITH_FAULTS_DEBUG=1 logs the time of each counting query.
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import {
  call,
  checkOut,
  connectDb,
  createCoordinator,
  createProductWithMakers,
  createWorkshopWithPeople,
  daysOf,
  expectOk,
  newIdempotencyKey,
  previousMonth,
  PROBE_APP,
  setUpShop,
  startStack,
  todayInChina,
  workLines,
} from "./support/backend.mjs"

const HERE = path.dirname(fileURLToPath(import.meta.url))

function parseArgs(argv) {
  const options = { seconds: 60, coordinators: 20, shoppers: 3, out: null }
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=")
    const value = () => inline ?? argv[++i]
    if (flag === "--seconds") options.seconds = Number(value())
    else if (flag === "--coordinators") options.coordinators = Number(value())
    else if (flag === "--shoppers") options.shoppers = Number(value())
    else if (flag === "--out") options.out = value()
    else if (flag === "--help" || flag === "-h") {
      console.log("node tests/reliability/load-with-faults.mjs --seconds 60 [--coordinators 20] [--shoppers 3] [--out file.json]")
      process.exit(0)
    } else throw new Error(`Unknown option ${argv[i]}`)
  }
  for (const key of ["seconds", "coordinators", "shoppers"]) {
    if (!Number.isFinite(options[key]) || options[key] < (key === "shoppers" ? 0 : 1)) throw new Error(`--${key} must be a positive number`)
  }
  if (options.seconds > 3600) throw new Error("--seconds is at most 3600 (this is a bounded local run)")
  return options
}

const options = parseArgs(process.argv.slice(2))
const t0 = Date.now()
const clock = () => ((Date.now() - t0) / 1000).toFixed(1).padStart(6)
const log = (line) => console.log(`[load-with-faults ${clock()}s] ${line}`)
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
const rand = (min, max) => min + Math.floor(Math.random() * (max - min + 1))

const WORKSHOPS = 4
const ARTISANS_PER_WORKSHOP = 10
const PIECE_TYPES_PER_WORKSHOP = 2
/** A batch is retried until this long after the end of the load; then it is "unacknowledged". */
const GRACE_MS = 90_000

let stack = null
let stopping = false
async function shutdown(code) {
  if (stopping) return
  stopping = true
  if (stack) await stack.stop().catch((e) => console.error(`stopping the stack failed: ${e.message}`))
  process.exit(code)
}
process.on("SIGINT", () => shutdown(130))
process.on("SIGTERM", () => shutdown(143))

main().then(
  (code) => shutdown(code),
  (e) => {
    console.error(`load-with-faults failed: ${e.stack || e.message}`)
    return shutdown(2)
  }
)

async function main() {
  log(`starting a throw-away stack (${options.seconds} s of load, ${options.coordinators} coordinators, ${options.shoppers} shoppers)`)
  stack = await startStack({ name: "load-with-faults", log: (l) => log(l) })
  const admin = stack.adminToken
  const url = stack.url

  // ---- the people, the shop -------------------------------------------------------------------
  const today = todayInChina()
  const thisMonth = today.slice(0, 7)
  const lastMonth = previousMonth(thisMonth)
  const daysThisMonth = daysOf(thisMonth, today)
  const daysLastMonth = daysOf(lastMonth)
  log(`setting up ${WORKSHOPS} workshops, ${WORKSHOPS * ARTISANS_PER_WORKSHOP} artisans, ${options.coordinators} coordinators, the shop`)
  const workshops = []
  for (let i = 0; i < WORKSHOPS; i++) {
    workshops.push(await createWorkshopWithPeople(url, admin, { artisans: ARTISANS_PER_WORKSHOP, pieceTypes: PIECE_TYPES_PER_WORKSHOP }))
  }
  const coordinators = []
  for (let i = 0; i < options.coordinators; i++) {
    const people = workshops[i % WORKSHOPS]
    coordinators.push({ ...(await createCoordinator(url, admin, { workshopIds: [people.workshop.id] })), people, n: i })
  }
  const shop = await setUpShop(url, admin)
  const products = []
  for (let i = 0; i < 2; i++) {
    const makers = workshops[i].artisans.slice(0, 3).map((a, j) => ({ id: a.id, weight: j + 1 }))
    products.push(await createProductWithMakers(url, admin, shop, { title: `广府金绣团扇 ${i + 1}`, unitPrice: 88 + i * 40, sharePercent: 20, makers }))
  }
  const { user: adminUser } = await expectOk(url, "GET", "/admin/users/me", { token: admin })
  const allArtisans = workshops.flatMap((w) => w.artisans)

  // ---- the load ---------------------------------------------------------------------------------
  const run = {
    startedAt: 0,
    end: 0,
    closeAt: null,
    closedAt: null,
    close: null,
    killAt: null,
    restartedAt: null,
    downtimeMs: 0,
    done: false,
  }
  /** every batch composed: key, coordinator, lines, and how it ended */
  const batches = []
  const reversals = [] // { entryId, outcome }
  const adjustments = [] // { key, period, outcome }
  const orders = { attempted: 0, placed: [], failed: 0, canceled: 0, refunded: 0, actionFailed: 0, errors: [] }
  const failures = [] // { at, what, detail } for every 5xx and network error the clients saw

  const noteFailure = (what, detail) => failures.push({ at: Date.now(), what, detail: String(detail).slice(0, 300) })
  const backendDown = () => run.killAt !== null && run.restartedAt === null
  // The time the backend is down doesn't count: the load goes on until it is back, and longer.
  const loading = () => backendDown() || Date.now() < run.end
  const hardDeadline = () => (backendDown() ? Infinity : run.end + GRACE_MS)

  /** Sends until a definite answer (2xx or 4xx); network errors and 5xx are retried with the same key and body. */
  async function untilDefinite(what, send) {
    for (let attempt = 1; ; attempt++) {
      if (Date.now() > hardDeadline()) return { definite: false, attempts: attempt - 1 }
      try {
        const res = await send()
        if (res.status < 500) return { definite: true, res, attempts: attempt }
        noteFailure(`${what}: ${res.status}`, res.text)
      } catch (e) {
        noteFailure(`${what}: network`, e.cause?.code ?? e.cause?.message ?? e.message)
      }
      await sleep(Math.min(2000, 100 * 2 ** Math.min(attempt, 5)) + rand(0, 200))
    }
  }

  async function coordinatorLoop(c) {
    while (loading()) {
      const withLastMonth = Math.random() < 1 / 3
      const count = rand(10, 80)
      const lastMonthLines = withLastMonth ? rand(1, count) : 0
      const lines = [
        ...workLines({ artisans: c.people.artisans, pieceTypes: c.people.pieceTypes, dates: daysLastMonth, count: lastMonthLines }),
        ...workLines({ artisans: c.people.artisans, pieceTypes: c.people.pieceTypes, dates: daysThisMonth, count: count - lastMonthLines }),
      ]
      const batch = { key: newIdempotencyKey(`load-c${c.n}`), coordinator: c.id, lines: lines.length, withLastMonth, sentAt: Date.now() }
      batches.push(batch)
      const result = await untilDefinite("batch", () =>
        call(url, "POST", "/coordinator/work-entries", { token: c.token, body: { lines }, headers: { "idempotency-key": batch.key }, timeoutMs: 60_000 })
      )
      batch.attempts = result.attempts
      batch.answeredAt = Date.now()
      if (!result.definite) {
        batch.outcome = "unacknowledged"
      } else if (result.res.status === 201) {
        batch.outcome = "acknowledged"
        batch.replayed = result.res.headers.get("idempotent-replayed") === "true"
        const body = JSON.parse(result.res.text)
        batch.batchId = body.batch_id
        batch.entryIds = body.entries.map((e) => e.id)
        if (Math.random() < 0.1) {
          // As if the answer had been lost on the way: the same batch again, same key. It must be
          // a replay of the same bytes, never a second recording.
          const again = await untilDefinite("batch resent", () =>
            call(url, "POST", "/coordinator/work-entries", { token: c.token, body: { lines }, headers: { "idempotency-key": batch.key }, timeoutMs: 60_000 })
          )
          batch.resent = !again.definite
            ? "unanswered"
            : again.res.status === 201 && again.res.headers.get("idempotent-replayed") === "true" && again.res.text === result.res.text
              ? "same answer"
              : `${again.res.status} replayed=${again.res.headers.get("idempotent-replayed")} same bytes=${again.res.text === result.res.text}`
        }
        if (Math.random() < 0.15 && loading()) {
          const entryId = batch.entryIds[rand(0, batch.entryIds.length - 1)]
          const reversal = { entryId, coordinator: c.id }
          reversals.push(reversal)
          const r = await untilDefinite("reversal", () =>
            call(url, "POST", `/coordinator/work-entries/${entryId}/reverse`, { token: c.token, body: { reason: "recorded twice" } })
          )
          reversal.outcome = !r.definite ? "unanswered" : r.res.status === 200 ? "reversed" : r.res.status === 409 ? (r.attempts > 1 ? "reversed" : "conflict") : `refused ${r.res.status}`
        }
      } else {
        batch.outcome = "refused"
        batch.status = result.res.status
        batch.code = result.res.body?.errors?.[0]?.code ?? result.res.body?.type
      }
      await sleep(rand(250, 1500))
    }
  }

  async function adminLoop() {
    while (loading()) {
      await sleep(rand(400, 1200))
      if (!loading()) break
      const adjustment = {
        key: newIdempotencyKey("load-adj"),
        period: Math.random() < 0.5 ? lastMonth : thisMonth,
        kind: Math.random() < 0.6 ? "bonus" : "deduction",
        artisan: allArtisans[rand(0, allArtisans.length - 1)].id,
        amount: `${rand(1, 80)}.${String(rand(0, 99)).padStart(2, "0")}`,
      }
      adjustments.push(adjustment)
      const body = { artisan_id: adjustment.artisan, kind: adjustment.kind, amount: adjustment.amount, reason: "load test", period: adjustment.period }
      const r = await untilDefinite("adjustment", () =>
        call(url, "POST", "/admin/adjustments", { token: admin, body, headers: { "idempotency-key": adjustment.key } })
      )
      adjustment.outcome = !r.definite ? "unacknowledged" : r.res.status < 300 ? "acknowledged" : "refused"
      adjustment.status = r.res?.status
    }
  }

  async function shopperLoop() {
    while (loading()) {
      if (backendDown()) {
        await sleep(250)
        continue
      }
      orders.attempted += 1
      const product = products[rand(0, products.length - 1)]
      let orderId
      try {
        orderId = await checkOut(url, shop, [{ variantId: product.variantId, quantity: rand(1, 3) }])
      } catch (e) {
        orders.failed += 1
        orders.errors.push(String(e.cause?.code ?? e.message).slice(0, 200))
        await sleep(300)
        continue
      }
      orders.placed.push({ id: orderId, at: Date.now() })
      const action = Math.random()
      try {
        if (action < 0.3) {
          await expectOk(url, "POST", `/admin/orders/${orderId}/cancel`, { token: admin, body: {} })
          orders.canceled += 1
        } else if (action < 0.6) {
          const { order } = await expectOk(url, "GET", `/admin/orders/${orderId}?fields=id,total,payment_collections.payments.id`, { token: admin })
          const paymentId = order.payment_collections[0].payments[0].id
          await expectOk(url, "POST", `/admin/payments/${paymentId}/capture`, { token: admin, body: {} })
          const half = Math.floor(Number(order.total) * 50) / 100
          await expectOk(url, "POST", `/admin/payments/${paymentId}/refund`, { token: admin, body: { amount: half } })
          orders.refunded += 1
        }
      } catch (e) {
        orders.actionFailed += 1
        orders.errors.push(String(e.cause?.code ?? e.message).slice(0, 200))
      }
      await sleep(rand(100, 500))
    }
  }

  async function faults() {
    const S = options.seconds * 1000
    await sleep(0.35 * S)
    run.closeAt = Date.now()
    log(`closing ${lastMonth}`)
    const closed = await untilDefinite("close", () => call(url, "POST", `/admin/periods/${lastMonth}/close`, { token: admin, body: {} }))
    run.closedAt = Date.now()
    run.close = closed.definite ? { status: closed.res.status, body: closed.res.body } : { status: "unanswered" }
    log(`close answered ${run.close.status}: ${JSON.stringify(run.close.body)}`)
    await sleep(Math.max(0, run.startedAt + 0.5 * S - Date.now()))
    // Kill while a batch is being written: the moment the probe sees the backend's session insert
    // work entries or ledger entries inside a transaction (or after 5 s of looking).
    const probe = await connectDb(stack.databaseUrl)
    const lookUntil = Date.now() + 5000
    while (Date.now() < lookUntil) {
      const { rows } = await probe.query(
        `select left(query, 40) as query from pg_stat_activity
          where datname = current_database() and backend_type = 'client backend' and application_name <> $1
            and backend_xid is not null and query ~* '^\\s*insert into "(work_entry|ledger_entry)"'`,
        [PROBE_APP]
      )
      if (rows.length) {
        run.killDuring = rows[0].query.replace(/\s+/g, " ")
        break
      }
    }
    run.inFlightAtKillBatches = batches.filter((b) => !b.answeredAt)
    run.inFlightAtKill = run.inFlightAtKillBatches.length
    run.killAt = Date.now()
    const killed = stack.killBackend() // the SIGKILL goes out at once
    log(`kill -9 of the backend (${run.killDuring ? `during: ${run.killDuring}…` : "no insert seen in 5 s"}; ${run.inFlightAtKill} batches waiting for their answer)`)
    await killed
    await probe.end()
    await stack.startBackend()
    run.restartedAt = Date.now()
    run.downtimeMs = run.restartedAt - run.killAt
    run.end += run.downtimeMs
    log(`backend back after ${(run.downtimeMs / 1000).toFixed(1)} s; the load goes on until ${((run.end - t0) / 1000).toFixed(0)} s`)
  }

  log(`load: ${options.coordinators} coordinators, ${options.shoppers} shoppers, the admin; closing ${lastMonth} at 35 %, killing the backend at 50 %`)
  run.startedAt = Date.now()
  run.end = run.startedAt + options.seconds * 1000
  const progress = setInterval(() => {
    const acked = batches.filter((b) => b.outcome === "acknowledged").length
    log(`${batches.length} batches sent, ${acked} acknowledged, ${orders.placed.length} orders, ${failures.length} failed requests`)
  }, 10_000)
  await Promise.all([
    ...coordinators.map((c) => coordinatorLoop(c)),
    ...Array.from({ length: options.shoppers }, () => shopperLoop()),
    adminLoop(),
    faults(),
  ])
  clearInterval(progress)
  log("load over; waiting for the event subscribers to settle")

  // ---- counting ---------------------------------------------------------------------------------
  const db = await connectDb(stack.databaseUrl)
  try {
    let previous = null
    for (let i = 0; i < 60; i++) {
      const { rows } = await db.query(`select count(*)::int as n from ledger_entry where kind in ('sale_share', 'reversal')`)
      if (previous !== null && rows[0].n === previous) break
      previous = rows[0].n
      await sleep(1000)
    }
    log("counting in PostgreSQL")
    const results = await count(db, { batches, reversals, adjustments, orders, run, lastMonth, coordinators, adminUser })
    results.failures = summarizeFailures(failures, run)
    results.backend_errors = backendErrors(stack.logFile)
    // A killed backend breaks connections; it never answers 5xx. A 5xx from the workshop's routes
    // is a bug (a deadlock between two batches answered 500 before their ledger rows were ordered).
    if (results.failures.server_errors) {
      results.problems.push(`${results.failures.server_errors} answers were 5xx (see failures and backend_errors)`)
      results.ok = false
    }
    report(results)
    save(results)
    return results.ok ? 0 : 1
  } finally {
    await db.end()
  }

  // ----------------------------------------------------------------------------------------------
  async function count(db, { batches, reversals, adjustments, orders, run, lastMonth, coordinators, adminUser }) {
    const q = async (text, params = []) => {
      const started = Date.now()
      const rows = (await db.query(text, params)).rows
      if (process.env.LOAD_WITH_FAULTS_DEBUG) log(`${Date.now() - started} ms: ${text.replace(/\s+/g, " ").slice(0, 80)}`)
      return rows
    }
    const coordinatorIds = coordinators.map((c) => c.id)
    await q(`analyze work_batch, work_entry, ledger_entry`)
    const inDb = await q(
      `with e as (select batch_id, count(*)::int as entries, count(distinct line_index)::int as lines from work_entry group by batch_id),
            l as (select e.batch_id, count(*)::int as ledger from ledger_entry l
                    join work_entry e on l.source_type = 'work_entry' and l.source_id = e.id
                   where l.kind = 'piecework' group by e.batch_id)
       select b.id, b.coordinator_id, b.idempotency_key, b.line_count,
              coalesce(e.entries, 0) as entries, coalesce(e.lines, 0) as lines, coalesce(l.ledger, 0) as ledger
         from work_batch b left join e on e.batch_id = b.id left join l on l.batch_id = b.id
        where b.coordinator_id = any($1)`,
      [coordinatorIds]
    )
    const byKey = new Map()
    for (const row of inDb) {
      const k = `${row.coordinator_id} ${row.idempotency_key}`
      byKey.set(k, [...(byKey.get(k) ?? []), row])
    }
    const sentKeys = new Set(batches.map((b) => `${b.coordinator} ${b.key}`))

    const out = {
      batches: { sent: batches.length, acknowledged: 0, acknowledged_by_replay: 0, refused: 0, refused_codes: {}, unacknowledged: 0, unacknowledged_recorded: 0 },
      acknowledged_before_kill: 0,
      acknowledged_after_restart: 0,
      /** sent before the kill, acknowledged after it (resent with the same key) */
      acknowledged_across_the_kill: 0,
      lines_acknowledged: 0,
      entries_lost: 0,
      entries_doubled: 0,
      problems: [],
    }
    for (const b of batches) {
      const rows = byKey.get(`${b.coordinator} ${b.key}`) ?? []
      const entries = rows.reduce((a, r) => a + r.entries, 0)
      if (rows.length > 1) {
        out.entries_doubled += entries - rows[0].entries
        out.problems.push(`batch ${b.key} is in the database ${rows.length} times`)
      }
      const row = rows[0]
      if (row && (row.entries !== row.line_count || row.lines !== row.line_count)) {
        out.problems.push(`batch ${b.key}: ${row.entries} entries over ${row.lines} line indexes for ${row.line_count} lines`)
        if (row.entries > row.line_count) out.entries_doubled += row.entries - row.line_count
      }
      if (b.outcome === "acknowledged") {
        out.batches.acknowledged += 1
        if (b.replayed) out.batches.acknowledged_by_replay += 1
        out.lines_acknowledged += b.lines
        if (run.killAt && b.answeredAt < run.killAt) out.acknowledged_before_kill += 1
        if (run.restartedAt && b.answeredAt > run.restartedAt) out.acknowledged_after_restart += 1
        if (run.killAt && b.sentAt < run.killAt && b.answeredAt > run.killAt) out.acknowledged_across_the_kill += 1
        const present = Math.min(row?.entries ?? 0, b.lines)
        if (present < b.lines) {
          out.entries_lost += b.lines - present
          out.problems.push(`acknowledged batch ${b.key}: ${present} of ${b.lines} entries in the database`)
        }
        if (row && row.id !== b.batchId) out.problems.push(`acknowledged batch ${b.key} answered batch ${b.batchId}, the database holds ${row.id}`)
      } else if (b.outcome === "refused") {
        out.batches.refused += 1
        const code = `${b.status} ${b.code}`
        out.batches.refused_codes[code] = (out.batches.refused_codes[code] ?? 0) + 1
        if (b.status === 409) out.problems.push(`batch ${b.key} was answered 409 (its own key, resent with the same body)`)
        if (row) {
          out.entries_doubled += row.entries
          out.problems.push(`refused batch ${b.key} (${b.status} ${b.code}) has ${row.entries} entries in the database`)
        }
      } else {
        out.batches.unacknowledged += 1
        if (row) out.batches.unacknowledged_recorded += 1
      }
    }
    const resent = batches.filter((b) => b.resent)
    out.batches.resent_after_acknowledgement = resent.length
    out.batches.resent_answered_differently = resent.filter((b) => b.resent !== "same answer").length
    for (const b of resent.filter((b) => b.resent !== "same answer").slice(0, 10)) out.problems.push(`batch ${b.key} resent after its 201: ${b.resent}`)
    for (const [k, rows] of byKey) {
      if (!sentKeys.has(k)) {
        out.entries_doubled += rows.reduce((a, r) => a + r.entries, 0)
        out.problems.push(`a batch nobody sent is in the database: ${k}`)
      }
    }
    const [totals] = await q(
      `select (select count(*) from work_entry where recorded_by = any($1))::int as entries,
              (select count(*) from work_entry e where e.recorded_by = any($1) and not exists (select 1 from work_batch b where b.id = e.batch_id))::int as entries_without_batch`,
      [coordinatorIds]
    )
    out.work_entries_in_database = totals.entries
    if (totals.entries_without_batch) {
      out.entries_doubled += totals.entries_without_batch
      out.problems.push(`${totals.entries_without_batch} work entries belong to no batch`)
    }

    // The ledger against the work entries.
    const [ledger] = await q(
      `with pw as (select source_id, count(*)::int as n from ledger_entry
                    where kind = 'piecework' and source_type = 'work_entry' group by source_id),
            rv as (select o.source_id, count(*)::int as n from ledger_entry r join ledger_entry o on o.id = r.reverses_id
                    where r.kind = 'reversal' and o.source_type = 'work_entry' group by o.source_id),
            entries as (
              select count(*) filter (where e.amount > 0 and pw.n is null)::int as entries_without_ledger_entry,
                     count(*) filter (where pw.n > 1)::int as entries_with_double_ledger_entries,
                     count(*) filter (where e.reversed_at is not null and coalesce(rv.n, 0) <> 1)::int as reversed_without_one_reversal,
                     count(*) filter (where e.reversed_at is null and rv.n > 0)::int as reversal_of_unreversed_entry,
                     count(*) filter (where e.reversed_at is not null)::int as reversed_entries
                from work_entry e left join pw on pw.source_id = e.id left join rv on rv.source_id = e.id),
            shares as (
              select o.id from ledger_entry o join ledger_entry r on r.reverses_id = o.id and r.kind = 'reversal'
               where o.kind = 'sale_share' group by o.id, o.amount having -sum(r.amount) > o.amount)
       select entries.*,
              (select count(*) from ledger_entry l left join work_entry e on e.id = l.source_id
                where l.kind = 'piecework' and e.id is null)::int as piecework_without_work_entry,
              (select count(*) from shares)::int as sale_shares_over_reversed,
              (select count(*) from ledger_entry where kind = 'sale_share')::int as sale_shares,
              (select count(*) from ledger_entry r join ledger_entry o on o.id = r.reverses_id
                where r.kind = 'reversal' and o.kind = 'sale_share')::int as sale_share_reversals,
              (select count(*) from ledger_entry where kind in ('bonus', 'deduction') and created_by = $1)::int as adjustments
         from entries`,
      [adminUser.id]
    )
    out.ledger = ledger
    for (const key of ["entries_without_ledger_entry", "entries_with_double_ledger_entries", "piecework_without_work_entry", "reversed_without_one_reversal", "reversal_of_unreversed_entry", "sale_shares_over_reversed"]) {
      if (ledger[key]) out.problems.push(`ledger: ${key} = ${ledger[key]}`)
    }

    // Reversals asked for against the entries marked reversed.
    const askedReversed = reversals.filter((r) => r.outcome === "reversed").map((r) => r.entryId)
    const marked = new Set((await q(`select id from work_entry where reversed_at is not null and id = any($1)`, [reversals.map((r) => r.entryId)])).map((r) => r.id))
    out.reversals = { asked: reversals.length, answered_reversed: askedReversed.length, marked_reversed: marked.size, outcomes: tally(reversals.map((r) => r.outcome)) }
    const notMarked = askedReversed.filter((id) => !marked.has(id))
    if (notMarked.length) out.problems.push(`${notMarked.length} reversals answered 200 are not in the database`)
    if (ledger.reversed_entries !== marked.size) out.problems.push(`${ledger.reversed_entries} entries are reversed, ${marked.size} were asked for`)

    // Adjustments: each acknowledged one is in the ledger exactly once (its dedupe key is
    // adjustment:<admin>:<Idempotency-Key>), a refused one not at all, an unacknowledged one at most once.
    const posted = new Map(
      (await q(`select dedupe_key, count(*)::int as n from ledger_entry where kind in ('bonus', 'deduction') and created_by = $1 group by dedupe_key`, [adminUser.id])).map((r) => [r.dedupe_key, r.n])
    )
    const postedOf = (a) => posted.get(`adjustment:${adminUser.id}:${a.key}`) ?? 0
    out.adjustments = {
      sent: adjustments.length,
      acknowledged: adjustments.filter((a) => a.outcome === "acknowledged").length,
      refused: adjustments.filter((a) => a.outcome === "refused").length,
      unacknowledged: adjustments.filter((a) => a.outcome === "unacknowledged").length,
      in_ledger: ledger.adjustments,
    }
    const adjustmentProblems = adjustments.filter((a) => (a.outcome === "acknowledged" ? postedOf(a) !== 1 : a.outcome === "refused" ? postedOf(a) !== 0 : postedOf(a) > 1))
    for (const a of adjustmentProblems) out.problems.push(`adjustment ${a.key} (${a.outcome} ${a.status ?? ""}) is in the ledger ${postedOf(a)} times`)
    if (ledger.adjustments !== adjustments.reduce((n, a) => n + postedOf(a), 0)) out.problems.push("the ledger holds adjustments nobody sent")

    // Orders: placed ones whose makers were never credited (their order.placed went with the killed process).
    const credited = new Set(
      (await q(`select distinct metadata->>'order_id' as order_id from ledger_entry where kind = 'sale_share' and metadata->>'order_id' = any($1)`, [orders.placed.map((o) => o.id)])).map((r) => r.order_id)
    )
    const uncredited = orders.placed.filter((o) => !credited.has(o.id))
    out.orders = {
      attempted: orders.attempted,
      placed: orders.placed.length,
      checkout_failed: orders.failed,
      canceled: orders.canceled,
      refunded: orders.refunded,
      cancel_or_refund_failed: orders.actionFailed,
      // order.placed is handled after the answer, on Medusa's in-memory event bus: an order placed
      // just before the kill loses it, and nothing credits its makers later
      placed_without_sale_shares: uncredited.length,
      placed_without_sale_shares_ms_before_kill: uncredited.map((o) => (run.killAt ? run.killAt - o.at : null)),
      errors: tally(orders.errors),
    }

    // The closed month's statements against its ledger.
    const [period] = await q(`select status, closed_at from period where month = $1`, [lastMonth])
    const statements = await q(
      `with l as (
         select artisan_id,
                coalesce(sum(amount) filter (where kind = 'piecework'), 0) as piecework,
                coalesce(sum(amount) filter (where kind = 'sale_share'), 0) as sale_share,
                coalesce(sum(amount) filter (where kind = 'bonus'), 0) as bonus,
                coalesce(sum(amount) filter (where kind = 'deduction'), 0) as deduction,
                coalesce(sum(amount) filter (where kind = 'reversal'), 0) as reversal,
                sum(amount) as net, count(*)::int as entry_count
           from ledger_entry where period = $1 and deleted_at is null group by artisan_id),
       s as (select * from statement where period = $1 and deleted_at is null)
       select coalesce(s.artisan_id, l.artisan_id) as artisan_id, s.id as statement_id, l.artisan_id is not null as has_ledger,
              s.net_total::text as statement_net, l.net::text as ledger_net,
              (s.piecework_total = l.piecework and s.sale_share_total = l.sale_share and s.bonus_total = l.bonus
               and s.deduction_total = l.deduction and s.reversal_total = l.reversal and s.net_total = l.net
               and s.entry_count = l.entry_count) as equal
         from s full join l on l.artisan_id = s.artisan_id`,
      [lastMonth]
    )
    const differing = statements.filter((s) => !s.equal)
    out.closed_month = {
      month: lastMonth,
      status: period?.status ?? null,
      statements: statements.filter((s) => s.statement_id).length,
      statements_differing_from_ledger: differing.length,
      net_total: statements.reduce((a, s) => a + Number(s.statement_net ?? 0), 0).toFixed(2),
    }
    if (period?.status !== "closed") out.problems.push(`${lastMonth} is ${period?.status ?? "missing"}, not closed`)
    for (const s of differing.slice(0, 10)) {
      out.problems.push(`statement of ${s.artisan_id} for ${lastMonth}: ${s.statement_id ? `net ${s.statement_net}` : "missing"}, ledger ${s.has_ledger ? `net ${s.ledger_net}` : "none"}`)
    }

    out.run = {
      seconds: options.seconds,
      coordinators: options.coordinators,
      shoppers: options.shoppers,
      close_after_s: run.closeAt ? +((run.closeAt - run.startedAt) / 1000).toFixed(1) : null,
      close_answer: run.close,
      kill_after_s: run.killAt ? +((run.killAt - run.startedAt) / 1000).toFixed(1) : null,
      batches_in_flight_at_kill: run.inFlightAtKill ?? null,
      /** how the batches waiting for their answer at the kill ended (retried with the same key) */
      in_flight_at_kill_ended: tally((run.inFlightAtKillBatches ?? []).map((b) => `${b.outcome}${b.code ? ` ${b.code}` : ""}${b.replayed ? " (replay)" : ""}`)),
      killed_during: run.killDuring ?? null,
      downtime_s: +(run.downtimeMs / 1000).toFixed(1),
      load_s: +((run.end - run.startedAt) / 1000).toFixed(1),
    }
    out.statements_equal_ledger = differing.length === 0 && period?.status === "closed"
    out.ok = out.entries_lost === 0 && out.entries_doubled === 0 && out.problems.length === 0 && out.statements_equal_ledger
    return out
  }
}

/** The backend's logged errors, by message (SQL statements cut short). */
function backendErrors(logFile) {
  const messages = []
  let text = ""
  try {
    text = fs.readFileSync(logFile, "utf8")
  } catch {
    return {}
  }
  for (const line of text.split("\n")) {
    if (!line.includes('"level":"error"')) continue
    try {
      const message = String(JSON.parse(line).message).replace(/\s+/g, " ")
      // "<statement> - <error>": the statement's first words and the error (after the statement's text)
      const sqlEnd = Math.max(message.lastIndexOf("returning id - "), message.lastIndexOf("do nothing - "))
      const error = sqlEnd > 0 ? message.slice(message.indexOf(" - ", sqlEnd) + 3) : message.length > 300 ? message.slice(-240) : ""
      // process and transaction numbers differ each time: the same error counts as one
      messages.push((error ? `${message.slice(0, 50)}… - ${error.slice(0, 240)}` : message).replace(/\b\d+\b/g, "N"))
    } catch {
      messages.push(line.slice(0, 200))
    }
  }
  return tally(messages)
}

function tally(values) {
  const counts = {}
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1
  return counts
}

/** Every 5xx and network error the clients saw, and whether it came while the backend was down (or just back). */
function summarizeFailures(failures, run) {
  const inKillWindow = (f) => run.killAt && f.at >= run.killAt && f.at <= run.restartedAt + 5_000
  const outside = failures.filter((f) => !inKillWindow(f))
  return {
    total: failures.length,
    server_errors: failures.filter((f) => !f.what.endsWith(": network")).length,
    around_the_kill: failures.length - outside.length,
    elsewhere: outside.length,
    by_kind: tally(failures.map((f) => f.what)),
    elsewhere_samples: outside.slice(0, 10).map((f) => ({ at_s: +((f.at - run.startedAt) / 1000).toFixed(1), what: f.what, detail: f.detail })),
  }
}

function report(r) {
  const lines = [
    "",
    "load with faults: results",
    `  load ${r.run.load_s} s (${r.run.seconds} s up + ${r.run.downtime_s} s down), ${r.run.coordinators} coordinators, ${r.run.shoppers} shoppers`,
    `  ${r.closed_month.month} closed after ${r.run.close_after_s} s (answer ${r.run.close_answer?.status}); backend killed (-9) after ${r.run.kill_after_s} s, back ${r.run.downtime_s} s later`,
    `  killed during                    ${r.run.killed_during ?? "(no insert seen)"}…; ${r.run.batches_in_flight_at_kill} batches were waiting for their answer, they ended ${JSON.stringify(r.run.in_flight_at_kill_ended)}`,
    `  batches sent                     ${r.batches.sent}`,
    `  batches acknowledged             ${r.batches.acknowledged} (${r.acknowledged_before_kill} before the kill, ${r.acknowledged_after_restart} after the restart; ${r.acknowledged_across_the_kill} sent before the kill and resent with the same key after it, ${r.batches.acknowledged_by_replay} whose first 201 was a replay)`,
    `  batches resent after their 201   ${r.batches.resent_after_acknowledgement} (answered otherwise than by a replay of the same bytes: ${r.batches.resent_answered_differently})`,
    `  batches refused                  ${r.batches.refused} ${JSON.stringify(r.batches.refused_codes)}`,
    `  batches unacknowledged           ${r.batches.unacknowledged} (${r.batches.unacknowledged_recorded} of them recorded)`,
    `  lines acknowledged               ${r.lines_acknowledged}; work entries in the database ${r.work_entries_in_database}`,
    `  entries lost                     ${r.entries_lost}`,
    `  entries doubled                  ${r.entries_doubled}`,
    `  work entries without ledger entry ${r.ledger.entries_without_ledger_entry}; with double ledger entries ${r.ledger.entries_with_double_ledger_entries}; piecework entries without work entry ${r.ledger.piecework_without_work_entry}`,
    `  reversals                        asked ${r.reversals.asked}, answered reversed ${r.reversals.answered_reversed}, marked ${r.reversals.marked_reversed}; entries without exactly one reversal entry ${r.ledger.reversed_without_one_reversal}`,
    `  adjustments                      sent ${r.adjustments.sent}, acknowledged ${r.adjustments.acknowledged}, refused ${r.adjustments.refused}, unacknowledged ${r.adjustments.unacknowledged}, in the ledger ${r.adjustments.in_ledger}`,
    `  orders                           placed ${r.orders.placed} of ${r.orders.attempted}, canceled ${r.orders.canceled}, refunded ${r.orders.refunded}; checkout failed ${r.orders.checkout_failed}, cancel/refund failed ${r.orders.cancel_or_refund_failed}`,
    `  sale shares                      ${r.ledger.sale_shares}, their reversals ${r.ledger.sale_share_reversals}, over-reversed ${r.ledger.sale_shares_over_reversed}; orders placed without sale shares ${r.orders.placed_without_sale_shares}${r.orders.placed_without_sale_shares ? ` (placed ${r.orders.placed_without_sale_shares_ms_before_kill.join(", ")} ms before the kill)` : ""}`,
    `  statements of ${r.closed_month.month}            ${r.closed_month.statements} (${r.closed_month.status}), differing from the ledger ${r.closed_month.statements_differing_from_ledger}, net ${r.closed_month.net_total} CNY`,
    `  every statement equals its ledger ${r.statements_equal_ledger ? "yes" : "NO"}`,
    `  failed requests (5xx, network)   ${r.failures.total}: ${r.failures.around_the_kill} around the kill, ${r.failures.elsewhere} elsewhere; 5xx ${r.failures.server_errors} ${JSON.stringify(r.failures.by_kind)}`,
    ...(r.failures.elsewhere_samples.length ? ["  failures away from the kill:", ...r.failures.elsewhere_samples.map((f) => `    ${f.at_s}s ${f.what}: ${f.detail}`)] : []),
    ...(Object.keys(r.backend_errors).length ? ["  errors in the backend's log:", ...Object.entries(r.backend_errors).map(([m, n]) => `    ${n} × ${m}`)] : []),
    ...(r.problems.length
      ? ["  PROBLEMS:", ...r.problems.slice(0, 30).map((p) => `    - ${p}`), ...(r.problems.length > 30 ? [`    … and ${r.problems.length - 30} more (in the results file)`] : [])]
      : []),
    `  ${r.ok ? "OK: nothing lost, nothing doubled, statements equal their ledger, no 5xx" : "FAILED"}`,
    "",
  ]
  console.log(lines.join("\n"))
}

function save(results) {
  const stamped = { date: new Date().toISOString(), ...results }
  const dir = path.join(HERE, "results")
  fs.mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `load-with-faults-${stamped.date.slice(0, 19).replace(/[:T]/g, "-")}.json`)
  fs.writeFileSync(file, JSON.stringify(stamped, null, 2))
  log(`results written to ${path.relative(process.cwd(), file)}`)
  if (options.out) fs.writeFileSync(options.out, JSON.stringify(stamped, null, 2))
}
