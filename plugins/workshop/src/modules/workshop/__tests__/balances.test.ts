import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { WORKSHOP_MODULE } from ".."
import * as models from "../models"
import type { WorkshopModuleService } from "../service"
import type { RecordAdvanceInput } from "../repositories/advance/record-advance"
import { sumMoney, subtractMoney } from "../../../domain"

const CURRENT = "2026-12"

/**
 * Carried balances and advances: a month whose deductions exceed her earnings carries the
 * negative balance into her next statement; an advance is recovered from her next statements,
 * never more than a month leaves her; where she stands always adds up.
 */
moduleIntegrationTestRunner<WorkshopModuleService>({
  moduleName: WORKSHOP_MODULE,
  moduleModels: Object.values(models),
  resolve: "./src/modules/workshop",
  pathToMigrations: "./src/modules/workshop/migrations",
  testSuite: ({ service, MikroOrmWrapper }) => {
    let artisanId: string
    let otherArtisanId: string
    let keyNo = 0

    const sql = (query: string, params: unknown[] = []) => MikroOrmWrapper.forkManager().execute(query, params)

    beforeEach(async () => {
      const workshop = await service.createWorkshops({ handle: "dinghu", name_zh: "鼎湖", name_en: "Dinghu", city_zh: "肇庆", city_en: "Zhaoqing" })
      const [her, other] = await service.createArtisans([
        { workshop_id: workshop.id, display_name: "阿兰", legal_name: "李兰", phone: "+8613800000001", joined_on: "2026-01-10" },
        { workshop_id: workshop.id, display_name: "阿梅", legal_name: "王梅", phone: "+8613800000002", joined_on: "2026-01-10" },
      ])
      artisanId = her.id
      otherArtisanId = other.id
    })

    const adjust = (kind: "bonus" | "deduction", amount: string, period: string, artisan_id = artisanId) =>
      service.postAdjustment({ artisan_id, kind, amount, reason: "the month", period, actor_id: "user_1", idempotency_key: `adj-${++keyNo}` })
    const close = (month: string) => service.closePeriod({ month, actor_id: "user_1", current_month: CURRENT })
    const statementOf = async (period: string, artisan_id = artisanId) => {
      const [row] = (await sql(
        `select id, net_total::numeric(14,2)::text as net, carried_in::numeric(14,2)::text as carried_in,
                advance_recovered::numeric(14,2)::text as recovered, payable_total::numeric(14,2)::text as payable, entry_count
           from statement where artisan_id = ? and period = ?`,
        [artisan_id, period]
      )) as { id: string; net: string; carried_in: string; recovered: string; payable: string; entry_count: number }[]
      return row
    }
    const advance = (overrides: Partial<RecordAdvanceInput> = {}) =>
      service.recordAdvance({
        artisan_id: artisanId,
        method: "wechat",
        amount: "500.00",
        reference: "WX-ADV",
        paid_on: "2026-08-20",
        reason: "a large order of 200 cushions",
        actor_id: "user_1",
        idempotency_key: `advance-${++keyNo}`,
        request_hash: "h",
        ...overrides,
      })
    /** where she stands always adds up: balance = earned − paid − advanced = owed + carried − outstanding */
    const expectBalanced = async (artisan_id = artisanId) => {
      const b = await service.artisanPayouts(artisan_id)
      expect(b.balance).toBe(subtractMoney(subtractMoney(b.earned, b.paid), b.advanced))
      expect(b.balance).toBe(subtractMoney(sumMoney([b.owed, b.carried]), b.advance_outstanding))
      return b
    }

    it("carries a month whose deductions exceed her earnings into the next month: nothing lost, nothing paid twice", async () => {
      await adjust("bonus", "100", "2026-09")
      await adjust("deduction", "150", "2026-09")
      await close("2026-09")
      expect(await statementOf("2026-09")).toMatchObject({ net: "-50.00", carried_in: "0.00", payable: "0.00" })
      expect(await expectBalanced()).toMatchObject({ owed: "0.00", carried: "-50.00", balance: "-50.00" })
      const september = (await service.periodPayouts("2026-09")).statements.find((s) => s.artisan_id === artisanId)!
      expect(september).toMatchObject({ state: "paid", owed: "0.00", payable_total: "0.00" })

      await adjust("bonus", "300", "2026-10")
      await close("2026-10")
      expect(await statementOf("2026-10")).toMatchObject({ net: "300.00", carried_in: "-50.00", payable: "250.00" })
      expect(await expectBalanced()).toMatchObject({ earned: "250.00", owed: "250.00", carried: "0.00", balance: "250.00" })
      // a payout is capped by what the month made payable, not its net
      const [statement] = await service.listStatements({ artisan_id: artisanId, period: "2026-10" })
      const over = await service.recordPayout({
        statement_id: statement.id, method: "bank", amount: "300.00", reference: "B1", paid_on: "2026-11-05", actor_id: "user_1", idempotency_key: "pay-over-1", request_hash: "x",
      })
      expect(over).toMatchObject({ status: "over_owed", statement: { owed: "250.00" } })
      const paid = await service.recordPayout({
        statement_id: statement.id, method: "bank", amount: "250.00", reference: "B1", paid_on: "2026-11-05", actor_id: "user_1", idempotency_key: "pay-ok-1", request_hash: "y",
      })
      expect(paid).toMatchObject({ status: "recorded", statement: { state: "paid", owed: "0.00" } })
      expect(await expectBalanced()).toMatchObject({ balance: "0.00", owed: "0.00" })
    })

    it("carries the balance on through a month without work, until a month absorbs it", async () => {
      await adjust("deduction", "80", "2026-08")
      await close("2026-08")
      await close("2026-09") // no work: she still gets a statement that carries it
      expect(await statementOf("2026-09")).toMatchObject({ net: "0.00", carried_in: "-80.00", payable: "0.00", entry_count: 0 })
      expect(await statementOf("2026-09", otherArtisanId)).toBeUndefined()
      await adjust("bonus", "50", "2026-10")
      await close("2026-10")
      expect(await statementOf("2026-10")).toMatchObject({ carried_in: "-80.00", payable: "0.00" })
      expect(await expectBalanced()).toMatchObject({ carried: "-30.00", balance: "-30.00" })
      await adjust("bonus", "200", "2026-11")
      await close("2026-11")
      expect(await statementOf("2026-11")).toMatchObject({ carried_in: "-30.00", payable: "170.00" })
      expect(await expectBalanced()).toMatchObject({ carried: "0.00", owed: "170.00", balance: "170.00" })
    })

    it("recovers an advance over two months, never more than a month leaves her, until it is repaid", async () => {
      const recorded = await advance()
      expect(recorded).toMatchObject({ status: "recorded", advance: { amount: "500.00", method: "wechat", reason: "a large order of 200 cushions" } })
      expect(await expectBalanced()).toMatchObject({ advanced: "500.00", advance_outstanding: "500.00", balance: "-500.00" })

      await adjust("bonus", "300", "2026-09")
      await adjust("bonus", "40", "2026-09", otherArtisanId)
      await close("2026-09")
      expect(await statementOf("2026-09")).toMatchObject({ net: "300.00", recovered: "300.00", payable: "0.00" })
      expect(await statementOf("2026-09", otherArtisanId)).toMatchObject({ recovered: "0.00", payable: "40.00" })
      expect((await service.artisanAdvances(artisanId)).outstanding).toBe("200.00")

      await adjust("bonus", "450", "2026-10")
      await close("2026-10")
      expect(await statementOf("2026-10")).toMatchObject({ net: "450.00", recovered: "200.00", payable: "250.00" })
      const advances = await service.artisanAdvances(artisanId)
      expect(advances).toMatchObject({ advanced: "500.00", recovered: "500.00", outstanding: "0.00" })
      expect(advances.recoveries.map((r) => [r.period, r.amount])).toEqual([["2026-10", "200.00"], ["2026-09", "300.00"]])

      await adjust("bonus", "100", "2026-11")
      await close("2026-11")
      expect(await statementOf("2026-11")).toMatchObject({ recovered: "0.00", payable: "100.00" })
      expect(await expectBalanced()).toMatchObject({ owed: "350.00", advance_outstanding: "0.00", balance: "350.00" })
    })

    it("takes a carried balance before an advance", async () => {
      await advance({ amount: "100" })
      await adjust("deduction", "30", "2026-09")
      await close("2026-09")
      await adjust("bonus", "100", "2026-10")
      await close("2026-10")
      expect(await statementOf("2026-10")).toMatchObject({ carried_in: "-30.00", recovered: "70.00", payable: "0.00" })
      expect(await expectBalanced()).toMatchObject({ advance_outstanding: "30.00", carried: "0.00", balance: "-30.00" })
    })

    it("two months closing at once never recover one advance twice", async () => {
      await advance({ amount: "100" })
      await adjust("bonus", "80", "2026-09")
      await adjust("bonus", "80", "2026-10")
      await Promise.all([close("2026-09"), close("2026-10")])
      const recovered = sumMoney([(await statementOf("2026-09")).recovered, (await statementOf("2026-10")).recovered])
      expect(recovered).toBe("100.00")
      expect(await expectBalanced()).toMatchObject({ owed: "60.00", advance_outstanding: "0.00" })
    })

    it("records an advance once per key; the same key with another advance is a conflict; unknown women are refused", async () => {
      const first = await advance({ idempotency_key: "adv-same-key", request_hash: "a" })
      const again = await advance({ idempotency_key: "adv-same-key", request_hash: "a" })
      expect(again).toMatchObject({ status: "replayed", advance: { id: first.status === "recorded" ? first.advance.id : "" } })
      expect(await advance({ idempotency_key: "adv-same-key", request_hash: "b", amount: "9" })).toMatchObject({ status: "conflict" })
      expect(await advance({ artisan_id: "art_missing" })).toEqual({ status: "artisan_not_found" })
      expect(((await sql(`select count(*)::int as n from artisan_advance`)) as { n: number }[])[0].n).toBe(1)
    })

    it("advances are append-only: the service and the database refuse to change or remove one", async () => {
      const recorded = await advance()
      if (recorded.status !== "recorded") throw new Error(recorded.status)
      await expect(service.updateAdvances({ id: recorded.advance.id, amount: 1 } as never)).rejects.toThrow(/append-only/)
      await expect(sql(`update artisan_advance set amount = 1 where id = ?`, [recorded.advance.id])).rejects.toThrow(/append-only/)
      await expect(sql(`delete from artisan_advance where id = ?`, [recorded.advance.id])).rejects.toThrow(/append-only/)
    })
  },
})
