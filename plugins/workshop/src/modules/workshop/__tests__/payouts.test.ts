import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { WORKSHOP_MODULE } from ".."
import * as models from "../models"
import type { WorkshopModuleService } from "../service"
import type { RecordPayoutInput } from "../repositories/payout/record-payout"
import { Migration20261205100000 } from "../migrations/Migration20261205100000"

const CURRENT = "2026-11"
const LAST = "2026-10"

/**
 * Payouts per statement: money facts beside the ledger, append-only, once per key, never more
 * than is owed on the statement.
 */
moduleIntegrationTestRunner<WorkshopModuleService>({
  moduleName: WORKSHOP_MODULE,
  moduleModels: Object.values(models),
  resolve: "./src/modules/workshop",
  pathToMigrations: "./src/modules/workshop/migrations",
  testSuite: ({ service, MikroOrmWrapper }) => {
    let artisanId: string
    let otherArtisanId: string
    let statementId: string
    let keyNo = 0

    const sql = (query: string, params: unknown[] = []) => MikroOrmWrapper.forkManager().execute(query, params)

    /** A closed LAST month in which she earned 300.00 (and the other woman 80.00). */
    beforeEach(async () => {
      const workshop = await service.createWorkshops({ handle: "dinghu", name_zh: "鼎湖", name_en: "Dinghu", city_zh: "肇庆", city_en: "Zhaoqing" })
      const [her, other] = await service.createArtisans([
        { workshop_id: workshop.id, display_name: "阿兰", legal_name: "李兰", phone: "+8613800000001", joined_on: "2026-01-10" },
        { workshop_id: workshop.id, display_name: "阿梅", legal_name: "王梅", phone: "+8613800000002", joined_on: "2026-01-10" },
      ])
      artisanId = her.id
      otherArtisanId = other.id
      const bonus = (artisan_id: string, amount: string, key: string) =>
        service.postAdjustment({ artisan_id, kind: "bonus", amount, reason: "month's work", period: LAST, actor_id: "user_1", idempotency_key: key })
      await bonus(artisanId, "300", "her-month")
      await bonus(otherArtisanId, "80", "other-month")
      await service.closePeriod({ month: LAST, actor_id: "user_1", current_month: CURRENT })
      const [statement] = await service.listStatements({ artisan_id: artisanId, period: LAST })
      statementId = statement.id
    })

    const pay = (overrides: Partial<RecordPayoutInput> = {}) => {
      const key = overrides.idempotency_key ?? `payout-key-${++keyNo}`
      return service.recordPayout({
        statement_id: statementId,
        method: "wechat",
        amount: "100.00",
        reference: "WX-1",
        paid_on: "2026-11-05",
        actor_id: "user_1",
        idempotency_key: key,
        request_hash: `hash-${overrides.amount ?? "100.00"}-${overrides.statement_id ?? statementId}`,
        ...overrides,
      })
    }
    const payoutCount = async () => ((await sql(`select count(*)::int as n from payout`)) as { n: number }[])[0].n

    it("a partial payout leaves the statement partly paid; the rest makes it paid", async () => {
      const first = await pay({ amount: "120.50" })
      expect(first).toMatchObject({ status: "recorded", statement: { net_total: "300.00", paid: "120.50", owed: "179.50", state: "partly_paid" } })
      if (first.status !== "recorded") return
      expect(first.payout).toMatchObject({ kind: "sent", method: "wechat", amount: "120.50", artisan_id: artisanId, period: LAST, reference: "WX-1", paid_on: "2026-11-05" })
      expect(first.payout.id).toMatch(/^pout_/)
      const rest = await pay({ amount: "179.50", method: "bank", reference: "BANK-7" })
      expect(rest).toMatchObject({ status: "recorded", statement: { paid: "300.00", owed: "0.00", state: "paid" } })
      const month = await service.periodPayouts(LAST)
      const hers = month.statements.find((s) => s.artisan_id === artisanId)!
      expect(hers).toMatchObject({ state: "paid", paid: "300.00", owed: "0.00" })
      expect(hers.payouts).toHaveLength(2)
      expect(month.statements.find((s) => s.artisan_id === otherArtisanId)).toMatchObject({ state: "unpaid", paid: "0.00", owed: "80.00" })
      expect(month.by_method).toEqual([
        { method: "wechat", count: 1, total: "120.50" },
        { method: "bank", count: 1, total: "179.50" },
      ])
      expect(month.totals).toEqual({ net_total: "380.00", payable_total: "380.00", paid: "300.00", owed: "80.00" })
    })

    it("refuses a payout over what is still owed, and writes nothing", async () => {
      expect(await pay({ amount: "300.01" })).toMatchObject({ status: "over_owed", statement: { owed: "300.00", state: "unpaid" } })
      await pay({ amount: "250" })
      expect(await pay({ amount: "50.01" })).toMatchObject({ status: "over_owed", statement: { owed: "50.00" } })
      expect(await payoutCount()).toBe(1)
      expect((await pay({ statement_id: "stmt_NOSUCH" })).status).toBe("statement_not_found")
    })

    it("a failed payout gives its amount back to what is owed, and she is paid again", async () => {
      const sent = await pay({ amount: "300" })
      if (sent.status !== "recorded") throw new Error(sent.status)
      expect((await pay({ amount: "1" })).status).toBe("over_owed")
      const failed = await service.recordPayoutFailure({ payout_id: sent.payout.id, reason: "wrong account", failed_on: "2026-11-07", actor_id: "user_2" })
      expect(failed).toMatchObject({ status: "failed", failure: { kind: "failed", fails_id: sent.payout.id, amount: "300.00", reason: "wrong account" }, statement: { paid: "0.00", owed: "300.00", state: "unpaid" } })
      // recording it again changes nothing
      expect(await service.recordPayoutFailure({ payout_id: sent.payout.id, reason: "again", failed_on: "2026-11-08", actor_id: "user_2" })).toMatchObject({ status: "already_failed", failure: { reason: "wrong account" } })
      // a failure is not itself a payout that can fail
      if (failed.status !== "failed") return
      expect((await service.recordPayoutFailure({ payout_id: failed.failure.id, reason: "x", failed_on: "2026-11-08", actor_id: "user_2" })).status).toBe("not_found")
      expect(await pay({ amount: "300", method: "alipay", reference: "ALI-2" })).toMatchObject({ status: "recorded", statement: { paid: "300.00", state: "paid" } })
      const hers = await service.artisanPayouts(artisanId)
      expect(hers).toMatchObject({ earned: "300.00", paid: "300.00", owed: "0.00" })
      expect(hers.payouts.map((p) => [p.method, p.status])).toEqual(
        expect.arrayContaining([["wechat", "failed"], ["alipay", "sent"]])
      )
      expect(hers.payouts.find((p) => p.status === "failed")!.failure).toMatchObject({ reason: "wrong account", failed_on: "2026-11-07" })
      expect((await service.periodPayouts(LAST)).by_method).toEqual([{ method: "alipay", count: 1, total: "300.00" }])
    })

    it("records once per idempotency key; the same key with another payout is a conflict", async () => {
      const first = await pay({ idempotency_key: "double-click-1" })
      const again = await pay({ idempotency_key: "double-click-1" })
      expect(first.status).toBe("recorded")
      expect(again).toMatchObject({ status: "replayed", statement: { paid: "100.00" } })
      if (first.status === "recorded" && again.status === "replayed") expect(again.payout.id).toBe(first.payout.id)
      expect(await pay({ idempotency_key: "double-click-1", amount: "5.00" })).toMatchObject({ status: "conflict" })
      // concurrently too
      const racing = await Promise.all(Array.from({ length: 5 }, () => pay({ idempotency_key: "racing-key-1", amount: "10.00" })))
      expect(racing.filter((r) => r.status === "recorded")).toHaveLength(1)
      expect(racing.filter((r) => r.status === "replayed")).toHaveLength(4)
      expect(await payoutCount()).toBe(2)
    })

    it("never overpays with payouts recorded at once", async () => {
      // six payouts of 60 at once against 300 owed: five fit, the sixth is refused
      const results = await Promise.all(Array.from({ length: 6 }, () => pay({ amount: "60.00" })))
      expect(results.filter((r) => r.status === "recorded")).toHaveLength(5)
      expect(results.filter((r) => r.status === "over_owed")).toHaveLength(1)
      expect((await service.artisanPayouts(artisanId)).paid).toBe("300.00")
    })

    it("payouts are append-only: the service and the database refuse to change or remove one", async () => {
      const sent = await pay()
      if (sent.status !== "recorded") throw new Error(sent.status)
      await expect(service.updatePayouts({ id: sent.payout.id, amount: 1 } as never)).rejects.toThrow(/append-only/)
      await expect(service.deletePayouts(sent.payout.id as never)).rejects.toThrow(/append-only/)
      await expect(sql(`update payout set amount = 1 where id = ?`, [sent.payout.id])).rejects.toThrow(/append-only/)
      await expect(sql(`delete from payout where id = ?`, [sent.payout.id])).rejects.toThrow(/append-only/)
      await expect(sql(`update payout set deleted_at = now()`)).rejects.toThrow(/append-only/)
      expect((await service.artisanPayouts(artisanId)).paid).toBe("100.00")
    })

    it("paying the whole month records one payout per statement of what is still owed, and she is owed nothing", async () => {
      await pay({ amount: "100" })
      const paid = await service.payPeriod({ month: LAST, actor_id: "user_1", payment_reference: "BANK-BATCH-10", paid_at: new Date("2026-11-05T02:00:00Z"), method: "bank" })
      expect(paid).toMatchObject({ status: "paid", statements: 2, payouts: 2 })
      const month = await service.periodPayouts(LAST)
      expect(month.statements.map((s) => s.state)).toEqual(["paid", "paid"])
      expect(month.by_method).toEqual([
        { method: "wechat", count: 1, total: "100.00" },
        { method: "bank", count: 2, total: "280.00" },
      ])
      expect((await service.artisanPayouts(artisanId)).owed).toBe("0.00")
      expect((await service.payPeriod({ month: LAST, actor_id: "user_1", payment_reference: "BANK-BATCH-10", paid_at: new Date() })).status).toBe("already_paid")
      expect(await payoutCount()).toBe(3)
    })

    it("the migration gives a statement paid before payouts existed its one payout, so she is owed nothing for it", async () => {
      // a month paid the old way: the statement marked paid, no payout rows
      await sql(`update statement set paid_at = '2026-11-04T18:30:00Z', payment_reference = 'BANK-OLD' where id = ?`, [statementId])
      await sql(`update period set status = 'paid', paid_by = 'user_old' where month = ?`, [LAST])
      expect((await service.artisanPayouts(artisanId)).owed).toBe("300.00")
      const migration = new Migration20261205100000({} as never, {} as never)
      await migration.up()
      const backfill = migration.getQueries().map(String).find((q) => q.includes('insert into "payout"'))!
      await sql(backfill)
      await sql(backfill) // running it again adds nothing
      const hers = await service.artisanPayouts(artisanId)
      expect(hers).toMatchObject({ earned: "300.00", paid: "300.00", owed: "0.00" })
      expect(hers.payouts).toEqual([expect.objectContaining({ method: "bank", amount: "300.00", reference: "BANK-OLD", paid_on: "2026-11-05", recorded_by: "user_old", status: "sent" })])
      expect((await service.periodPayouts(LAST)).statements.find((s) => s.artisan_id === otherArtisanId)).toMatchObject({ state: "unpaid", owed: "80.00" })
    })

    it("a batch pays each statement exactly what is owed, once; a line that came back is owed again; importing it twice pays nothing twice", async () => {
      const [other] = await service.listStatements({ artisan_id: otherArtisanId, period: LAST })
      const line = (statement_id: string, amount: string, key: string, failed_reason: string | null = null) => ({
        statement_id, method: "wechat" as const, amount, reference: `WX-${key}`, paid_on: "2026-11-05", idempotency_key: key, request_hash: `${key}:${amount}`, failed_reason,
      })
      const file = [line(statementId, "300.00", "run-1-her"), line(other.id, "80.00", "run-1-other", "收款账号有误")]
      const first = await service.recordPayoutBatch({ actor_id: "user_1", lines: file })
      expect(first.results.map((r) => r.status)).toEqual(["recorded", "failed"])
      expect(first.recorded_ids).toHaveLength(2)
      expect(first.failed_ids).toEqual([first.recorded_ids[1]])
      const month = await service.periodPayouts(LAST)
      expect(month.statements.find((s) => s.artisan_id === artisanId)).toMatchObject({ state: "paid", owed: "0.00" })
      expect(month.statements.find((s) => s.artisan_id === otherArtisanId)).toMatchObject({ state: "unpaid", owed: "80.00" })
      expect(month.statements.find((s) => s.artisan_id === otherArtisanId)!.payouts).toEqual([expect.objectContaining({ status: "failed", failure: expect.objectContaining({ reason: "收款账号有误" }) })])
      const count = await payoutCount()

      const again = await service.recordPayoutBatch({ actor_id: "user_1", lines: file })
      expect(again.results.map((r) => r.status)).toEqual(["replayed", "replayed"])
      expect(again.recorded_ids).toEqual([])
      expect(await payoutCount()).toBe(count)

      // a line for another amount than is owed is refused, never changed; the rest of the batch goes on
      const next = await service.recordPayoutBatch({ actor_id: "user_1", lines: [line(other.id, "79.00", "run-2-other"), line(other.id, "80.00", "run-2-other-b")] })
      expect(next.results).toEqual([
        { status: "not_owed", owed: "80.00" },
        { status: "recorded", payout_id: expect.stringMatching(/^pout_/), owed: "0.00" },
      ])
      // a paid line that came back since is recorded as failed when its results say so
      const late = await service.recordPayoutBatch({ actor_id: "user_1", lines: [line(statementId, "300.00", "run-1-her", "退回")] })
      expect(late.results[0]).toMatchObject({ status: "failed", owed: "300.00" })
      expect(late.failed_ids).toEqual([first.recorded_ids[0]])
      expect(await service.recordPayoutBatch({ actor_id: "user_1", lines: [line(statementId, "300.00", "run-1-her")] })).toMatchObject({
        results: [{ status: "failed_before" }],
      })
      expect(await service.recordPayoutBatch({ actor_id: "user_1", lines: [{ ...line(statementId, "300.00", "run-1-her"), request_hash: "other" }] })).toMatchObject({
        results: [{ status: "conflict" }],
      })
      expect(await service.recordPayoutBatch({ actor_id: "user_1", lines: [line("stmt_missing", "1.00", "run-3")] })).toMatchObject({
        results: [{ status: "statement_not_found" }],
      })
    })
  },
})
