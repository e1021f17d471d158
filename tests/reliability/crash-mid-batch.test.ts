// A crash in the middle of a 500-line batch (POST /coordinator/work-entries with an
// Idempotency-Key) leaves all 500 work entries with their 500 ledger entries, or none; after the
// restart, sending the batch again with the same key records it exactly once, and replaying it
// answers the same bytes. Two crashes: the backend killed with -9, and the PostgreSQL server
// killed with -9 (its postmaster alone, or with all its processes).
//
// "In the middle" is made sure of, not hoped for: while the request is in flight, a probe
// connection polls pg_stat_activity for the backend's session, and the kill is sent the moment
// that session, inside the batch's write transaction (an xid assigned), is running the statement
// the attempt aims at: the work entries' insert, the ledger entries' insert, the stored answer's
// update, or the COMMIT itself. Two more backend kills come at random delays after the request
// body was sent. An attempt whose request was answered 2xx before the kill landed was not
// mid-batch: it is tried again with a new key (and fails the test after a few tries). Everything
// is counted directly in PostgreSQL.
//
// PostgreSQL runs with its durable defaults here (fsync and synchronous_commit on): a crashed
// server must not lose a transaction it committed.
//
// First, without a crash: batches for the same women sent at the same time are all recorded. (The
// load run found two such batches deadlocking on the ledger's per-woman totals, one answered 500,
// until the ledger rows were inserted in a fixed order.)
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import {
  backendSessions,
  batchState,
  call,
  connectDb,
  coordinatorTotals,
  createCoordinator,
  createWorkshopWithPeople,
  daysOf,
  newIdempotencyKey,
  postWithProgress,
  PROBE_APP,
  startStack,
  todayInChina,
  addDays,
  workLines,
  withDb,
} from "./support/backend.mjs"
import { tailOf } from "../../scripts/lib/processes.mjs"

const LINES = 500
const TRIES_PER_ATTEMPT = 5

type Stack = Awaited<ReturnType<typeof startStack>>
type Line = ReturnType<typeof workLines>[number]
type Db = Awaited<ReturnType<typeof connectDb>>

let stack: Stack
let coordinator: { id: string; token: string }
let people: Awaited<ReturnType<typeof createWorkshopWithPeople>>
let dates: string[]
/** How long a 500-line batch took when nothing was killed (to spread the random delays over). */
let batchMs = 150
const records: Record<string, unknown>[] = []

// A setup failure (no build, PostgreSQL or the backend not starting) fails every test with its
// message, rather than leaving them skipped.
let setupError: unknown
function ready() {
  if (setupError) throw setupError
}

beforeAll(async () => {
  try {
    stack = await startStack({ name: "crash-mid-batch", durable: true })
    people = await createWorkshopWithPeople(stack.url, stack.adminToken, { artisans: 8, pieceTypes: 3 })
    coordinator = await createCoordinator(stack.url, stack.adminToken, { workshopIds: [people.workshop.id] })
    const today = todayInChina()
    dates = daysOf(today.slice(0, 7), today)
    if (dates.length < 10) dates = [...dates, ...Array.from({ length: 10 }, (_, i) => addDays(today, -i - 1))]
    // One batch with nothing killed: the route works, and how long a batch takes here.
    const started = Date.now()
    const res = await call(stack.url, "POST", "/coordinator/work-entries", {
      token: coordinator.token,
      body: { lines: linesOf() },
      headers: { "idempotency-key": newIdempotencyKey("warmup") },
    })
    if (res.status !== 201) throw new Error(`A 500-line batch with nothing killed answered ${res.status}: ${res.text.slice(0, 500)}`)
    batchMs = Date.now() - started
  } catch (e) {
    setupError = e
  }
}, 600_000)

afterAll(async () => {
  if (records.length) console.log(`crash-mid-batch attempts (a 500-line batch took ${batchMs} ms unkilled):\n${records.map((r) => JSON.stringify(r)).join("\n")}`)
  await stack?.stop()
}, 120_000)

function linesOf(): Line[] {
  return workLines({ artisans: people.artisans, pieceTypes: people.pieceTypes, dates, count: LINES })
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

type Seen = { state: string; xid: string | null; query: string; at_ms: number }

/**
 * Sends the batch and kills once `aim` says so: when the backend's session is seen running a
 * statement matching `statement` inside a write transaction, or `delayMs` after the body was
 * sent. Returns what the probe saw last before the kill and how the request ended.
 */
async function sendAndKill(options: {
  key: string
  lines: Line[]
  aim: { statement?: RegExp; delayMs?: number }
  kill: () => Promise<unknown>
}) {
  const probe = await connectDb(stack.databaseUrl)
  let answered = false
  let sentAt = 0
  const started = Date.now()
  const request = postWithProgress(stack.url, "/coordinator/work-entries", {
    token: coordinator.token,
    body: { lines: options.lines },
    headers: { "idempotency-key": options.key },
    onSent: () => (sentAt = Date.now()),
  }).then((r) => {
    answered = true
    return r
  })
  let last: Seen | null = null
  let hit: Seen | null = null
  const look = async () => {
    const { rows } = await probe.query(
      `select state, backend_xid::text as xid, left(query, 80) as query from pg_stat_activity
        where datname = current_database() and backend_type = 'client backend'
          and application_name <> $1 and state <> 'idle' and pid <> pg_backend_pid()`,
      [PROBE_APP]
    )
    for (const r of rows) {
      const seen = { state: r.state, xid: r.xid, query: String(r.query).replace(/\s+/g, " ").slice(0, 60), at_ms: Date.now() - started }
      last = seen
      if (options.aim.statement && r.xid && options.aim.statement.test(r.query)) hit = seen
    }
  }
  if (options.aim.statement) {
    while (!answered && !hit) await look()
  } else {
    while (!answered && !sentAt) await sleep(1)
    const killAt = sentAt + (options.aim.delayMs ?? 0)
    while (!answered && Date.now() < killAt) await look()
  }
  let killed = false
  if (!answered) {
    await options.kill()
    killed = true
  }
  const answer = await request
  await Promise.race([probe.end().catch(() => {}), sleep(2000)])
  return { hit, last, answer, answeredBeforeKill: !killed || (answer.status !== undefined && answer.status < 300) }
}

/** The batch's rows right after the crash: all 500 with their ledger entries, or none. */
async function expectAllOrNone(db: Db, key: string) {
  const state = await batchState(db, coordinator.id, key)
  const shape = { batches: state.batches, entries: state.entries, lines: state.lines, ledger: state.ledger }
  if (state.batches === 0) {
    expect(shape, "nothing of an unfinished batch may be left").toEqual({ batches: 0, entries: 0, lines: 0, ledger: 0 })
  } else {
    expect(shape, "a batch that is there must be whole").toEqual({ batches: 1, entries: LINES, lines: LINES, ledger: LINES })
    expect(state.response_body, "a batch that is there has its stored answer").toBeTruthy()
  }
  await expectCoordinatorConsistent(db)
  return state.batches === 0 ? "none" : "all"
}

/** Across all of the coordinator's batches: every entry belongs to a whole batch and has exactly one ledger entry. */
async function expectCoordinatorConsistent(db: Db) {
  const totals = await coordinatorTotals(db, coordinator.id)
  expect(totals.entries, "work entries = the lines of the batches recorded").toBe(totals.batch_lines)
  expect(totals.ledger, "one piecework ledger entry per work entry").toBe(totals.entries)
  expect(totals.entries_without_one_ledger_entry).toBe(0)
}

/** POST again with the same key, through the restart's aftermath: network errors and 5xx are retried (as the desk does). */
async function resend(key: string, lines: Line[]) {
  const failures: string[] = []
  for (let i = 0; i < 30; i++) {
    try {
      const res = await call(stack.url, "POST", "/coordinator/work-entries", {
        token: coordinator.token,
        body: { lines },
        headers: { "idempotency-key": key },
      })
      if (res.status < 500) return { res, failures }
      failures.push(`${res.status} ${res.text.slice(0, 200)}`)
    } catch (e) {
      failures.push(String((e as Error).cause ?? (e as Error).message))
    }
    await sleep(500)
  }
  throw new Error(`The resend never got an answer below 500: ${failures.join(" | ")}\n${tailOf(stack.logFile, 20)}`)
}

/**
 * After the restart: the resend records the batch (or replays it, if it had committed), a second
 * resend replays the same bytes, and the database holds it exactly once.
 */
async function expectRecordedOnceOnResend(key: string, lines: Line[], before: "all" | "none", storedBody: string | null) {
  const first = await resend(key, lines)
  expect(first.res.status, first.res.text.slice(0, 500)).toBe(201)
  if (before === "all") {
    expect(first.res.headers.get("idempotent-replayed")).toBe("true")
    expect(first.res.text).toBe(storedBody)
  } else {
    expect(first.res.headers.get("idempotent-replayed")).toBeNull()
  }
  const again = await call(stack.url, "POST", "/coordinator/work-entries", {
    token: coordinator.token,
    body: { lines },
    headers: { "idempotency-key": key },
  })
  expect(again.status).toBe(201)
  expect(again.headers.get("idempotent-replayed")).toBe("true")
  expect(again.text, "a replay answers the same bytes").toBe(first.res.text)

  const db = await connectDb(stack.databaseUrl)
  try {
    const state = await batchState(db, coordinator.id, key)
    expect({ batches: state.batches, entries: state.entries, lines: state.lines, ledger: state.ledger }).toEqual({
      batches: 1,
      entries: LINES,
      lines: LINES,
      ledger: LINES,
    })
    expect(state.response_body).toBe(first.res.text)
    const answered = JSON.parse(first.res.text) as { batch_id: string; entries: { id: string }[] }
    const { rows } = await db.query(`select id from work_entry where batch_id = $1`, [answered.batch_id])
    expect(new Set(rows.map((r: { id: string }) => r.id))).toEqual(new Set(answered.entries.map((e) => e.id)))
    await expectCoordinatorConsistent(db)
  } finally {
    await db.end()
  }
  return { replayed: first.res.headers.get("idempotent-replayed") === "true", answersBeforeSuccess: first.failures }
}

type Aim = { name: string; statement?: RegExp; delayMs?: () => number; slowCommit?: boolean }

/**
 * A COMMIT of our batches takes a few milliseconds, less than a kill takes to land once it is
 * seen. For the kills aimed at the COMMIT, the throw-away database gets a deferred constraint
 * trigger on work_batch that sleeps, so the COMMIT (which runs deferred triggers before writing
 * its commit record) stays active long enough for the kill to land inside it. Nothing else of the
 * transaction changes; the trigger is dropped afterwards.
 */
async function withSlowCommit<T>(fn: () => Promise<T>): Promise<T> {
  await withDb(stack.databaseUrl, (db: any) =>
    db.query(`
      create or replace function jinxiu_test_slow_commit() returns trigger language plpgsql as $$
      begin perform pg_sleep(1.5); return null; end; $$;
      drop trigger if exists jinxiu_test_slow_commit on work_batch;
      create constraint trigger jinxiu_test_slow_commit after insert on work_batch
        deferrable initially deferred for each row execute function jinxiu_test_slow_commit();`)
  )
  try {
    return await fn()
  } finally {
    if (!stack.pg?.process) await stack.startPostgres()
    await withDb(stack.databaseUrl, (db: any) =>
      db.query(`drop trigger if exists jinxiu_test_slow_commit on work_batch; drop function if exists jinxiu_test_slow_commit();`)
    )
  }
}

/**
 * One attempt: send, kill as aimed, check all-or-none, bring the crashed part back, resend with
 * the same key. Tried again with a new key when the batch was answered before the kill landed.
 */
async function crashAttempt(kind: "backend" | "postgres", aim: Aim, killOptions: { withChildren?: boolean } = {}) {
  for (let tryNo = 1; tryNo <= TRIES_PER_ATTEMPT; tryNo++) {
    const key = newIdempotencyKey(`crash-${kind}`)
    const lines = linesOf()
    const delayMs = aim.delayMs?.()
    const kill = kind === "backend" ? () => stack.killBackend() : () => stack.killPostgres(killOptions)
    const outcome = await sendAndKill({ key, lines, aim: { statement: aim.statement, delayMs }, kill })
    const record: Record<string, unknown> = {
      crash: kind === "backend" ? "backend -9" : `postgres -9 (${killOptions.withChildren ? "all its processes" : "postmaster"})`,
      aim: aim.name,
      try: tryNo,
      ...(delayMs !== undefined ? { delay_ms: Math.round(delayMs) } : {}),
      seen_at_kill: outcome.hit ?? outcome.last,
      request: outcome.answer.status ?? String(outcome.answer.error?.message ?? outcome.answer.error),
    }
    records.push(record)
    if (outcome.answeredBeforeKill) {
      record.note = "answered before the kill: not mid-batch, tried again"
      if (!stack.pg?.process) await stack.startPostgres()
      if (!stack.backendAlive()) await stack.startBackend()
      if (outcome.answer.status === 201) {
        // What was answered 201 was committed: it is there, whole, whatever was killed afterwards.
        const db = await connectDb(stack.databaseUrl)
        try {
          record.after_crash = await expectAllOrNone(db, key)
          expect(record.after_crash, "a batch answered 201 before the crash is in the database").toBe("all")
        } finally {
          await db.end()
        }
      }
      continue
    }

    if (kind === "backend") {
      // A COMMIT the dead backend had sent is settled once its sessions are gone.
      const db = await connectDb(stack.databaseUrl)
      try {
        for (let i = 0; (await backendSessions(db)) > 0; i++) {
          if (i > 400) throw new Error("the killed backend's database sessions did not end")
          await sleep(25)
        }
        record.after_crash = await expectAllOrNone(db, key)
      } finally {
        await db.end()
      }
      const storedBody = record.after_crash === "all" ? await storedBodyOf(key) : null
      await stack.startBackend()
      const resent = await expectRecordedOnceOnResend(key, lines, record.after_crash as "all" | "none", storedBody)
      record.resend = resent.replayed ? "replayed" : "recorded"
      return record
    }

    // PostgreSQL: crash recovery at start; the backend is still running and must reconnect.
    await stack.startPostgres()
    const db = await connectDb(stack.databaseUrl)
    try {
      record.after_crash = await expectAllOrNone(db, key)
    } finally {
      await db.end()
    }
    const storedBody = record.after_crash === "all" ? await storedBodyOf(key) : null
    record.backend_survived = stack.backendAlive()
    if (!record.backend_survived) await stack.startBackend()
    const resent = await expectRecordedOnceOnResend(key, lines, record.after_crash as "all" | "none", storedBody)
    record.resend = resent.replayed ? "replayed" : "recorded"
    record.failed_answers_after_restart = resent.answersBeforeSuccess
    return record
  }
  throw new Error(`${aim.name}: the batch was answered before the kill in all ${TRIES_PER_ATTEMPT} tries; the crash never landed mid-batch`)
}

async function storedBodyOf(key: string) {
  const db = await connectDb(stack.databaseUrl)
  try {
    return (await batchState(db, coordinator.id, key)).response_body as string
  } finally {
    await db.end()
  }
}

const WORK_ENTRY_INSERT = /^\s*insert into "work_entry"/i
const LEDGER_INSERT = /^\s*insert into "ledger_entry"/i
const ANSWER_UPDATE = /^\s*update work_batch set response/i
const COMMIT = /^\s*commit/i

describe("concurrent batches for the same women, nothing killed", () => {
  it("8 batches of 100 lines at once, 4 times over: every one answered 201 (no deadlock), each recorded once", async () => {
    ready()
    const answers: string[] = []
    for (let round = 0; round < 4; round++) {
      const sent = await Promise.all(
        Array.from({ length: 8 }, () =>
          call(stack.url, "POST", "/coordinator/work-entries", {
            token: coordinator.token,
            body: { lines: linesOf().slice(0, 100) },
            headers: { "idempotency-key": newIdempotencyKey("concurrent") },
          })
        )
      )
      for (const res of sent) answers.push(res.status === 201 ? "201" : `${res.status} ${res.text.slice(0, 200)}`)
    }
    expect(answers.filter((a) => a !== "201")).toEqual([])
    const db = await connectDb(stack.databaseUrl)
    try {
      await expectCoordinatorConsistent(db)
    } finally {
      await db.end()
    }
  }, 120_000)
})

describe("the backend killed (-9) in the middle of a 500-line batch", () => {
  const aims: Aim[] = [
    { name: "while the work entries are inserted", statement: WORK_ENTRY_INSERT },
    { name: "while the ledger entries are inserted (work entries written)", statement: LEDGER_INSERT },
    { name: "while the answer is stored (all rows written)", statement: ANSWER_UPDATE },
    { name: "at the COMMIT", statement: COMMIT, slowCommit: true },
    { name: "at a random delay after the body was sent (1)", delayMs: () => Math.random() * batchMs },
    { name: "at a random delay after the body was sent (2)", delayMs: () => Math.random() * batchMs },
  ]
  for (const aim of aims) {
    it(`${aim.name}: all or none, and the resend with the same key records it once`, async () => {
      ready()
      const attempt = () => crashAttempt("backend", aim)
      const record = aim.slowCommit ? await withSlowCommit(attempt) : await attempt()
      expect(["all", "none"]).toContain(record.after_crash)
    }, 180_000)
  }
})

describe("PostgreSQL killed (-9) in the middle of a 500-line batch", () => {
  const cases: { aim: Aim; withChildren: boolean }[] = [
    { aim: { name: "postmaster killed while the ledger entries are inserted", statement: LEDGER_INSERT }, withChildren: false },
    { aim: { name: "whole server killed while the answer is stored", statement: ANSWER_UPDATE }, withChildren: true },
    { aim: { name: "whole server killed at the COMMIT", statement: COMMIT, slowCommit: true }, withChildren: true },
  ]
  for (const { aim, withChildren } of cases) {
    it(`${aim.name}: all or none after recovery, and the resend with the same key records it once`, async () => {
      ready()
      const attempt = () => crashAttempt("postgres", aim, { withChildren })
      const record = aim.slowCommit ? await withSlowCommit(attempt) : await attempt()
      expect(["all", "none"]).toContain(record.after_crash)
    }, 180_000)
  }
})
