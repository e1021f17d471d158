import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { compareMoney, slipSectionsTotal, sumMoney } from "@jinxiu/workshop/domain"
import { adminHeaders, createArtisan, createCoordinator, createPieceType, createWorkshop, uniqueSuffix } from "../helpers"
import { useWorkshopClock } from "../helpers/clock"

const { lastMonth: LAST_MONTH, today, month } = useWorkshopClock()

/**
 * The pay slip (工资条): one statement with its lines by kind, its frozen totals, what is payable,
 * paid and owed, and its payouts (a failed one marked). She gets only her own, a coordinator only
 * her workshops', the staff any.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const post = (path: string, body: unknown, config: any) => api.post(path, body, config).catch((e: any) => e.response)
    const get = (path: string, config: any) => api.get(path, config).catch((e: any) => e.response)

    it("answers a closed month's statement as a slip whose lines add up to its frozen totals, to each caller in scope", async () => {
      const container = getContainer()
      const admin = await adminHeaders(container)
      const workshopX = await createWorkshop(container)
      const workshopY = await createWorkshop(container)
      const coordinatorX = await createCoordinator(api, container, { workshopIds: [workshopX.id] })
      const coordinatorY = await createCoordinator(api, container, { workshopIds: [workshopY.id] })
      const artisanA = await createArtisan(api, container, { workshopId: workshopX.id, joined_on: "2024-01-01" })
      const artisanB = await createArtisan(api, container, { workshopId: workshopY.id, joined_on: "2024-01-01" })
      const fan = await createPieceType(container, { workshopId: workshopX.id, code: `A-FAN-${uniqueSuffix()}`, rate: { effective_from: "2024-01-01", rate_a: 12.5, rate_b: 9 } })
      const border = await createPieceType(container, { workshopId: workshopX.id, code: `B-BORDER-${uniqueSuffix()}`, rate: { effective_from: "2024-01-01", rate_a: 3.35, rate_b: 2 } })
      const cushion = await createPieceType(container, { workshopId: workshopY.id, rate: { effective_from: "2024-01-01", rate_a: 20, rate_b: 15 } })

      // last month: A works three days on two piece types, one line is reversed, a bonus and a deduction
      const line = (pieceTypeId: string, quantity: number, grade: string, day: string) => ({ artisan_id: artisanA.artisan.id, piece_type_id: pieceTypeId, quantity, grade, work_date: `${LAST_MONTH}-${day}` })
      const recorded = await post(
        "/coordinator/work-entries",
        { lines: [line(fan.id, 4, "A", "03"), line(fan.id, 3, "A", "10"), line(fan.id, 2, "B", "10"), line(border.id, 7, "A", "12"), line(border.id, 1, "A", "13")] },
        { headers: { ...coordinatorX.headers.headers, "idempotency-key": `slip-a-${uniqueSuffix()}` } }
      )
      expect(recorded.status).toBe(201)
      expect((await post(`/coordinator/work-entries/${recorded.data.entries[4].id}/reverse`, { reason: "记错了 recorded twice" }, coordinatorX.headers)).status).toBe(200)
      expect((await post("/admin/adjustments", { artisan_id: artisanA.artisan.id, kind: "bonus", amount: "30.00", reason: "全勤 every day", period: LAST_MONTH }, admin)).status).toBe(201)
      expect((await post("/admin/adjustments", { artisan_id: artisanA.artisan.id, kind: "deduction", amount: "4.50", reason: "线 thread", period: LAST_MONTH }, admin)).status).toBe(201)
      const recordedB = await post(
        "/coordinator/work-entries",
        { lines: [{ artisan_id: artisanB.artisan.id, piece_type_id: cushion.id, quantity: 2, grade: "A", work_date: `${LAST_MONTH}-05` }] },
        { headers: { ...coordinatorY.headers.headers, "idempotency-key": `slip-b-${uniqueSuffix()}` } }
      )
      expect(recordedB.status).toBe(201)
      expect((await post(`/admin/periods/${LAST_MONTH}/close`, {}, admin)).data.status).toBe("closed")

      const service = container.resolve("workshop") as any
      const [statementA] = await service.listStatements({ artisan_id: artisanA.artisan.id, period: LAST_MONTH })
      const [statementB] = await service.listStatements({ artisan_id: artisanB.artisan.id, period: LAST_MONTH })
      const frozen = (await get(`/admin/periods/${LAST_MONTH}/statements`, admin)).data.statements.find((s: any) => s.id === statementA.id)
      // 4×12.50 + 3×12.50 + 2×9 + 7×3.35 + 1×3.35 − 3.35 + 30 − 4.50
      expect(frozen.net_total).toBe("154.45")

      // paid: 40 by WeChat that came back, then 100 by bank
      const pay = (body: unknown) => post(`/admin/statements/${statementA.id}/payouts`, body, { headers: { ...admin.headers, "idempotency-key": `slip-pay-${uniqueSuffix()}` } })
      const wechat = await pay({ method: "wechat", amount: 40, reference: "WX-9" })
      expect(wechat.status).toBe(201)
      expect((await post(`/admin/payouts/${wechat.data.payout.id}/fail`, { reason: "账号错误 wrong account" }, admin)).status).toBe(201)
      const bank = await pay({ method: "bank", amount: "100.00", reference: "BANK-7" })
      expect(bank.status).toBe(201)

      // a new rate from today changes nothing on last month's slip
      await service.createPieceRates({ piece_type_id: fan.id, effective_from: today, rate_a: 99, rate_b: 88, created_by: "test" })

      // the staff's slip: the statement's frozen totals, its lines adding up to its net, its payouts with what became of them
      const staff = await get(`/admin/statements/${statementA.id}/slip`, admin)
      expect(staff.status).toBe(200)
      const slip = staff.data.slip
      expect(slip).toMatchObject({
        statement_id: statementA.id,
        period: LAST_MONTH,
        currency_code: "cny",
        artisan: { id: artisanA.artisan.id, display_name: artisanA.artisan.display_name },
        workshop: { id: workshopX.id, handle: workshopX.handle, name_zh: workshopX.name_zh },
        totals: {
          piecework_total: frozen.piecework_total,
          sale_share_total: frozen.sale_share_total,
          bonus_total: frozen.bonus_total,
          deduction_total: frozen.deduction_total,
          reversal_total: frozen.reversal_total,
          net_total: frozen.net_total,
          entry_count: frozen.entry_count,
        },
        paid: "100.00",
        state: "partly_paid",
      })
      expect(slip.totals).toMatchObject({ piecework_total: "132.30", bonus_total: "30.00", deduction_total: "-4.50", reversal_total: "-3.35" })
      const stored = (await service.listStatements({ id: statementA.id }))[0]
      for (const field of ["payable_total", "carried_in", "advance_recovered"]) expect(compareMoney(slip[field], stored[field]), field).toBe(0)
      expect(slip.owed).toBe(sumMoney([slip.payable_total, "-100.00"]))
      expect(slipSectionsTotal(slip.sections)).toBe(slip.totals.net_total)
      for (const section of slip.sections) expect(section.total, section.kind).toBe(slip.totals[`${section.kind}_total`])
      expect(slip.sections.map((s: any) => s.kind)).toEqual(["piecework", "bonus", "deduction", "reversal"])
      // piecework on one line per piece type, grade and rate, at the rate applied
      expect(slip.sections[0].lines.map((l: any) => [l.piece_type.id, l.grade, l.rate, l.quantity, l.amount])).toEqual([
        [fan.id, "A", "12.50", 7, "87.50"],
        [fan.id, "B", "9.00", 2, "18.00"],
        [border.id, "A", "3.35", 8, "26.80"],
      ])
      expect(slip.sections[3].lines).toEqual([expect.objectContaining({ kind: "reversal", reason: "记错了 recorded twice", amount: "-3.35" })])
      expect(slip.payouts.map((p: any) => [p.method, p.amount, p.status, p.reference])).toEqual(
        expect.arrayContaining([
          ["wechat", "40.00", "failed", "WX-9"],
          ["bank", "100.00", "sent", "BANK-7"],
        ])
      )
      expect(slip.payouts).toHaveLength(2)
      expect(slip.payouts.find((p: any) => p.status === "failed").failure).toMatchObject({ reason: "账号错误 wrong account", failed_on: today })
      expect(slip.payouts[0]).toHaveProperty("recorded_by")

      // hers: the same slip without who recorded what; another woman's statement is a 404
      const hers = await get(`/artisan/statements/${statementA.id}/slip`, artisanA.headers)
      expect(hers.status).toBe(200)
      expect(hers.data.slip).toMatchObject({ statement_id: statementA.id, totals: slip.totals, sections: slip.sections, paid: "100.00", owed: slip.owed, state: "partly_paid" })
      expect(hers.data.slip.payouts.map((p: any) => p.status).sort()).toEqual(["failed", "sent"])
      expect(hers.data.slip.payouts.find((p: any) => p.status === "failed").failure).toEqual({ reason: "账号错误 wrong account", failed_on: today })
      for (const payout of hers.data.slip.payouts) expect(payout).not.toHaveProperty("recorded_by")
      expect((await get(`/artisan/statements/${statementB.id}/slip`, artisanA.headers)).status).toBe(404)
      expect((await get(`/artisan/statements/${statementA.id}/slip`, artisanB.headers)).status).toBe(404)
      expect((await get(`/artisan/statements/stmt_01NOSUCHSTATEMENT000000000/slip`, artisanA.headers)).status).toBe(404)
      const extraQuery = await get(`/artisan/statements/${statementA.id}/slip?artisan_id=${artisanB.artisan.id}`, artisanA.headers)
      expect(extraQuery.status).toBe(400)

      // her statements say how far each is paid, from the payouts
      const listed = await get(`/artisan/statements`, artisanA.headers)
      expect(listed.data.statements.map((s: any) => [s.id, s.pay])).toEqual([[statementA.id, { payable_total: slip.payable_total, paid: "100.00", owed: slip.owed, state: "partly_paid" }]])

      // the desk: her workshops' slips and statements only
      const desk = await get(`/coordinator/statements/${statementA.id}/slip`, coordinatorX.headers)
      expect(desk.status).toBe(200)
      expect(desk.data.slip).toMatchObject({ statement_id: statementA.id, totals: slip.totals, owed: slip.owed })
      for (const payout of desk.data.slip.payouts) expect(payout).not.toHaveProperty("recorded_by")
      expect((await get(`/coordinator/statements/${statementB.id}/slip`, coordinatorX.headers)).status).toBe(404)
      expect((await get(`/coordinator/statements/${statementA.id}/slip`, coordinatorY.headers)).status).toBe(404)
      expect((await get(`/coordinator/statements/${statementB.id}/slip`, coordinatorY.headers)).status).toBe(200)

      const listX = await get(`/coordinator/statements?period=${LAST_MONTH}`, coordinatorX.headers)
      expect(listX.status).toBe(200)
      expect(listX.data).toEqual({
        period: LAST_MONTH,
        statements: [expect.objectContaining({ id: statementA.id, statement_id: statementA.id, artisan_id: artisanA.artisan.id, net_total: "154.45", paid: "100.00", owed: slip.owed, state: "partly_paid" })],
      })
      const listY = await get(`/coordinator/statements?period=${LAST_MONTH}`, coordinatorY.headers)
      expect(listY.data.statements.map((s: any) => s.id)).toEqual([statementB.id])
      const noPeriod = await get(`/coordinator/statements`, coordinatorX.headers)
      expect(noPeriod.status).toBe(400)
      expect(noPeriod.data.message).toMatch(/period/)
      const badPeriod = await get(`/coordinator/statements?period=2026-13`, coordinatorX.headers)
      expect(badPeriod.status).toBe(400)
      expect(badPeriod.data.message).toMatch(/period: /)

      // paid in full: the slip says so
      const rest = await pay({ method: "cash", amount: slip.owed })
      expect(rest.status).toBe(201)
      const paid = (await get(`/artisan/statements/${statementA.id}/slip`, artisanA.headers)).data.slip
      expect(paid).toMatchObject({ state: "paid", owed: "0.00", paid: slip.payable_total })
      expect(paid.payouts).toHaveLength(3)
      // the frozen totals never moved
      expect(paid.totals).toEqual(slip.totals)
    })

    it("takes what is payable from the statement: an advance recovered at the close shows, and pay state and owed follow what is payable", async () => {
      const container = getContainer()
      const admin = await adminHeaders(container)
      const workshop = await createWorkshop(container)
      const coordinator = await createCoordinator(api, container, { workshopIds: [workshop.id] })
      const her = await createArtisan(api, container, { workshopId: workshop.id, joined_on: "2024-01-01" })
      const pieceType = await createPieceType(container, { workshopId: workshop.id, rate: { effective_from: "2024-01-01", rate_a: 10, rate_b: 5 } })
      const earlier = month(-2)
      const recorded = await post(
        "/coordinator/work-entries",
        { lines: [{ artisan_id: her.artisan.id, piece_type_id: pieceType.id, quantity: 9, grade: "A", work_date: `${earlier}-08` }] },
        { headers: { ...coordinator.headers.headers, "idempotency-key": `slip-adv-${uniqueSuffix()}` } }
      )
      expect(recorded.status).toBe(201)
      const advance = await post(
        `/admin/artisans/${her.artisan.id}/advances`,
        { method: "cash", amount: "30.00", reason: "预支 advance", paid_on: `${earlier}-02` },
        { headers: { ...admin.headers, "idempotency-key": `slip-advance-${uniqueSuffix()}` } }
      )
      expect(advance.status).toBe(201)
      expect((await post(`/admin/periods/${earlier}/close`, {}, admin)).status).toBe(200)

      const service = container.resolve("workshop") as any
      const [statement] = await service.listStatements({ artisan_id: her.artisan.id, period: earlier })
      const slip = (await get(`/artisan/statements/${statement.id}/slip`, her.headers)).data.slip
      expect(slip).toMatchObject({
        totals: { net_total: "90.00", piecework_total: "90.00" },
        carried_in: "0.00",
        advance_recovered: "30.00",
        payable_total: "60.00",
        carried_out: "0.00",
        paid: "0.00",
        owed: "60.00",
        state: "unpaid",
        payouts: [],
      })
      expect(slipSectionsTotal(slip.sections)).toBe("90.00")

      const paid = await post(`/admin/statements/${statement.id}/payouts`, { method: "alipay", amount: "60.00" }, { headers: { ...admin.headers, "idempotency-key": `slip-pay-${uniqueSuffix()}` } })
      expect(paid.status).toBe(201)
      const after = (await get(`/coordinator/statements/${statement.id}/slip`, coordinator.headers)).data.slip
      expect(after).toMatchObject({ payable_total: "60.00", paid: "60.00", owed: "0.00", state: "paid" })
      expect(after.payouts.map((p: any) => [p.method, p.amount, p.status])).toEqual([["alipay", "60.00", "sent"]])
    })
  },
})
