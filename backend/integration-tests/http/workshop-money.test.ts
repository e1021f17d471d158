import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import {
  adminHeaders,
  createArtisan,
  createCoordinator,
  createPieceType,
  createWorkshop,
  publishableKeyHeaders,
  uniqueSuffix,
} from "../helpers"
import { setWorkshopClock, useWorkshopClock } from "../helpers/clock"

const { now, today, thisMonth: THIS_MONTH, lastMonth: LAST_MONTH, day } = useWorkshopClock()
const DAY_LAST_MONTH = `${LAST_MONTH}-15`

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let workshop: any
    let otherWorkshop: any
    let coordinator: { headers: any }
    let otherCoordinator: { headers: any }
    let artisanA: { artisan: any; headers: any }
    let artisanB: { artisan: any; headers: any }
    let pieceType: any
    let admin: any
    let keyCounter = 0

    const withKey = (headers: any, key = `test-key-${uniqueSuffix()}-${++keyCounter}`) => ({
      headers: { ...headers.headers, "idempotency-key": key },
    })
    const line = (overrides: Record<string, unknown> = {}) => ({
      artisan_id: artisanA.artisan.id,
      piece_type_id: pieceType.id,
      quantity: 3,
      grade: "A",
      work_date: today,
      ...overrides,
    })
    const post = (path: string, body: unknown, config: any) => api.post(path, body, config).catch((e: any) => e.response)
    const get = (path: string, config: any) => api.get(path, config).catch((e: any) => e.response)

    beforeEach(async () => {
      const container = getContainer()
      admin = await adminHeaders(container)
      workshop = await createWorkshop(container)
      otherWorkshop = await createWorkshop(container)
      coordinator = await createCoordinator(api, container, { workshopIds: [workshop.id] })
      otherCoordinator = await createCoordinator(api, container, { workshopIds: [otherWorkshop.id] })
      artisanA = await createArtisan(api, container, { workshopId: workshop.id, joined_on: "2024-01-01" })
      artisanB = await createArtisan(api, container, { workshopId: workshop.id, joined_on: "2024-01-01" })
      pieceType = await createPieceType(container, { workshopId: workshop.id, rate: { effective_from: "2024-01-01", rate_a: 12.5, rate_b: 9 } })
    })

    describe("recording piecework (coordinator)", () => {
      it("records a batch, and the artisan sees the entries and her new total", async () => {
        const res = await post("/coordinator/work-entries", { lines: [line(), line({ grade: "B", quantity: 2 }), line({ artisan_id: artisanB.artisan.id })] }, withKey(coordinator.headers))
        expect(res.status).toBe(201)
        expect(res.data.entries).toHaveLength(3)
        expect(res.data.total_amount).toBe("93.00")

        const month = await get(`/artisan/earnings/${THIS_MONTH}`, artisanA.headers)
        expect(month.status).toBe(200)
        expect(month.data.totals.piecework).toBe("55.50")
        expect(month.data.entries).toHaveLength(2)
        expect(month.data.entries[0].work_entry).toMatchObject({ quantity: expect.any(Number), rate: expect.any(String) })
        expect(month.data.entries[0].work_entry.piece_type.name_zh).toBe(pieceType.name_zh)

        const list = await get(`/coordinator/work-entries?date=${today}&artisan_id=${artisanA.artisan.id}`, coordinator.headers)
        expect(list.data.work_entries).toHaveLength(2)
      })

      it("requires an Idempotency-Key, and replays the same batch instead of writing it twice", async () => {
        const missing = await post("/coordinator/work-entries", { lines: [line()] }, coordinator.headers)
        expect(missing.status).toBe(400)
        expect(missing.data.errors[0].field).toBe("Idempotency-Key")

        const config = withKey(coordinator.headers, "same-key-123")
        const first = await post("/coordinator/work-entries", { lines: [line()] }, config)
        const again = await post("/coordinator/work-entries", { lines: [line()] }, config)
        expect(again.status).toBe(201)
        expect(again.data).toEqual(first.data)
        const different = await post("/coordinator/work-entries", { lines: [line({ quantity: 7 })] }, config)
        expect(different.status).toBe(409)
        const list = await get(`/coordinator/work-entries`, coordinator.headers)
        expect(list.data.work_entries).toHaveLength(1)
      })

      it("concurrent submissions of one batch write it once", async () => {
        const config = withKey(coordinator.headers, "double-click-key")
        const results = await Promise.all([1, 2, 3].map(() => post("/coordinator/work-entries", { lines: [line(), line({ quantity: 1 })] }, config)))
        expect(results.map((r) => r.status)).toEqual([201, 201, 201])
        const list = await get(`/coordinator/work-entries`, coordinator.headers)
        expect(list.data.work_entries).toHaveLength(2)
      })

      it("names each bad line's index and field and writes nothing", async () => {
        const res = await post(
          "/coordinator/work-entries",
          { lines: [line(), line({ quantity: 0 }), line({ grade: "C" }), line({ quantity: 2.5 }), line({ work_date: day(1) })] },
          withKey(coordinator.headers)
        )
        expect(res.status).toBe(400)
        const byIndex = res.data.errors.map((e: any) => [e.index, e.field])
        expect(byIndex).toEqual(expect.arrayContaining([[1, "quantity"], [2, "grade"], [3, "quantity"]]))
        const future = await post("/coordinator/work-entries", { lines: [line(), line({ work_date: day(1) })] }, withKey(coordinator.headers))
        expect(future.status).toBe(400)
        expect(future.data.errors).toEqual([expect.objectContaining({ index: 1, field: "work_date", code: "work_date_in_future" })])
        const tooMany = await post("/coordinator/work-entries", { lines: Array.from({ length: 501 }, () => line()) }, withKey(coordinator.headers))
        expect(tooMany.status).toBe(400)
        expect(tooMany.data.message).toMatch(/500/)
        const list = await get(`/coordinator/work-entries`, coordinator.headers)
        expect(list.data.work_entries).toHaveLength(0)
      })

      it("reads today from the workshop's clock: 1 July is in the future until midnight in China", async () => {
        const firstOfJuly = line({ work_date: "2026-07-01" })
        try {
          // 15:59 UTC on 30 June is 23:59 on 30 June in Shanghai
          setWorkshopClock(new Date("2026-06-30T15:59:00Z"))
          const early = await post("/coordinator/work-entries", { lines: [firstOfJuly] }, withKey(coordinator.headers))
          expect(early.status).toBe(400)
          expect(early.data.errors).toEqual([expect.objectContaining({ index: 0, field: "work_date", code: "work_date_in_future" })])
          expect((await get(`/coordinator/work-entries`, coordinator.headers)).data.work_entries).toHaveLength(0)

          // 16:00 UTC is midnight: 1 July has begun in Shanghai
          setWorkshopClock(new Date("2026-06-30T16:00:00Z"))
          const onTime = await post("/coordinator/work-entries", { lines: [firstOfJuly] }, withKey(coordinator.headers))
          expect(onTime.status).toBe(201)
          expect(onTime.data.entries[0]).toMatchObject({ work_date: "2026-07-01", amount: "37.50" })
          const july = await get(`/artisan/earnings/2026-07`, artisanA.headers)
          expect(july.data.entries.map((e: any) => e.work_entry?.id)).toEqual([onTime.data.entries[0].id])
          expect(july.data.totals.piecework).toBe("37.50")
        } finally {
          setWorkshopClock(now)
        }
      })

      it("a coordinator of another workshop gets 404 and writes nothing", async () => {
        const res = await post("/coordinator/work-entries", { lines: [line()] }, withKey(otherCoordinator.headers))
        expect(res.status).toBe(404)
        const recorded = await post("/coordinator/work-entries", { lines: [line()] }, withKey(coordinator.headers))
        const id = recorded.data.entries[0].id
        expect((await post(`/coordinator/work-entries/${id}/reverse`, { reason: "not mine" }, otherCoordinator.headers)).status).toBe(404)
        expect((await get(`/coordinator/work-entries`, otherCoordinator.headers)).data.work_entries).toHaveLength(0)
      })

      it("reverses an entry with a reason: it stays listed, marked, and the money goes back", async () => {
        const recorded = await post("/coordinator/work-entries", { lines: [line()] }, withKey(coordinator.headers))
        const id = recorded.data.entries[0].id
        expect((await post(`/coordinator/work-entries/${id}/reverse`, {}, coordinator.headers)).status).toBe(400)
        const reversed = await post(`/coordinator/work-entries/${id}/reverse`, { reason: "counted twice" }, coordinator.headers)
        expect(reversed.status).toBe(200)
        expect((await post(`/coordinator/work-entries/${id}/reverse`, { reason: "again" }, coordinator.headers)).status).toBe(409)
        const list = await get(`/coordinator/work-entries`, coordinator.headers)
        expect(list.data.work_entries[0]).toMatchObject({ id, reversal_reason: "counted twice" })
        const month = await get(`/artisan/earnings/${THIS_MONTH}`, artisanA.headers)
        expect(month.data.totals.net).toBe("0.00")
        expect(month.data.entries.map((e: any) => e.kind)).toEqual(["piecework", "reversal"])
      })

      it("gives a month summary per artisan of her workshops", async () => {
        await post("/coordinator/work-entries", { lines: [line(), line({ grade: "R", quantity: 1 })] }, withKey(coordinator.headers))
        const res = await get(`/coordinator/summary?month=${THIS_MONTH}`, coordinator.headers)
        expect(res.status).toBe(200)
        const a = res.data.artisans.find((x: any) => x.artisan_id === artisanA.artisan.id)
        expect(a).toMatchObject({ pieces_a: 3, pieces_r: 1, piecework: "37.50" })
        expect(res.data.artisans).toHaveLength(2)
        expect((await get(`/coordinator/summary?month=2026-13`, coordinator.headers)).status).toBe(400)
      })
    })

    describe("periods, statements and payouts (admin)", () => {
      it("closes last month, freezing statements; work dated in it is then refused; the artisan sees it closed, then paid", async () => {
        const recorded = await post("/coordinator/work-entries", { lines: [line({ work_date: DAY_LAST_MONTH, quantity: 4 })] }, withKey(coordinator.headers))
        expect(recorded.status).toBe(201)
        const preview = await get(`/admin/periods/${LAST_MONTH}/preview`, admin)
        expect(preview.data.net_total).toBe("50.00")

        const closed = await post(`/admin/periods/${LAST_MONTH}/close`, {}, admin)
        expect(closed.status).toBe(200)
        expect(closed.data).toMatchObject({ status: "closed", statements: 1 })
        expect((await post(`/admin/periods/${LAST_MONTH}/close`, {}, admin)).data.status).toBe("already_closed")
        expect((await post(`/admin/periods/${THIS_MONTH}/close`, {}, admin)).status).toBe(400)

        const refused = await post("/coordinator/work-entries", { lines: [line({ work_date: DAY_LAST_MONTH })] }, withKey(coordinator.headers))
        expect(refused.status).toBe(400)
        expect(refused.data.errors[0]).toMatchObject({ index: 0, field: "work_date", code: "period_closed" })
        expect(refused.data.message).toContain(LAST_MONTH)

        const earnings = await get(`/artisan/earnings?from=${LAST_MONTH}&to=${THIS_MONTH}`, artisanA.headers)
        expect(earnings.data.months[0]).toMatchObject({ period: LAST_MONTH, status: "closed", net: "50.00", paid_at: null })

        expect((await post(`/admin/periods/${LAST_MONTH}/pay`, {}, admin)).status).toBe(400)
        const paid = await post(`/admin/periods/${LAST_MONTH}/pay`, { payment_reference: "BANK-TEST-1" }, admin)
        expect(paid.data).toMatchObject({ status: "paid", statements: 1 })
        const statements = await get(`/artisan/statements`, artisanA.headers)
        expect(statements.data.statements[0]).toMatchObject({ period: LAST_MONTH, payment_reference: "BANK-TEST-1" })
        expect(Number(statements.data.statements[0].net_total)).toBe(50)

        const csv = await get(`/admin/periods/${LAST_MONTH}/statements?format=csv`, admin)
        expect(csv.headers["content-type"]).toMatch(/text\/csv/)
        expect(csv.data).toContain(artisanA.artisan.display_name)
        expect(csv.data).toContain('"50.00"')
        const periods = await get(`/admin/periods`, admin)
        expect(periods.data.periods.find((p: any) => p.month === LAST_MONTH)).toMatchObject({ status: "paid", net_total: "50.00" })
      })

      it("posts bonuses and deductions with a required reason, once per Idempotency-Key", async () => {
        const body = { artisan_id: artisanA.artisan.id, kind: "bonus", amount: 88.8, reason: "全勤奖" }
        expect((await post(`/admin/adjustments`, { ...body, reason: "" }, admin)).status).toBe(400)
        expect((await post(`/admin/adjustments`, { ...body, amount: -5 }, admin)).status).toBe(400)
        const config = { headers: { ...admin.headers, "idempotency-key": "bonus-click-1" } }
        expect((await post(`/admin/adjustments`, body, config)).status).toBe(201)
        expect((await post(`/admin/adjustments`, body, config)).status).toBe(200)
        await post(`/admin/adjustments`, { artisan_id: artisanA.artisan.id, kind: "deduction", amount: "8.80", reason: "丝线损耗" }, admin)
        const month = await get(`/artisan/earnings/${THIS_MONTH}`, artisanA.headers)
        expect(month.data.totals).toMatchObject({ bonus: "88.80", deduction: "-8.80", net: "80.00" })
        expect((await post(`/admin/adjustments`, { ...body, artisan_id: "art_nope" }, admin)).status).toBe(404)
      })
    })

    describe("her own money only (artisan)", () => {
      it("an artisan never reads another artisan's money", async () => {
        await post("/coordinator/work-entries", { lines: [line({ artisan_id: artisanB.artisan.id })] }, withKey(coordinator.headers))
        const mine = await get(`/artisan/earnings/${THIS_MONTH}`, artisanA.headers)
        expect(mine.data.entries).toHaveLength(0)
        const theirs = await get(`/artisan/earnings/${THIS_MONTH}`, artisanB.headers)
        expect(theirs.data.entries).toHaveLength(1)
        // identity comes from the session: a query parameter naming someone else is refused
        expect((await get(`/artisan/earnings?artisan_id=${artisanB.artisan.id}`, artisanA.headers)).status).toBe(400)
        expect((await get(`/artisan/earnings/2026-13`, artisanA.headers)).status).toBe(400)
      })
    })

    describe("sale shares", () => {
      async function productWithMakers(sharePercent: number, makers: { artisan_id: string; weight: number }[]) {
        const container = getContainer()
        const product = await container.resolve(Modules.PRODUCT).createProducts({ title: "金绣团扇", status: "published" as any })
        const res = await post(`/admin/products/${product.id}/makers`, { share_percent: sharePercent, makers }, admin)
        expect(res.status).toBe(200)
        return product
      }

      async function placeOrder(productId: string, unitPrice: number, quantity: number) {
        const orders = getContainer().resolve(Modules.ORDER)
        return (await orders.createOrders({
          currency_code: "cny",
          email: "buyer@jinxiu.test",
          items: [{ title: "金绣团扇", product_id: productId, product_title: "金绣团扇", quantity, unit_price: unitPrice }],
        } as any)) as unknown as { id: string }
      }

      it("credits each maker her weighted part of the share exactly once, even if the event comes twice at once", async () => {
        const product = await productWithMakers(20, [
          { artisan_id: artisanA.artisan.id, weight: 2 },
          { artisan_id: artisanB.artisan.id, weight: 1 },
        ])
        const makers = await get(`/store/products/${product.id}/makers`, await publishableKeyHeaders(getContainer()))
        expect(makers.data.share_percent).toBe(20)
        expect(makers.data.makers.map((m: any) => m.display_name).sort()).toEqual([artisanA.artisan.display_name, artisanB.artisan.display_name].sort())
        expect(JSON.stringify(makers.data)).not.toContain(artisanA.artisan.legal_name)

        const order = await placeOrder(product.id, 100, 1)
        const { creditOrderMakersWorkflow } = require("@jinxiu/workshop/workflows")
        await Promise.all([1, 2, 3].map(() => creditOrderMakersWorkflow(getContainer()).run({ input: { order_id: order.id } })))

        const a = await get(`/artisan/earnings/${THIS_MONTH}`, artisanA.headers)
        const b = await get(`/artisan/earnings/${THIS_MONTH}`, artisanB.headers)
        // 20% of 100.00 = 20.00, split 2:1 to the fen, adding up exactly
        expect(a.data.totals.sale_share).toBe("13.33")
        expect(b.data.totals.sale_share).toBe("6.67")
        expect(a.data.entries[0].sale).toMatchObject({ product_title: "金绣团扇" })

        const { reverseOrderSaleSharesWorkflow } = require("@jinxiu/workshop/workflows")
        for (let i = 0; i < 2; i++) {
          await reverseOrderSaleSharesWorkflow(getContainer()).run({ input: { order_id: order.id, reason_key: `cancel:${order.id}`, reason: "order canceled" } })
        }
        const after = await get(`/artisan/earnings/${THIS_MONTH}`, artisanA.headers)
        expect(after.data.totals).toMatchObject({ sale_share: "13.33", reversal: "-13.33", net: "0.00" })
        // the shop's public figure counts sale shares net of their reversals
        const impact = await get(`/store/impact`, await publishableKeyHeaders(getContainer()))
        expect(impact.data.impact.sale_shares_total).toBe("0.00")
      })

      it("the order.placed event credits the makers through the subscriber", async () => {
        const product = await productWithMakers(25, [{ artisan_id: artisanA.artisan.id, weight: 1 }])
        const order = await placeOrder(product.id, 80, 2)
        await getContainer().resolve(Modules.EVENT_BUS).emit({ name: "order.placed", data: { id: order.id } })
        let total = "0.00"
        for (let i = 0; i < 50 && total === "0.00"; i++) {
          await new Promise((r) => setTimeout(r, 100))
          total = (await get(`/artisan/earnings/${THIS_MONTH}`, artisanA.headers)).data.totals?.sale_share ?? "0.00"
        }
        expect(total).toBe("40.00")
      })
    })

    describe("the shop's public figures", () => {
      it("shows a maker's profile only with her consent, and the impact figures without personal data", async () => {
        const container = getContainer()
        const consenting = await createArtisan(api, container, { workshopId: workshop.id, public_profile: true })
        const store = await publishableKeyHeaders(container)
        const profile = await get(`/store/makers/${consenting.artisan.id}`, store)
        expect(profile.status).toBe(200)
        expect(profile.data.maker).not.toHaveProperty("legal_name")
        expect(profile.data.maker).not.toHaveProperty("phone")
        expect((await get(`/store/makers/${artisanA.artisan.id}`, store)).status).toBe(404)

        const detail = await get(`/store/workshops/${workshop.handle}`, store)
        expect(detail.data.workshop.makers.map((m: any) => m.id)).toEqual([consenting.artisan.id])

        await post("/coordinator/work-entries", { lines: [line()] }, withKey(coordinator.headers))
        const impact = await get(`/store/impact`, store)
        expect(impact.status).toBe(200)
        expect(impact.data.impact.active_artisans).toBeGreaterThanOrEqual(3)
        expect(impact.data.impact.median_monthly_earnings).toBe("37.50")
        expect(JSON.stringify(impact.data)).not.toContain(artisanA.artisan.phone)
      })
    })
  },
})
