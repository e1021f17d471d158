import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { adminHeaders, createArtisan, createWorkshop, uniqueSuffix } from "../helpers"
import { useWorkshopClock } from "../helpers/clock"

const { lastMonth: LAST_MONTH, month, day } = useWorkshopClock()
const TWO_MONTHS_AGO = month(-2)

/**
 * Advances (money paid to her ahead of her earnings, recovered from her next statements) and
 * carried balances, through the routes: staff record an advance once per Idempotency-Key, she
 * sees what is outstanding, closing her next months recovers it (never more than a month leaves
 * her), and a month with more deducted than earned carries into the next.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: any
    let her: { artisan: any; headers: any; phone: string }
    let other: { artisan: any; headers: any; phone: string }

    const post = (path: string, body: unknown, config: any) => api.post(path, body, config).catch((e: any) => e.response)
    const get = (path: string, config: any) => api.get(path, config).catch((e: any) => e.response)
    const advance = (body: unknown, key = `advance-${uniqueSuffix()}`, artisanId = her.artisan.id) =>
      post(`/admin/artisans/${artisanId}/advances`, body, { headers: { ...admin.headers, "idempotency-key": key } })
    const adjust = (kind: "bonus" | "deduction", amount: string, period: string, artisanId = her.artisan.id) =>
      post("/admin/adjustments", { artisan_id: artisanId, kind, amount, reason: "the month", period }, { headers: { ...admin.headers, "idempotency-key": `adj-${uniqueSuffix()}` } })

    beforeEach(async () => {
      const container = getContainer()
      admin = await adminHeaders(container)
      const workshop = await createWorkshop(container)
      her = await createArtisan(api, container, { workshopId: workshop.id, joined_on: "2024-01-01" })
      other = await createArtisan(api, container, { workshopId: workshop.id, joined_on: "2024-01-01" })
    })

    it("records an advance once per key, refuses bad ones naming the field, and she sees it outstanding", async () => {
      const bus = getContainer().resolve(Modules.EVENT_BUS) as any
      const seen: string[] = []
      const handler = async (event: { data: { id: string } }) => {
        seen.push(event.data.id)
      }
      bus.subscribe("workshop.advance.recorded", handler, { subscriberId: `advances-${Math.random()}` })

      const noKey = await post(`/admin/artisans/${her.artisan.id}/advances`, { method: "wechat", amount: "500", reason: "cushions" }, admin)
      expect(noKey.status).toBe(400)
      expect(noKey.data.field).toBe("Idempotency-Key")
      for (const [body, field] of [
        [{ method: "wechat", amount: "500" }, "reason"],
        [{ method: "wechat", amount: "500", reason: "  " }, "reason"],
        [{ method: "paypal", amount: "500", reason: "x" }, "method"],
        [{ method: "wechat", amount: "0", reason: "x" }, "amount"],
        [{ method: "wechat", amount: "20000.01", reason: "x" }, "amount"],
        [{ method: "wechat", amount: "1.234", reason: "x" }, "amount"],
        [{ method: "wechat", amount: "5", reason: "x".repeat(501) }, "reason"],
        [{ method: "wechat", amount: "5", reason: "x", paid_on: day(1) }, "paid_on"],
        [{ method: "wechat", amount: "5", reason: "x", extra: 1 }, "extra"],
      ] as const) {
        const res = await advance(body)
        expect(res.status, JSON.stringify(body)).toBe(400)
        expect(res.data.message, JSON.stringify(body)).toMatch(new RegExp(`(^|: |')${field}`))
      }
      expect((await advance({ method: "wechat", amount: "5", reason: "x" }, undefined, "artisan_01NOSUCH")).status).toBe(404)
      expect((await get(`/admin/artisans/${her.artisan.id}/advances`, admin)).data).toMatchObject({ advances: [], outstanding: "0.00" })

      const body = { method: "wechat", amount: "500", reason: "200 个靠垫的大订单", reference: "WX-ADV-1", paid_on: day(-3) }
      const first = await advance(body, "advance-key-0001")
      expect(first.status).toBe(201)
      expect(first.data.advance).toMatchObject({ amount: "500.00", method: "wechat", reason: "200 个靠垫的大订单", paid_on: day(-3), artisan_id: her.artisan.id })
      const again = await advance(body, "advance-key-0001")
      expect(again.status).toBe(200)
      expect(again.headers["idempotent-replayed"]).toBe("true")
      expect(again.data.advance.id).toBe(first.data.advance.id)
      expect((await advance({ ...body, amount: "600" }, "advance-key-0001")).status).toBe(409)
      await new Promise((r) => setTimeout(r, 500))
      expect(seen).toEqual([first.data.advance.id])

      const staff = await get(`/admin/artisans/${her.artisan.id}/advances`, admin)
      expect(staff.data).toMatchObject({ advanced: "500.00", recovered: "0.00", outstanding: "500.00" })
      expect(staff.data.advances).toHaveLength(1)
      const hers = await get(`/artisan/payouts`, her.headers)
      expect(hers.data).toMatchObject({ advanced: "500.00", advance_outstanding: "500.00", balance: "-500.00", owed: "0.00" })
      expect(hers.data.advances.advances[0]).toMatchObject({ amount: "500.00", reason: "200 个靠垫的大订单" })
      expect(hers.data.advances.advances[0]).not.toHaveProperty("request_hash")
      const others = await get(`/artisan/payouts`, other.headers)
      expect(others.data).toMatchObject({ advanced: "0.00", advance_outstanding: "0.00", advances: { advances: [] } })
    })

    it("closing her next months recovers the advance, never more than a month leaves her; a negative month carries on", async () => {
      expect((await advance({ method: "cash", amount: "150", reason: "school fees" })).status).toBe(201)
      expect((await adjust("bonus", "100", TWO_MONTHS_AGO)).status).toBe(201)
      expect((await adjust("bonus", "70", TWO_MONTHS_AGO, other.artisan.id)).status).toBe(201)
      expect((await adjust("deduction", "90", TWO_MONTHS_AGO, other.artisan.id)).status).toBe(201)
      expect((await post(`/admin/periods/${TWO_MONTHS_AGO}/close`, {}, admin)).data.status).toBe("closed")
      const first = await get(`/admin/periods/${TWO_MONTHS_AGO}/payouts`, admin)
      expect(first.data.statements.find((s: any) => s.artisan_id === her.artisan.id)).toMatchObject({ net_total: "100.00", payable_total: "0.00", owed: "0.00", state: "paid" })
      expect(first.data.statements.find((s: any) => s.artisan_id === other.artisan.id)).toMatchObject({ net_total: "-20.00", payable_total: "0.00", state: "paid" })

      expect((await adjust("bonus", "80", LAST_MONTH)).status).toBe(201)
      expect((await adjust("bonus", "50", LAST_MONTH, other.artisan.id)).status).toBe(201)
      expect((await post(`/admin/periods/${LAST_MONTH}/close`, {}, admin)).data.status).toBe("closed")
      const last = await get(`/admin/periods/${LAST_MONTH}/payouts`, admin)
      expect(last.data.statements.find((s: any) => s.artisan_id === her.artisan.id)).toMatchObject({ net_total: "80.00", payable_total: "30.00", owed: "30.00", state: "unpaid" })
      expect(last.data.statements.find((s: any) => s.artisan_id === other.artisan.id)).toMatchObject({ net_total: "50.00", payable_total: "30.00", owed: "30.00" })

      const hers = await get(`/artisan/payouts`, her.headers)
      expect(hers.data).toMatchObject({ earned: "180.00", advanced: "150.00", advance_outstanding: "0.00", owed: "30.00", carried: "0.00", balance: "30.00" })
      expect(hers.data.advances.recoveries.map((r: any) => [r.period, r.amount])).toEqual([[LAST_MONTH, "50.00"], [TWO_MONTHS_AGO, "100.00"]])
      const others = await get(`/artisan/payouts`, other.headers)
      expect(others.data).toMatchObject({ earned: "30.00", owed: "30.00", carried: "0.00", balance: "30.00" })
    })
  },
})
