import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { sumMoney } from "@jinxiu/workshop/domain"
import { useWorkshopClock } from "../helpers/clock"
import { adminHeaders, createArtisan, createCoordinator, createPieceType, createWorkshop } from "../helpers"
import { eventsDuring as eventsDuringOf } from "../helpers/events"

const calendar = useWorkshopClock()

/**
 * The money contract over HTTP: totals summed by the backend (not by the page), replays that
 * answer the same bytes, a woman who left, the events the money path emits after each commit
 * (once, never for a replay), and the hook another plugin may refuse a batch with.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let coordinator: Awaited<ReturnType<typeof createCoordinator>>
    let her: Awaited<ReturnType<typeof createArtisan>>
    let pieceType: { id: string }
    let batchNo = 0

    const post = (path: string, body: unknown, headers: Record<string, string> = {}, raw = false): Promise<any> =>
      (api as any)
        .post(path, body, { headers: { ...coordinator.headers.headers, ...headers }, ...(raw ? { transformResponse: (d: string) => d } : {}) })
        .catch((e: any) => e.response)
    const get = (path: string): Promise<any> => (api as any).get(path, coordinator.headers).catch((e: any) => e.response)
    const line = (overrides: Record<string, unknown> = {}) => ({
      artisan_id: her.artisan.id,
      piece_type_id: pieceType.id,
      quantity: 1,
      grade: "A",
      work_date: calendar.today,
      ...overrides,
    })
    const sendBatch = (lines: unknown[], key = `contract-batch-${++batchNo}`, raw = false) =>
      post("/coordinator/work-entries", { lines }, { "idempotency-key": key }, raw)

    const eventsDuring = (names: string[], run: () => Promise<unknown>) => eventsDuringOf(getContainer(), names, run)

    beforeEach(async () => {
      const container = getContainer()
      const workshop = await createWorkshop(container)
      coordinator = await createCoordinator(api, container, { workshopIds: [workshop.id] })
      her = await createArtisan(api, container, { workshopId: workshop.id, joined_on: "2024-01-01" })
      pieceType = await createPieceType(container, { workshopId: workshop.id })
    })

    it("sums a day of 501 lines in the backend: the desk's day total is right however long the day", async () => {
      const first = await sendBatch(Array.from({ length: 500 }, (_, i) => line({ quantity: 1 + (i % 3), grade: i % 10 === 0 ? "B" : "A" })))
      expect(first.status).toBe(201)
      const second = await sendBatch([line({ quantity: 4, grade: "R" })])
      expect(second.status).toBe(201)
      const posted = sumMoney([first.data.total_amount, second.data.total_amount])

      const day = await get(`/coordinator/day-summary?date=${calendar.today}`)
      expect(day.status).toBe(200)
      expect(day.data).toMatchObject({ date: calendar.today, entry_count: 501, total: posted })
      expect(day.data.artisans).toEqual([
        expect.objectContaining({ artisan_id: her.artisan.id, entry_count: 501, amount: posted, pieces_r: 4 }),
      ])
      const pieces = day.data.artisans[0].pieces_a + day.data.artisans[0].pieces_b
      expect(pieces).toBe(Array.from({ length: 500 }, (_, i) => 1 + (i % 3)).reduce((a, b) => a + b, 0))
      // a list page holds at most 500: summing it would have missed a line
      const listed = await get(`/coordinator/work-entries?date=${calendar.today}&limit=500`)
      expect(listed.data.count).toBe(501)

      // a reversal leaves the day's total
      const reversed = await post(`/coordinator/work-entries/${first.data.entries[0].id}/reverse`, { reason: "counted twice" })
      expect(reversed.status).toBe(200)
      const after = await get(`/coordinator/day-summary?date=${calendar.today}`)
      expect(after.data.total).toBe(sumMoney([posted, `-${first.data.entries[0].amount}`]))
      expect(after.data.entry_count).toBe(500)
      // other days and bad dates
      expect((await get(`/coordinator/day-summary?date=${calendar.day(-1)}`)).data).toMatchObject({ entry_count: 0, total: "0.00", artisans: [] })
      expect((await get(`/coordinator/day-summary?date=2026-02-30`)).status).toBe(400)
    })

    it("answers a replayed Idempotency-Key with exactly the bytes of the first answer", async () => {
      const lines = [line({ quantity: 3 }), line({ grade: "B", quantity: 2 })]
      const first = await sendBatch(lines, "replay-bytes-key", true)
      const again = await sendBatch(lines, "replay-bytes-key", true)
      expect(first.status).toBe(201)
      expect(again.status).toBe(201)
      expect(again.headers["idempotent-replayed"]).toBe("true")
      expect(typeof first.data).toBe("string")
      expect(again.data).toBe(first.data)
      expect(Object.keys(JSON.parse(first.data))).toEqual(["batch_id", "entries", "total_amount"])
    })

    it("refuses work dated after a woman left, with a code the desk translates", async () => {
      const admin = await adminHeaders(getContainer())
      const left = await (api as any).post(`/admin/artisans/${her.artisan.id}`, { status: "left" }, admin)
      expect(left.status).toBe(200)
      // marked as left without a date: she left today
      expect(left.data.artisan.left_on).toBe(calendar.today)
      const refused = await sendBatch([line({ work_date: calendar.today }), line({ work_date: calendar.day(-1) })])
      expect(refused.status).toBe(201)
      const moved = await (api as any).post(`/admin/artisans/${her.artisan.id}`, { left_on: calendar.day(-2) }, admin)
      expect(moved.data.artisan.left_on).toBe(calendar.day(-2))
      const after = await sendBatch([line({ work_date: calendar.day(-1) })])
      expect(after.status).toBe(400)
      expect(after.data.errors).toEqual([
        expect.objectContaining({ index: 0, field: "work_date", code: "work_date_after_left", params: { work_date: calendar.day(-1), left_on: calendar.day(-2) } }),
      ])
    })

    it("emits each money event once, after the commit, with ids only; never for a replay", async () => {
      let batch: any
      const recorded = await eventsDuring(["workshop.work_batch.recorded"], async () => {
        batch = await sendBatch([line()], "event-key")
        await sendBatch([line()], "event-key")
      })
      expect(batch.status).toBe(201)
      expect(recorded).toEqual([{ name: "workshop.work_batch.recorded", data: { id: batch.data.batch_id } }])

      const reversed = await eventsDuring(["workshop.work_entry.reversed"], async () => {
        await post(`/coordinator/work-entries/${batch.data.entries[0].id}/reverse`, { reason: "wrong woman" })
        await post(`/coordinator/work-entries/${batch.data.entries[0].id}/reverse`, { reason: "wrong woman" })
      })
      expect(reversed).toEqual([{ name: "workshop.work_entry.reversed", data: { id: batch.data.entries[0].id } }])

      const admin = await adminHeaders(getContainer())
      const adjustment = { artisan_id: her.artisan.id, kind: "bonus", amount: 20, reason: "first month" }
      let posted: any
      const adjusted = await eventsDuring(["workshop.adjustment.posted"], async () => {
        posted = await (api as any).post("/admin/adjustments", adjustment, { headers: { ...admin.headers, "idempotency-key": "bonus-once" } })
        await (api as any).post("/admin/adjustments", adjustment, { headers: { ...admin.headers, "idempotency-key": "bonus-once" } }).catch((e: any) => e.response)
      })
      expect(adjusted).toHaveLength(1)
      expect(Object.keys(adjusted[0].data)).toEqual(["id"])
      expect(JSON.stringify(posted.data)).toContain(adjusted[0].data.id)
    })

    it("reaches Medusa's products from our models, and back, through module links", async () => {
      const container = getContainer()
      const admin = await adminHeaders(container)
      const [product] = await container.resolve(Modules.PRODUCT).createProducts([
        { title: "金绣荷包", variants: [{ title: "红色", sku: `POUCH-RED-${batchNo++}` }] },
      ] as any)
      const variant = (product as any).variants[0]
      const makers = await (api as any).post(`/admin/products/${product.id}/makers`, { share_percent: 12, makers: [{ artisan_id: her.artisan.id, weight: 1 }] }, admin)
      expect(makers.status).toBe(200)
      const linked = await createPieceType(container, { workshopId: her.artisan.workshop_id, kind: "product_variant", product_variant_id: variant.id })

      const query = container.resolve("query") as any
      const { data: shares } = await query.graph({ entity: "product_maker_share", fields: ["id", "product_id", "product.title"], filters: { product_id: product.id } })
      expect(shares).toEqual([expect.objectContaining({ product_id: product.id, product: expect.objectContaining({ title: "金绣荷包" }) })])
      const { data: products } = await query.graph({ entity: "product", fields: ["id", "maker_share.share_percent", "maker_share.makers.artisan_id"], filters: { id: product.id } })
      expect(Number(products[0].maker_share.share_percent)).toBe(12)
      expect(products[0].maker_share.makers.map((m: any) => m.artisan_id)).toEqual([her.artisan.id])
      const { data: types } = await query.graph({ entity: "piece_type", fields: ["id", "product_variant.sku"], filters: { id: linked.id } })
      expect(types[0].product_variant.sku).toBe(variant.sku)
    })

    it("lets another plugin refuse a batch through the validate hook, and then writes nothing", async () => {
      const { recordWorkEntriesWorkflow } = require("@jinxiu/workshop/workflows")
      recordWorkEntriesWorkflow.hooks.validate(async ({ input }: { input: { lines: { note?: string | null }[] } }) => {
        if (input.lines.some((l) => l.note === "over the weekly cap")) {
          throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "lines: over the weekly cap set by the programme")
        }
      })
      const refused = await sendBatch([line({ note: "over the weekly cap" })], "hook-refused")
      expect(refused.status).toBeGreaterThanOrEqual(400)
      expect(refused.status).toBeLessThan(500)
      expect(JSON.stringify(refused.data)).toContain("weekly cap")
      expect((await get(`/coordinator/day-summary?date=${calendar.today}`)).data.entry_count).toBe(0)
      // the same hook lets an ordinary batch through
      expect((await sendBatch([line()], "hook-allowed")).status).toBe(201)
    })
  },
})
