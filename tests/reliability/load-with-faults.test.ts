// Runs load-with-faults.mjs for a short while (20 coordinators, shoppers, a month closed, the
// backend killed with -9 and restarted halfway) and checks its numbers: nothing acknowledged is
// lost, nothing is doubled, the ledger matches the work entries, every frozen statement equals its
// ledger, no workshop route answered 5xx, and the kill really fell in the middle of the load (while
// a batch's entries were being inserted, with batches acknowledged before it and after the restart).
import { spawn } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

const SECONDS = 15
const SCRIPT = path.join(__dirname, "load-with-faults.mjs")

type Results = {
  ok: boolean
  problems: string[]
  batches: { sent: number; acknowledged: number; resent_after_acknowledgement: number; resent_answered_differently: number; refused: number; refused_codes: Record<string, number>; unacknowledged: number; unacknowledged_recorded: number }
  acknowledged_before_kill: number
  acknowledged_after_restart: number
  lines_acknowledged: number
  work_entries_in_database: number
  entries_lost: number
  entries_doubled: number
  ledger: Record<string, number>
  reversals: { asked: number; answered_reversed: number; marked_reversed: number }
  adjustments: { acknowledged: number; in_ledger: number }
  orders: { placed: number; canceled: number; refunded: number }
  closed_month: { month: string; status: string; statements: number; statements_differing_from_ledger: number }
  statements_equal_ledger: boolean
  failures: { server_errors: number }
  run: { kill_after_s: number | null; killed_during: string | null; batches_in_flight_at_kill: number | null; downtime_s: number }
}

let results: Results
let exitCode: number | null = null
let output = ""
let child: ReturnType<typeof spawn> | null = null
const outFile = path.join(os.tmpdir(), `jinxiu-load-with-faults-${process.pid}.json`)

// A run that produced no numbers (no build, the stack not starting) fails every test with its output.
let setupError: unknown
function ready() {
  if (setupError) throw setupError
}

beforeAll(async () => {
  try {
    fs.rmSync(outFile, { force: true })
    child = spawn(process.execPath, [SCRIPT, "--seconds", String(SECONDS), "--out", outFile], {
      cwd: path.resolve(__dirname, "..", ".."),
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    })
    child.stdout!.on("data", (d) => (output += d))
    child.stderr!.on("data", (d) => (output += d))
    exitCode = await new Promise<number | null>((resolve) => child!.once("exit", (code) => resolve(code)))
    child = null
    if (!fs.existsSync(outFile)) throw new Error(`load-with-faults.mjs exited ${exitCode} without results:\n${output.slice(-4000)}`)
    results = JSON.parse(fs.readFileSync(outFile, "utf8"))
    console.log(output.slice(output.indexOf("load with faults: results")))
  } catch (e) {
    setupError = e
  }
}, 480_000)

afterAll(async () => {
  // A run cut short by vitest's timeout: SIGINT lets the script stop its backend and PostgreSQL.
  if (child?.pid) {
    try {
      process.kill(child.pid, "SIGINT")
    } catch {
      // gone
    }
    await new Promise((r) => setTimeout(r, 15_000))
    try {
      process.kill(-child.pid, "SIGKILL")
    } catch {
      // gone
    }
  }
  fs.rmSync(outFile, { force: true })
}, 60_000)

const tail = () => output.slice(-3000)

describe(`load with faults (${SECONDS} s: 20 coordinators, orders, a month closed, the backend killed -9 and restarted)`, () => {
  it("exits 0 and reports no problem", () => {
    ready()
    expect(results.problems, tail()).toEqual([])
    expect(exitCode, tail()).toBe(0)
  })

  it("the kill fell in the middle of the load: during a batch's insert, with batches acknowledged before it and after the restart", () => {
    ready()
    expect(results.run.kill_after_s).not.toBeNull()
    expect(results.run.killed_during, "the backend was killed while a batch's entries were being inserted").toMatch(/^insert into "(work_entry|ledger_entry)"/)
    expect(results.acknowledged_before_kill).toBeGreaterThan(0)
    expect(results.acknowledged_after_restart).toBeGreaterThan(0)
    expect(results.batches.unacknowledged).toBe(0)
  })

  it("nothing acknowledged is lost and nothing is doubled", () => {
    ready()
    expect(results.entries_lost).toBe(0)
    expect(results.entries_doubled).toBe(0)
    expect(results.work_entries_in_database).toBe(results.lines_acknowledged)
    // batches sent again after their 201 were replays of the same bytes
    expect(results.batches.resent_after_acknowledgement).toBeGreaterThan(0)
    expect(results.batches.resent_answered_differently).toBe(0)
    // the only refusals are lines for the month closed during the load
    expect(Object.keys(results.batches.refused_codes).every((code) => code === "400 period_closed"), JSON.stringify(results.batches.refused_codes)).toBe(true)
  })

  it("every work entry has exactly one ledger entry, every reversal and adjustment counts once", () => {
    ready()
    expect(results.ledger.entries_without_ledger_entry).toBe(0)
    expect(results.ledger.entries_with_double_ledger_entries).toBe(0)
    expect(results.ledger.piecework_without_work_entry).toBe(0)
    expect(results.ledger.reversed_without_one_reversal).toBe(0)
    expect(results.ledger.reversal_of_unreversed_entry).toBe(0)
    expect(results.ledger.sale_shares_over_reversed).toBe(0)
    expect(results.reversals.marked_reversed).toBe(results.reversals.answered_reversed)
    expect(results.adjustments.in_ledger).toBe(results.adjustments.acknowledged)
  })

  it("the month closed during the load has statements, each equal to its ledger", () => {
    ready()
    expect(results.closed_month.status).toBe("closed")
    expect(results.closed_month.statements).toBeGreaterThan(0)
    expect(results.closed_month.statements_differing_from_ledger).toBe(0)
    expect(results.statements_equal_ledger).toBe(true)
  })

  it("no workshop route answered 5xx (a killed backend breaks connections, it doesn't answer 500)", () => {
    ready()
    expect(results.failures.server_errors, JSON.stringify(results.failures)).toBe(0)
  })
})
