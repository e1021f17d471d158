import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { WORKSHOP_MODULE } from ".."
import * as models from "../models"
import type { WorkshopModuleService } from "../service"
import { sumMoney } from "../../../domain"
import type { WorkLineInput } from "../repositories/work-batch/record-work-batch"


const TODAY = "2026-11-28"
const CURRENT = "2026-11"

moduleIntegrationTestRunner<WorkshopModuleService>({
  moduleName: WORKSHOP_MODULE,
  moduleModels: Object.values(models),
  resolve: "./src/modules/workshop",
  pathToMigrations: "./src/modules/workshop/migrations",
  testSuite: ({ service, MikroOrmWrapper }) => {
    let workshopId: string
    let otherWorkshopId: string
    let artisanId: string
    let pieceTypeId: string
    let batchNo = 0

    const sql = (query: string, params: unknown[] = []) => MikroOrmWrapper.forkManager().execute(query, params)

    beforeEach(async () => {
      const [w, other] = await service.createWorkshops([
        { handle: "dinghu", name_zh: "鼎湖", name_en: "Dinghu", city_zh: "肇庆", city_en: "Zhaoqing" },
        { handle: "sihui", name_zh: "四会", name_en: "Sihui", city_zh: "四会", city_en: "Sihui" },
      ])
      workshopId = w.id
      otherWorkshopId = other.id
      const artisan = await service.createArtisans({
        workshop_id: workshopId,
        display_name: "阿兰",
        legal_name: "李兰",
        phone: "+8613800000001",
        joined_on: "2026-01-10",
      })
      artisanId = artisan.id
      const pieceType = await service.createPieceTypes({ workshop_id: workshopId, code: "FAN-FACE", name_zh: "扇面", name_en: "Fan face" })
      pieceTypeId = pieceType.id
      await service.createPieceRates([
        { piece_type_id: pieceTypeId, effective_from: "2026-01-01", rate_a: 30, rate_b: 20 },
        { piece_type_id: pieceTypeId, effective_from: "2026-10-01", rate_a: 35.5, rate_b: 25 },
      ])
    })

    const line = (overrides: Partial<WorkLineInput> = {}): WorkLineInput => ({
      artisan_id: artisanId,
      piece_type_id: pieceTypeId,
      quantity: 2,
      grade: "A",
      work_date: "2026-11-02",
      ...overrides,
    })

    const record = (lines: WorkLineInput[], key = `key-${++batchNo}`, hash = `hash-${key}`) =>
      service.recordWorkBatch({
        coordinator_id: "coord_test",
        workshop_ids: [workshopId],
        idempotency_key: key,
        request_hash: hash,
        lines,
        today: TODAY,
      })

    const ledgerSum = async (period: string) => {
      const [row] = await sql(`select coalesce(sum(amount), 0)::text as total, count(*)::int as n from ledger_entry where period = ?`, [period])
      return row as { total: string; n: number }
    }

    describe("recording work", () => {
      it("refuses work dated after a woman left, and anything for a woman marked as left without a date", async () => {
        await service.updateArtisans({ id: artisanId, status: "left", left_on: "2026-11-05" })
        const refused = await record([line({ work_date: "2026-11-05" }), line({ work_date: "2026-11-06" })])
        expect(refused.status).toBe("invalid")
        if (refused.status !== "invalid") return
        expect(refused.errors).toEqual([
          expect.objectContaining({ index: 1, field: "work_date", code: "work_date_after_left", params: { work_date: "2026-11-06", left_on: "2026-11-05" } }),
        ])
        expect(await ledgerSum("2026-11")).toEqual({ total: "0", n: 0 })
        // her last day's work is still taken
        expect((await record([line({ work_date: "2026-11-05" })])).status).toBe("created")

        await service.updateArtisans({ id: artisanId, left_on: null })
        const undated = await record([line({ work_date: "2026-11-04" })])
        expect(undated.status === "invalid" && undated.errors[0].code).toBe("work_date_after_left")
      })

      it("answers a replayed key with the very bytes of the first answer", async () => {
        const first = await record([line(), line({ grade: "B", quantity: 7 })], "same-key", "same-hash")
        const again = await record([line(), line({ grade: "B", quantity: 7 })], "same-key", "same-hash")
        expect(first.status).toBe("created")
        expect(again.status).toBe("replayed")
        if (first.status !== "created" || again.status !== "replayed") return
        expect(again.body).toBe(first.body)
        expect(JSON.parse(first.body)).toEqual(first.response)
        expect(Object.keys(JSON.parse(again.body))).toEqual(["batch_id", "entries", "total_amount"])
      })

      it("copies the rate in force on the work date into each entry and credits the ledger", async () => {
        const result = await record([line({ work_date: "2026-09-30", quantity: 3 }), line({ grade: "B" }), line({ grade: "R", quantity: 5 })])
        expect(result.status).toBe("created")
        if (result.status !== "created") return
        expect(result.response.entries.map((e) => [e.rate, e.amount])).toEqual([
          ["30.00", "90.00"],
          ["25.00", "50.00"],
          ["0.00", "0.00"],
        ])
        expect(result.response.total_amount).toBe("140.00")
        expect((await ledgerSum("2026-09")).total).toBe("90.00")
        // the rejected line is recorded but pays nothing
        expect(await ledgerSum("2026-11")).toEqual({ total: "50.00", n: 1 })
        const entries = await service.listWorkEntries({ artisan_id: artisanId })
        expect(entries).toHaveLength(3)
      })

      it("changing a rate later never moves money already recorded", async () => {
        await record([line({ quantity: 1 })])
        await service.createPieceRates({ piece_type_id: pieceTypeId, effective_from: "2026-11-01", rate_a: 50, rate_b: 40 })
        const [entry] = await service.listWorkEntries({ artisan_id: artisanId })
        expect(Number(entry.amount)).toBe(35.5)
        expect((await ledgerSum("2026-11")).total).toBe("35.50")
      })

      it("rejects a bad batch line by line and writes nothing", async () => {
        const result = await record([
          line(),
          line({ work_date: "2026-12-01" }),
          line({ work_date: "2025-12-31" }),
        ])
        expect(result.status).toBe("invalid")
        if (result.status !== "invalid") return
        expect(result.errors.map((e) => [e.index, e.field, e.code])).toEqual([
          [1, "work_date", "work_date_in_future"],
          [2, "work_date", "work_date_before_joined"],
        ])
        expect(await service.listWorkEntries({})).toHaveLength(0)
        expect((await ledgerSum("2026-11")).n).toBe(0)
      })

      it("treats an artisan of another workshop as not found and writes nothing", async () => {
        const stranger = await service.createArtisans({
          workshop_id: otherWorkshopId, display_name: "小梅", legal_name: "王梅", phone: "+8613800000002", joined_on: "2026-01-01",
        })
        const result = await record([line(), line({ artisan_id: stranger.id })])
        expect(result.status).toBe("not_found")
        expect(await service.listWorkEntries({})).toHaveLength(0)
      })

      it("replays the same key with the same body, refuses it with another body", async () => {
        const first = await record([line()], "same-key", "body-1")
        const again = await record([line()], "same-key", "body-1")
        expect(again.status).toBe("replayed")
        if (first.status === "created" && again.status === "replayed") {
          expect(again.response).toEqual(first.response)
        }
        const other = await record([line({ quantity: 9 })], "same-key", "body-2")
        expect(other.status).toBe("conflict")
        expect(await service.listWorkEntries({})).toHaveLength(1)
      })

      it("writes a batch once when the same key arrives concurrently", async () => {
        const results = await Promise.all(Array.from({ length: 5 }, () => record([line(), line({ quantity: 4 })], "racing-key", "same-body")))
        expect(results.filter((r) => r.status === "created")).toHaveLength(1)
        expect(results.filter((r) => r.status === "replayed")).toHaveLength(4)
        expect(await service.listWorkEntries({})).toHaveLength(2)
        expect((await ledgerSum("2026-11")).total).toBe("213.00")
      })
    })

    describe("the ledger is append-only", () => {
      it("the service refuses to update or delete a ledger entry", async () => {
        await record([line()])
        const [entry] = await service.listLedgerEntries({ artisan_id: artisanId })
        await expect(service.updateLedgerEntries({ id: entry.id, amount: 1 } as never)).rejects.toThrow(/append-only/)
        await expect(service.deleteLedgerEntries(entry.id as never)).rejects.toThrow(/append-only/)
        await expect(service.softDeleteLedgerEntries(entry.id as never)).rejects.toThrow(/append-only/)
      })

      it("the database refuses too", async () => {
        await record([line()])
        await expect(sql(`update ledger_entry set amount = 1`)).rejects.toThrow(/append-only/)
        await expect(sql(`delete from ledger_entry`)).rejects.toThrow(/append-only/)
        expect((await ledgerSum("2026-11")).total).toBe("71.00")
      })

      it("a reversal keeps the work entry and posts a reversing entry, once", async () => {
        const result = await record([line()])
        if (result.status !== "created") throw new Error("not recorded")
        const id = result.response.entries[0].id
        const input = { work_entry_id: id, workshop_ids: [workshopId], reason: "counted twice", actor_id: "coord_test", current_month: CURRENT }
        expect((await service.reverseWorkEntry(input)).status).toBe("reversed")
        expect((await service.reverseWorkEntry(input)).status).toBe("already_reversed")
        expect(await ledgerSum("2026-11")).toEqual({ total: "0.00", n: 2 })
        const [entry] = await service.listWorkEntries({ id })
        expect(entry.reversal_reason).toBe("counted twice")
        await expect(sql(`update work_entry set quantity = 99 where id = ?`, [id])).rejects.toThrow(/already reversed|frozen/)
      })

      it("a coordinator of another workshop can't reverse the entry", async () => {
        const result = await record([line()])
        if (result.status !== "created") throw new Error("not recorded")
        const outcome = await service.reverseWorkEntry({
          work_entry_id: result.response.entries[0].id, workshop_ids: [otherWorkshopId], reason: "x", actor_id: "coord_other", current_month: CURRENT,
        })
        expect(outcome.status).toBe("not_found")
        expect((await ledgerSum("2026-11")).n).toBe(1)
      })
    })

    describe("periods and statements", () => {
      it("closing freezes statements equal to the sum of their entries; closing twice changes nothing", async () => {
        await record([line({ work_date: "2026-10-05", quantity: 3 }), line({ work_date: "2026-10-06", grade: "B" })])
        await service.postAdjustment({ artisan_id: artisanId, kind: "bonus", amount: "100", reason: "contest prize", period: "2026-10", actor_id: "user_1", idempotency_key: "bonus-1" })
        await service.postAdjustment({ artisan_id: artisanId, kind: "deduction", amount: "12.5", reason: "thread lost", period: "2026-10", actor_id: "user_1", idempotency_key: "ded-1" })
        const closed = await service.closePeriod({ month: "2026-10", actor_id: "user_1", current_month: CURRENT })
        expect(closed).toMatchObject({ status: "closed", statements: 1 })
        const [statement] = await service.listStatements({ period: "2026-10" })
        expect(Number(statement.piecework_total)).toBe(156.5)
        expect(Number(statement.bonus_total)).toBe(100)
        expect(Number(statement.deduction_total)).toBe(-12.5)
        expect(Number(statement.net_total)).toBe(244)
        expect(String(Number(statement.net_total).toFixed(2))).toBe((await ledgerSum("2026-10")).total)
        expect(await service.closePeriod({ month: "2026-10", actor_id: "user_1", current_month: CURRENT })).toMatchObject({ status: "already_closed", statements: 1 })
        expect(await service.listStatements({})).toHaveLength(1)
      })

      it("refuses work dated in a closed month, naming the month", async () => {
        await service.closePeriod({ month: "2026-10", actor_id: "user_1", current_month: CURRENT })
        const result = await record([line({ work_date: "2026-10-20" })])
        expect(result.status).toBe("invalid")
        if (result.status === "invalid") {
          expect(result.errors[0]).toMatchObject({ index: 0, field: "work_date", code: "period_closed", params: { period: "2026-10" } })
        }
      })

      it("won't close a month that hasn't ended", async () => {
        expect((await service.closePeriod({ month: CURRENT, actor_id: "user_1", current_month: CURRENT })).status).toBe("not_over")
      })

      it("a reversal of closed-month money lands in the current month, pointing at the original", async () => {
        const result = await record([line({ work_date: "2026-10-05" })])
        if (result.status !== "created") throw new Error("not recorded")
        await service.closePeriod({ month: "2026-10", actor_id: "user_1", current_month: CURRENT })
        const outcome = await service.reverseWorkEntry({ work_entry_id: result.response.entries[0].id, workshop_ids: null, reason: "wrong artisan", actor_id: "user_1", current_month: CURRENT })
        expect(outcome).toMatchObject({ status: "reversed", period: CURRENT })
        expect((await ledgerSum("2026-10")).total).toBe("71.00")
        expect((await ledgerSum(CURRENT)).total).toBe("-71.00")
        const [statement] = await service.listStatements({ period: "2026-10" })
        expect(Number(statement.net_total)).toBe(71)
      })

      it("paying records the reference on every statement, and a paid statement never changes", async () => {
        await record([line({ work_date: "2026-10-05" })])
        expect((await service.payPeriod({ month: "2026-10", actor_id: "user_1", payment_reference: "BANK-1", paid_at: new Date() })).status).toBe("not_closed")
        await service.closePeriod({ month: "2026-10", actor_id: "user_1", current_month: CURRENT })
        expect(await service.payPeriod({ month: "2026-10", actor_id: "user_1", payment_reference: "BANK-1", paid_at: new Date("2026-11-05T02:00:00Z") })).toMatchObject({ status: "paid", statements: 1 })
        expect((await service.payPeriod({ month: "2026-10", actor_id: "user_1", payment_reference: "BANK-1", paid_at: new Date() })).status).toBe("already_paid")
        expect((await service.payPeriod({ month: "2026-10", actor_id: "user_1", payment_reference: "OTHER", paid_at: new Date() })).status).toBe("conflict")
        const [statement] = await service.listStatements({ period: "2026-10" })
        expect(statement.payment_reference).toBe("BANK-1")
        await expect(sql(`update statement set payment_reference = 'X' where id = ?`, [statement.id])).rejects.toThrow(/paid/)
        await expect(sql(`delete from statement`)).rejects.toThrow(/never deleted/)
      })

      it("never leaves an entry of a closed month outside its statement, with recording racing the close", async () => {
        const batches = Array.from({ length: 12 }, (_, i) => record([line({ work_date: "2026-10-15", quantity: i + 1 })]))
        const closing = new Promise((r) => setTimeout(r, 5)).then(() => service.closePeriod({ month: "2026-10", actor_id: "user_1", current_month: CURRENT }))
        const results = await Promise.all([...batches, closing])
        const recorded = results.slice(0, 12).filter((r) => (r as { status: string }).status === "created").length
        const refused = results.slice(0, 12).filter((r) => (r as { status: string }).status === "invalid").length
        expect(recorded + refused).toBe(12)
        const statements = await service.listStatements({ period: "2026-10" })
        const frozen = statements.reduce((sum, s) => sum + Math.round(Number(s.net_total) * 100), 0)
        const [{ total }] = await sql(`select coalesce(sum(amount), 0) * 100 as total from ledger_entry where period = '2026-10'`)
        expect(frozen).toBe(Number(total))
      })
    })

    describe("adjustments", () => {
      it("a double click posts a bonus once", async () => {
        const input = { artisan_id: artisanId, kind: "bonus" as const, amount: "50", reason: "quality", period: CURRENT, actor_id: "user_1", idempotency_key: "click-1" }
        const [a, b] = await Promise.all([service.postAdjustment(input), service.postAdjustment(input)])
        expect([a.status, b.status].sort()).toEqual(["posted", "replayed"])
        expect(await ledgerSum(CURRENT)).toEqual({ total: "50.00", n: 1 })
      })
    })

    describe("sale shares", () => {
      const lines = (lineId: string, amount = "200.00") => [
        { line_item_id: lineId, product_id: "prod_fan", base_amount: amount, currency_code: "cny", product_title: "团扇", thumbnail: null, quantity: 1 },
      ]

      beforeEach(async () => {
        const second = await service.createArtisans({ workshop_id: workshopId, display_name: "梅姐", legal_name: "黄梅", phone: "+8613800000003", joined_on: "2025-01-01" })
        const share = await service.createProductMakerShares({ product_id: "prod_fan", share_percent: 15 })
        await service.createProductMakers([
          { share_id: share.id, artisan_id: artisanId, weight: 1 },
          { share_id: share.id, artisan_id: second.id, weight: 1 },
        ])
      })

      it("credits makers once per line item however often the order is delivered", async () => {
        const order = { id: "order_1", display_id: 1 }
        await Promise.all([1, 2, 3, 4].map(() => service.postSaleShares({ order, lines: lines("li_1"), current_month: CURRENT })))
        expect(await ledgerSum(CURRENT)).toEqual({ total: "30.00", n: 2 })
      })

      it("credits sales abroad converted to CNY at the configured rate", async () => {
        await service.postSaleShares({ order: { id: "order_2" }, lines: [{ ...lines("li_usd", "10.00")[0], currency_code: "usd" }], current_month: CURRENT })
        // 10 USD x 7.10 x 15% = 10.65, split 1:1
        expect(await ledgerSum(CURRENT)).toEqual({ total: "10.65", n: 2 })
      })

      it("a refund reverses its fraction once per refund, never more than was credited", async () => {
        await service.postSaleShares({ order: { id: "order_3" }, lines: lines("li_3"), current_month: CURRENT })
        const refund = { line_item_ids: ["li_3"], reason: "refund", current_month: CURRENT }
        const half = { li_3: { part: "50", whole: "100" } }
        await service.reverseSaleShares({ ...refund, reason_key: "refund:r1", portions: half })
        await service.reverseSaleShares({ ...refund, reason_key: "refund:r1", portions: half })
        expect((await ledgerSum(CURRENT)).total).toBe("15.00")
        await service.reverseSaleShares({ ...refund, reason_key: "refund:r2", portions: { li_3: { part: "80", whole: "100" } } })
        expect((await ledgerSum(CURRENT)).total).toBe("0.00")
      })

      it("a cancel and a refund handled at once never take back more than was credited", async () => {
        for (let round = 0; round < 5; round++) {
          const li = `li_race_${round}`
          await service.postSaleShares({ order: { id: `order_race_${round}` }, lines: lines(li), current_month: CURRENT })
          const before = (await ledgerSum(CURRENT)).total
          // both at once: the cancel takes all that is left, the refund 60 %; whichever goes
          // second sees what the first reversed (the originals are locked FOR UPDATE)
          await Promise.all([
            service.reverseSaleShares({ line_item_ids: [li], reason_key: `cancel:${li}`, reason: "order canceled", current_month: CURRENT }),
            service.reverseSaleShares({ line_item_ids: [li], reason_key: `refund:${li}`, reason: "refund", current_month: CURRENT, portions: { [li]: { part: "60", whole: "100" } } }),
          ])
          const [{ credited, reversed }] = (await sql(
            `select sum(amount) filter (where kind = 'sale_share')::numeric(14,2)::text as credited,
                    sum(amount) filter (where kind = 'reversal')::numeric(14,2)::text as reversed
               from ledger_entry where source_id = ? or reverses_id in (select id from ledger_entry where source_id = ?)`,
            [li, li]
          )) as { credited: string; reversed: string }[]
          expect(credited).toBe("30.00")
          expect(reversed).toBe("-30.00")
          expect(sumMoney([before, "-30.00"])).toBe((await ledgerSum(CURRENT)).total)
        }
      })

      it("counts each order's revenue once, and takes a canceled order's out once", async () => {
        const revenue = async () =>
          ((await sql(`select amount::numeric(14,2)::text as amount from workshop_money_total where key = 'sales_revenue'`)) as { amount: string }[])[0]?.amount ?? "0.00"
        const start = await revenue()
        await service.postSaleShares({ order: { id: "order_rev" }, lines: lines("li_rev", "200.00"), current_month: CURRENT })
        await service.postSaleShares({ order: { id: "order_rev" }, lines: lines("li_rev", "200.00"), current_month: CURRENT })
        expect(await revenue()).toBe(sumMoney([start, "200.00"]))
        const cancel = { line_item_ids: ["li_rev"], reason_key: "cancel:order_rev", reason: "order canceled", current_month: CURRENT, canceled_order_id: "order_rev" }
        await service.reverseSaleShares(cancel)
        await service.reverseSaleShares(cancel)
        expect(await revenue()).toBe(start)
      })

      it("keeps each woman's month net beside the ledger, in the same transaction", async () => {
        await service.postSaleShares({ order: { id: "order_agg" }, lines: lines("li_agg"), current_month: CURRENT })
        await service.reverseSaleShares({ line_item_ids: ["li_agg"], reason_key: "refund:agg", reason: "refund", current_month: CURRENT, portions: { li_agg: { part: "1", whole: "3" } } })
        const mismatches = await sql(
          `select l.artisan_id, l.period from (select artisan_id, period, sum(amount) as net from ledger_entry group by 1, 2) l
             full join artisan_month_total t using (artisan_id, period)
            where coalesce(l.net, 0) <> coalesce(t.net, 0)`
        )
        expect(mismatches).toEqual([])
      })

      it("a cancel after the sale's month closed lands in the current month, pointing at the original", async () => {
        await service.postSaleShares({ order: { id: "order_4" }, lines: lines("li_4"), current_month: "2026-10" })
        await service.closePeriod({ month: "2026-10", actor_id: "user_1", current_month: CURRENT })
        await service.reverseSaleShares({ line_item_ids: ["li_4"], reason_key: "cancel:order_4", reason: "order canceled", current_month: CURRENT })
        expect((await ledgerSum("2026-10")).total).toBe("30.00")
        expect((await ledgerSum(CURRENT)).total).toBe("-30.00")
        const reversals = await service.listLedgerEntries({ kind: "reversal" })
        expect(reversals.every((r) => r.reverses_id && r.period === CURRENT)).toBe(true)
      })
    })
  },
})
