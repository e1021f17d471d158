import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sumMoney, toFen } from "@jinxiu/workshop/domain"
import type { Knex } from "knex"
import {
  adminHeaders,
  createArtisan,
  createCoordinator,
  createPieceType,
  createWorkshop,
  type ApiResponse,
  type RequestConfig,
} from "../helpers"
import { useWorkshopClock } from "../helpers/clock"

/**
 * Closing a month against recording work into it, with the order forced in the database rather
 * than hoped for. Recording takes a SHARE lock on the month's `period` row before it checks the
 * month; closing takes an UPDATE lock on it. A second connection of the test holds an UPDATE lock
 * on the row (a gate), the two real requests are sent over HTTP one after the other, and each is
 * seen waiting in pg_stat_activity before the next is sent, so PostgreSQL queues them in that
 * order behind the gate. When the gate is released they run in queue order:
 *
 * - close first: the batch then finds the month closed and is refused, nothing of it written;
 * - batch first: it is written, and the close that follows has its money in the statement.
 *
 * Either way, every entry of the month is in its statement (statement = sum of the month's
 * ledger, per artisan) or refused, never both.
 */
const { lastMonth: MONTH } = useWorkshopClock()

/** How long the test waits for a request to show up as waiting on a lock. */
const WAIT_LIMIT_MS = 20_000

type Waiter = { pid: number; query: string; blockers: number[] }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: RequestConfig
    let coordinator: Awaited<ReturnType<typeof createCoordinator>>
    let artisanA: Awaited<ReturnType<typeof createArtisan>>
    let artisanB: Awaited<ReturnType<typeof createArtisan>>
    let pieceType: any
    let batchNo = 0

    const knex = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as Knex
    const settle = (request: Promise<ApiResponse>) => request.catch((e: any) => e.response as ApiResponse)

    /** A batch of work dated in MONTH, marked by its note so its rows can be found. */
    function sendBatch(note: string): Promise<ApiResponse> {
      return settle(
        api.post(
          "/coordinator/work-entries",
          {
            lines: [
              { artisan_id: artisanA.artisan.id, piece_type_id: pieceType.id, quantity: 7, grade: "A", work_date: `${MONTH}-20`, note },
              { artisan_id: artisanB.artisan.id, piece_type_id: pieceType.id, quantity: 3, grade: "B", work_date: `${MONTH}-21`, note },
            ],
          },
          { headers: { ...coordinator.headers.headers, "idempotency-key": `race-${note}-${++batchNo}` } }
        )
      )
    }

    const sendClose = () => settle(api.post(`/admin/periods/${MONTH}/close`, {}, admin))

    /**
     * Polls pg_stat_activity until a backend of this database other than `exclude` is waiting on
     * a lock with a query matching `query`; fails after WAIT_LIMIT_MS naming what was waiting.
     */
    async function waitUntilWaiting(query: RegExp, exclude: number[]): Promise<Waiter> {
      const deadline = Date.now() + WAIT_LIMIT_MS
      let seen: Waiter[] = []
      while (Date.now() < deadline) {
        const { rows } = await knex().raw(
          `select pid, query, pg_blocking_pids(pid) as blockers
             from pg_stat_activity
            where datname = current_database() and wait_event_type = 'Lock'`
        )
        seen = rows as Waiter[]
        const found = seen.find((w) => query.test(w.query) && !exclude.includes(w.pid))
        if (found) return found
        await new Promise((resolve) => setTimeout(resolve, 25))
      }
      throw new Error(`nothing waited on a lock with a query like ${query} (waiting: ${JSON.stringify(seen)})`)
    }

    /** The lock a batch takes on its months, and the lock a close takes on its month. */
    const RECORDING_LOCK = /from period where month = any\([\s\S]*for share/i
    const CLOSING_LOCK = /from period\s+where month = \S+ and deleted_at is null for update/i

    /** An open transaction holding the month's row FOR UPDATE, as a close holds it. */
    async function holdGate() {
      const gate = await knex().transaction()
      try {
        const { rows } = await gate.raw(`select pg_backend_pid() as pid`)
        const locked = await gate.raw(`select id, status from period where month = ? and deleted_at is null for update`, [MONTH])
        expect(locked.rows).toEqual([expect.objectContaining({ status: "open" })])
        return { gate, pid: rows[0].pid as number }
      } catch (error) {
        await gate.rollback()
        throw error
      }
    }

    /** The month's statements against its ledger, per artisan and in all. */
    async function monthBooks() {
      const db = knex()
      const ledger = (await db.raw(
        `select artisan_id, sum(amount)::numeric(14,2)::text as net, count(*)::int as entries
           from ledger_entry where period = ? and deleted_at is null group by artisan_id order by artisan_id`,
        [MONTH]
      )).rows as { artisan_id: string; net: string; entries: number }[]
      const statements = (await db.raw(
        `select artisan_id, net_total::numeric(14,2)::text as net, entry_count as entries
           from statement where period = ? and deleted_at is null order by artisan_id`,
        [MONTH]
      )).rows as { artisan_id: string; net: string; entries: number }[]
      const [period] = (await db.raw(`select status from period where month = ? and deleted_at is null`, [MONTH])).rows
      return { ledger, statements, status: period.status as string }
    }

    /** Work entries and their ledger entries written for a batch (found by its note). */
    async function rowsOfBatch(note: string) {
      const db = knex()
      const entries = (await db.raw(`select id, amount::numeric(14,2)::text as amount from work_entry where note = ?`, [note])).rows as { id: string; amount: string }[]
      const ledger = entries.length
        ? ((await db.raw(`select id, period, amount::numeric(14,2)::text as amount from ledger_entry where source_id = any(?)`, [entries.map((e) => e.id)])).rows as {
            id: string
            period: string
            amount: string
          }[])
        : []
      return { entries, ledger }
    }

    beforeEach(async () => {
      const container = getContainer()
      admin = await adminHeaders(container)
      const workshop = await createWorkshop(container)
      coordinator = await createCoordinator(api, container, { workshopIds: [workshop.id] })
      artisanA = await createArtisan(api, container, { workshopId: workshop.id, joined_on: "2024-01-01" })
      artisanB = await createArtisan(api, container, { workshopId: workshop.id, joined_on: "2024-01-01" })
      pieceType = await createPieceType(container, { workshopId: workshop.id, rate: { effective_from: "2024-01-01", rate_a: 12.5, rate_b: 9 } })
      // money already in the month (this also creates the month's period row, open)
      const earlier = await sendBatch("earlier")
      expect(earlier.status).toBe(201)
    })

    it("close first: a batch waiting behind the close is refused as period_closed and nothing of it is in the ledger", async () => {
      const { gate, pid: gatePid } = await holdGate()
      let close: Promise<ApiResponse> | undefined
      let batch: Promise<ApiResponse> | undefined
      try {
        close = sendClose()
        const closing = await waitUntilWaiting(CLOSING_LOCK, [gatePid])
        expect(closing.blockers).toContain(gatePid)

        batch = sendBatch("late")
        const recording = await waitUntilWaiting(RECORDING_LOCK, [gatePid, closing.pid])
        // queued behind the close, not only behind the gate
        expect(recording.blockers).toContain(closing.pid)
      } finally {
        await gate.commit()
      }

      const [closed, refused] = await Promise.all([close!, batch!])
      expect(closed.status).toBe(200)
      expect(closed.data).toMatchObject({ status: "closed", month: MONTH, statements: 2 })
      expect(refused.status).toBe(400)
      expect(refused.data.errors).toEqual([
        expect.objectContaining({ index: 0, field: "work_date", code: "period_closed" }),
        expect.objectContaining({ index: 1, field: "work_date", code: "period_closed" }),
      ])

      // refused: none of it written; everything else of the month is in the statements
      expect(await rowsOfBatch("late")).toEqual({ entries: [], ledger: [] })
      const earlier = await rowsOfBatch("earlier")
      const books = await monthBooks()
      expect(books.status).toBe("closed")
      expect(books.statements).toEqual(books.ledger)
      expect(sumMoney(books.statements.map((s) => s.net))).toBe(sumMoney(earlier.ledger.map((l) => l.amount)))
    })

    it("batch first: the close waits for it, and the statements include its money", async () => {
      const { gate, pid: gatePid } = await holdGate()
      let close: Promise<ApiResponse> | undefined
      let batch: Promise<ApiResponse> | undefined
      try {
        batch = sendBatch("first")
        const recording = await waitUntilWaiting(RECORDING_LOCK, [gatePid])
        expect(recording.blockers).toContain(gatePid)

        close = sendClose()
        const closing = await waitUntilWaiting(CLOSING_LOCK, [gatePid, recording.pid])
        // queued behind the batch, not only behind the gate
        expect(closing.blockers).toContain(recording.pid)
      } finally {
        await gate.commit()
      }

      const [recorded, closed] = await Promise.all([batch!, close!])
      expect(recorded.status).toBe(201)
      expect(closed.status).toBe(200)
      expect(closed.data).toMatchObject({ status: "closed", month: MONTH, statements: 2 })

      // in: its entries are in the month's ledger, and the statements hold exactly the ledger
      const first = await rowsOfBatch("first")
      expect(first.entries.map((e) => e.id).sort()).toEqual(recorded.data.entries.map((e: any) => e.id).sort())
      expect(first.ledger).toHaveLength(2)
      expect(new Set(first.ledger.map((l) => l.period))).toEqual(new Set([MONTH]))
      const earlier = await rowsOfBatch("earlier")
      const books = await monthBooks()
      expect(books.status).toBe("closed")
      expect(books.statements).toEqual(books.ledger)
      expect(toFen(sumMoney(books.statements.map((s) => s.net)))).toBe(
        toFen(sumMoney([...earlier.ledger, ...first.ledger].map((l) => l.amount)))
      )
      expect(sumMoney(first.ledger.map((l) => l.amount))).toBe(recorded.data.total_amount)

      // and once closed, the month takes nothing more
      const after = await sendBatch("after")
      expect(after.status).toBe(400)
      expect(after.data.errors[0]).toMatchObject({ code: "period_closed" })
      expect(await rowsOfBatch("after")).toEqual({ entries: [], ledger: [] })
    })
  },
})
