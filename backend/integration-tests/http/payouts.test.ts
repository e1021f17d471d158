import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders, createArtisan, createCoordinator, createPieceType, createWorkshop, uniqueSuffix } from "../helpers"
import { eventsDuring as eventsDuringOf } from "../helpers/events"
import { useWorkshopClock } from "../helpers/clock"

const { today, lastMonth: LAST_MONTH, day } = useWorkshopClock()
const DAY_LAST_MONTH = `${LAST_MONTH}-15`

/**
 * Paying each woman: payouts per statement (partial, failed and paid again, once per
 * Idempotency-Key), the month's payouts by method, her own payouts and what she is owed, and the
 * "pay the whole month" shortcut creating one payout per statement.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: any
    let artisanA: { artisan: any; headers: any; phone: string }
    let artisanB: { artisan: any; headers: any; phone: string }
    let statementA: string
    let statementB: string

    const post = (path: string, body: unknown, config: any) => api.post(path, body, config).catch((e: any) => e.response)
    const get = (path: string, config: any) => api.get(path, config).catch((e: any) => e.response)
    const withKey = (key: string) => ({ headers: { ...admin.headers, "idempotency-key": key } })
    const payoutsOf = (statementId: string, body: unknown, key = `payout-${uniqueSuffix()}`) => post(`/admin/statements/${statementId}/payouts`, body, withKey(key))

    const eventsDuring = (names: string[], run: () => Promise<unknown>) => eventsDuringOf(getContainer(), names, run)

    /** Last month closed: A earned 100.00, B 50.00. */
    beforeEach(async () => {
      const container = getContainer()
      admin = await adminHeaders(container)
      const workshop = await createWorkshop(container)
      const coordinator = await createCoordinator(api, container, { workshopIds: [workshop.id] })
      artisanA = await createArtisan(api, container, { workshopId: workshop.id, joined_on: "2024-01-01" })
      artisanB = await createArtisan(api, container, { workshopId: workshop.id, joined_on: "2024-01-01" })
      const pieceType = await createPieceType(container, { workshopId: workshop.id, rate: { effective_from: "2024-01-01", rate_a: 12.5, rate_b: 9 } })
      const line = (artisanId: string, quantity: number) => ({ artisan_id: artisanId, piece_type_id: pieceType.id, quantity, grade: "A", work_date: DAY_LAST_MONTH })
      const recorded = await post(
        "/coordinator/work-entries",
        { lines: [line(artisanA.artisan.id, 8), line(artisanB.artisan.id, 4)] },
        { headers: { ...coordinator.headers.headers, "idempotency-key": `payouts-setup-${uniqueSuffix()}` } }
      )
      expect(recorded.status).toBe(201)
      expect((await post(`/admin/periods/${LAST_MONTH}/close`, {}, admin)).data.status).toBe("closed")
      const month = await get(`/admin/periods/${LAST_MONTH}/payouts`, admin)
      expect(month.status).toBe(200)
      statementA = month.data.statements.find((s: any) => s.artisan_id === artisanA.artisan.id).statement_id
      statementB = month.data.statements.find((s: any) => s.artisan_id === artisanB.artisan.id).statement_id
    })

    it("pays a statement in parts, refuses bad payouts naming the field, and records a failed one to pay it again", async () => {
      const before = await get(`/admin/periods/${LAST_MONTH}/payouts`, admin)
      expect(before.data.statements.find((s: any) => s.statement_id === statementA)).toMatchObject({ state: "unpaid", net_total: "100.00", paid: "0.00", owed: "100.00", payouts: [] })
      expect(before.data.totals).toEqual({ net_total: "150.00", payable_total: "150.00", paid: "0.00", owed: "150.00" })

      // refused, naming what was wrong, and nothing written
      const noKey = await post(`/admin/statements/${statementA}/payouts`, { method: "wechat", amount: 40 }, admin)
      expect(noKey.status).toBe(400)
      expect(noKey.data.field).toBe("Idempotency-Key")
      for (const [body, field] of [
        [{ method: "paypal", amount: 40 }, "method"],
        [{ method: "wechat", amount: 0 }, "amount"],
        [{ method: "wechat", amount: 12.345 }, "amount"],
        [{ method: "wechat", amount: 40, reference: "x".repeat(201) }, "reference"],
        [{ method: "wechat", amount: 40, paid_on: "2026-02-30" }, "paid_on"],
        [{ method: "wechat", amount: 40, paid_on: day(1) }, "paid_on"],
        [{ method: "wechat", amount: 100.01 }, "amount"],
      ] as const) {
        const res = await payoutsOf(statementA, body)
        expect(res.status, JSON.stringify(body)).toBe(400)
        expect(res.data.message, JSON.stringify(body)).toMatch(new RegExp(`^(Invalid request: )?${field}: `))
      }
      expect((await payoutsOf("stmt_01NOSUCHSTATEMENT000000000", { method: "wechat", amount: 40 })).status).toBe(404)

      // a part, once per key
      const first = await payoutsOf(statementA, { method: "wechat", amount: 40, reference: "WX-001", paid_on: today }, "pay-a-part-1")
      expect(first.status).toBe(201)
      expect(first.data.payout).toMatchObject({ method: "wechat", amount: "40.00", reference: "WX-001", paid_on: today, artisan_id: artisanA.artisan.id, period: LAST_MONTH })
      expect(first.data.statement).toMatchObject({ state: "partly_paid", paid: "40.00", owed: "60.00" })
      const replay = await payoutsOf(statementA, { method: "wechat", amount: 40, reference: "WX-001", paid_on: today }, "pay-a-part-1")
      expect(replay.status).toBe(200)
      expect(replay.headers["idempotent-replayed"]).toBe("true")
      expect(replay.data.payout.id).toBe(first.data.payout.id)
      expect((await payoutsOf(statementA, { method: "wechat", amount: 41 }, "pay-a-part-1")).status).toBe(409)
      const over = await payoutsOf(statementA, { method: "bank", amount: 60.01 })
      expect(over.status).toBe(400)
      expect(over.data).toMatchObject({ field: "amount" })
      expect(over.data.message).toMatch(/^amount: .*60\.00/)

      // her own payouts only
      const hers = await get(`/artisan/payouts`, artisanA.headers)
      expect(hers.status).toBe(200)
      expect(hers.data).toMatchObject({ earned: "100.00", paid: "40.00", owed: "60.00" })
      expect(hers.data.payouts).toHaveLength(1)
      expect(hers.data.payouts[0]).toMatchObject({ method: "wechat", amount: "40.00", status: "sent", failure: null })
      expect(hers.data.payouts[0]).not.toHaveProperty("recorded_by")
      const other = await get(`/artisan/payouts`, artisanB.headers)
      expect(other.data).toMatchObject({ payouts: [], earned: "50.00", paid: "0.00", owed: "50.00" })
      expect(JSON.stringify(other.data)).not.toContain(statementA)
      expect((await get(`/artisan/payouts?artisan_id=${artisanA.artisan.id}`, artisanB.headers)).status).toBe(400)

      // it came back: owed again, and paid again
      const payoutId = first.data.payout.id
      const noReason = await post(`/admin/payouts/${payoutId}/fail`, {}, admin)
      expect(noReason.status).toBe(400)
      expect(noReason.data.message).toMatch(/reason/)
      expect((await post(`/admin/payouts/pout_01NOSUCHPAYOUT00000000000000/fail`, { reason: "wrong account" }, admin)).status).toBe(404)
      const failed = await post(`/admin/payouts/${payoutId}/fail`, { reason: "账号错误 wrong account" }, admin)
      expect(failed.status).toBe(201)
      expect(failed.data.statement).toMatchObject({ state: "unpaid", paid: "0.00", owed: "100.00" })
      expect((await post(`/admin/payouts/${payoutId}/fail`, { reason: "again" }, admin)).status).toBe(200)
      const afterFailure = await get(`/artisan/payouts`, artisanA.headers)
      expect(afterFailure.data).toMatchObject({ paid: "0.00", owed: "100.00" })
      expect(afterFailure.data.payouts[0]).toMatchObject({ status: "failed", failure: { reason: "账号错误 wrong account", failed_on: today } })

      const again = await payoutsOf(statementA, { method: "bank", amount: "100.00", reference: "BANK-002" })
      expect(again.status).toBe(201)
      expect(again.data.statement).toMatchObject({ state: "paid", owed: "0.00" })
      const month = await get(`/admin/periods/${LAST_MONTH}/payouts`, admin)
      expect(month.data.by_method).toEqual([{ method: "bank", count: 1, total: "100.00" }])
      expect(month.data.totals).toEqual({ net_total: "150.00", payable_total: "150.00", paid: "100.00", owed: "50.00" })
      expect(month.data.statements.find((s: any) => s.statement_id === statementA).payouts.map((p: any) => p.status)).toEqual(
        expect.arrayContaining(["failed", "sent"])
      )
      // the month's row says what is still owed; paid in full by its payouts, it reads paid
      const periodRow = async () => (await get(`/admin/periods`, admin)).data.periods.find((p: any) => p.month === LAST_MONTH)
      expect(await periodRow()).toMatchObject({ status: "closed", payable_total: "150.00", paid_total: "100.00", owed_total: "50.00" })
      expect((await payoutsOf(statementB, { method: "cash", amount: "50.00" })).status).toBe(201)
      expect(await periodRow()).toMatchObject({ status: "paid", paid_total: "150.00", owed_total: "0.00" })
      expect((await get(`/admin/periods/${LAST_MONTH}/payouts?unexpected=1`, admin)).status).toBe(400)
      expect((await get(`/admin/periods/2026-13/payouts`, admin)).status).toBe(400)
    })

    it("emits workshop.payout.recorded and workshop.payout.failed once, never for a replay", async () => {
      let first: any
      const recorded = await eventsDuring(["workshop.payout.recorded"], async () => {
        first = await payoutsOf(statementA, { method: "cash", amount: 10 }, "event-payout-1")
        await payoutsOf(statementA, { method: "cash", amount: 10 }, "event-payout-1")
      })
      expect(recorded).toEqual([{ name: "workshop.payout.recorded", data: { id: first.data.payout.id } }])
      const failed = await eventsDuring(["workshop.payout.failed"], async () => {
        await post(`/admin/payouts/${first.data.payout.id}/fail`, { reason: "cash returned" }, admin)
        await post(`/admin/payouts/${first.data.payout.id}/fail`, { reason: "cash returned" }, admin)
      })
      expect(failed).toEqual([{ name: "workshop.payout.failed", data: { id: first.data.payout.id } }])
      // the whole month at once: one event naming all its payouts (a city's month is 12,000)
      const month = await eventsDuring(["workshop.payout.recorded", "workshop.payouts.recorded", "workshop.period.paid"], async () => {
        await post(`/admin/periods/${LAST_MONTH}/pay`, { payment_reference: "BANK-EVENTS" }, admin)
      })
      expect(month.filter((e) => e.name === "workshop.payout.recorded")).toEqual([])
      const batch = month.filter((e) => e.name === "workshop.payouts.recorded")
      expect(batch).toHaveLength(1)
      expect(batch[0].data.ids).toHaveLength(2)
      expect(month.filter((e) => e.name === "workshop.period.paid")).toEqual([{ name: "workshop.period.paid", data: { id: LAST_MONTH } }])
    })

    it("paying the whole month creates one payout per statement of what is still owed, and answers as before", async () => {
      expect((await payoutsOf(statementA, { method: "wechat", amount: 30 })).status).toBe(201)
      const badMethod = await post(`/admin/periods/${LAST_MONTH}/pay`, { payment_reference: "BANK-ALL", method: "paypal" }, admin)
      expect(badMethod.status).toBe(400)
      expect(badMethod.data.message).toMatch(/^(Invalid request: )?method: /)

      const paid = await post(`/admin/periods/${LAST_MONTH}/pay`, { payment_reference: "BANK-ALL", method: "alipay" }, admin)
      expect(paid.status).toBe(200)
      expect(paid.data).toMatchObject({ status: "paid", month: LAST_MONTH, statements: 2, payment_reference: "BANK-ALL" })
      expect(paid.data).not.toHaveProperty("payout_ids")
      const month = await get(`/admin/periods/${LAST_MONTH}/payouts`, admin)
      expect(month.data.statements.map((s: any) => s.state)).toEqual(["paid", "paid"])
      expect(month.data.by_method).toEqual([
        { method: "wechat", count: 1, total: "30.00" },
        { method: "alipay", count: 2, total: "120.00" },
      ])
      expect((await get(`/artisan/payouts`, artisanB.headers)).data).toMatchObject({ owed: "0.00", payouts: [{ method: "alipay", amount: "50.00", reference: "BANK-ALL" }] })
      expect((await payoutsOf(statementB, { method: "cash", amount: 1 })).data.field).toBe("amount")

      // the statements CSV writes her phone as the 11 digits people dial
      const csv = await get(`/admin/periods/${LAST_MONTH}/statements?format=csv`, admin)
      expect(csv.data).toContain(`"${artisanA.phone.slice(3)}"`)
      expect(csv.data).not.toContain(`'+86`)
    })
  },
})
