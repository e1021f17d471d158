import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createOrderWorkflow } from "@medusajs/medusa/core-flows"
import { toFen } from "@jinxiu/workshop/domain"
import { sweepSales } from "@jinxiu/workshop/sales-ledger"
import sweepSalesJob from "@jinxiu/workshop/jobs/sweep-sales"
import { adminHeaders, createArtisan, createWorkshop, type RequestConfig } from "../helpers"
import { checkOut, createProductForSale, setUpShop, type Shop } from "../helpers/checkout"
import { useWorkshopClock } from "../helpers/clock"

/**
 * Shop events that never arrived. Without Redis, Medusa's event bus lives in the backend's memory:
 * a backend killed after answering a checkout and before its subscribers ran loses the order's
 * `order.placed` (tests/reliability saw it: the order stands, its makers got nothing). The sales
 * sweep (a scheduled job) finds such orders and credits them, and a cancel it never heard of is
 * reversed; run again, it writes nothing.
 *
 * An order made with Medusa's createOrderWorkflow is exactly such an order: a real order of the
 * shop's product, with no order.placed ever emitted. Its cancel goes through the order module,
 * which emits no order.canceled either.
 */
useWorkshopClock()

const UNIT_PRICE = 88 // CNY
const SHARE_PERCENT = 20
const WEIGHTS = { A: 2, B: 1 }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let admin: RequestConfig
    let makerA: Awaited<ReturnType<typeof createArtisan>>
    let makerB: Awaited<ReturnType<typeof createArtisan>>
    let variantId: string

    const workshop = () => getContainer().resolve("workshop") as any
    const wholeWindow = () => ({ since: new Date(Date.now() - 3_600_000), until: new Date(Date.now() + 60_000) })
    /** Each maker's net for an order (credits and their reversals), in fen. */
    async function netByMaker(orderId: string) {
      const shares = (await workshop().orderSaleShares(orderId)) as { artisan_id: string; amount: string; reversed: string }[]
      const net: Record<string, bigint> = {}
      for (const s of shares) net[s.artisan_id] = (net[s.artisan_id] ?? 0n) + toFen(s.amount) + toFen(s.reversed)
      return { count: shares.length, net }
    }
    async function ledgerRowCount() {
      return ((await workshop().listLedgerEntries({}, { take: 100_000, select: ["id"] })) as unknown[]).length
    }
    /** An order of `quantity` of the product, placed without order.placed (see above). */
    async function orderWithoutEvent(quantity: number) {
      const { result } = await createOrderWorkflow(getContainer()).run({
        input: {
          region_id: shop.regions.china,
          sales_channel_id: shop.salesChannelId,
          currency_code: "cny",
          email: "lost-event@jinxiu.test",
          items: [{ variant_id: variantId, quantity }],
        } as any,
      })
      return result.id as string
    }

    beforeAll(async () => {
      const container = getContainer()
      shop = await setUpShop(container)
      admin = await adminHeaders(container)
      const ws = await createWorkshop(container)
      makerA = await createArtisan(api, container, { workshopId: ws.id, joined_on: "2024-01-01" })
      makerB = await createArtisan(api, container, { workshopId: ws.id, joined_on: "2024-01-01" })
      const forSale = await createProductForSale(api, admin, shop, { title: "广府金绣杯垫", unitPrice: UNIT_PRICE })
      variantId = forSale.variantId
      const makers = await api.post(
        `/admin/products/${forSale.product.id}/makers`,
        {
          share_percent: SHARE_PERCENT,
          makers: [
            { artisan_id: makerA.artisan.id, weight: WEIGHTS.A },
            { artisan_id: makerB.artisan.id, weight: WEIGHTS.B },
          ],
        },
        admin
      )
      expect(makers.status).toBe(200)
    })

    it("an order whose order.placed never arrived is credited by the sweep once; a cancel it never heard of is reversed once", async () => {
      const container = getContainer()
      const orderId = await orderWithoutEvent(3)
      expect((await netByMaker(orderId)).count).toBe(0)
      expect(await workshop().orderSettlements([orderId])).toEqual([])

      const first = await sweepSales(container, wholeWindow())
      expect(first.credited).toEqual([orderId])
      // 3 x ¥88 = ¥264; 20 % = ¥52.80, split 2:1 = ¥35.20 and ¥17.60
      const credited = await netByMaker(orderId)
      expect(credited.count).toBe(2)
      expect(credited.net).toEqual({ [makerA.artisan.id]: 3520n, [makerB.artisan.id]: 1760n })
      expect(await workshop().orderSettlements([orderId])).toEqual([{ order_id: orderId, canceled: false }])

      const rows = await ledgerRowCount()
      const again = await sweepSales(container, wholeWindow())
      expect(again.credited).toEqual([])
      expect(again.canceled).toEqual([])
      expect(await ledgerRowCount()).toBe(rows)

      await container.resolve(Modules.ORDER).cancel(orderId)
      const afterCancel = await sweepSales(container, wholeWindow())
      expect(afterCancel.canceled).toEqual([orderId])
      expect((await netByMaker(orderId)).net).toEqual({ [makerA.artisan.id]: 0n, [makerB.artisan.id]: 0n })
      expect(await workshop().orderSettlements([orderId])).toEqual([{ order_id: orderId, canceled: true }])

      const rowsAfterCancel = await ledgerRowCount()
      const last = await sweepSales(container, wholeWindow())
      expect(last.canceled).toEqual([])
      expect(await ledgerRowCount()).toBe(rowsAfterCancel)
    })

    it("an order whose events did arrive is left alone, and one younger than the grace period is left to its event", async () => {
      const container = getContainer()
      const { orderId } = await checkOut(api, shop, [{ variantId, quantity: 1 }])
      const deadline = Date.now() + 10_000
      while ((await netByMaker(orderId)).count < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100))
      const before = await netByMaker(orderId)
      expect(before.count).toBe(2)
      const swept = await sweepSales(container, wholeWindow())
      expect(swept.orders_seen).toBeGreaterThanOrEqual(1)
      expect(swept.credited).toEqual([])
      expect(await netByMaker(orderId)).toEqual(before)

      // The job itself: with its default grace (60 s) a lost order of this very moment waits for
      // its event; with no grace the job credits it.
      const lost = await orderWithoutEvent(1)
      await sweepSalesJob(container)
      expect((await netByMaker(lost)).count).toBe(0)
      process.env.WORKSHOP_SALES_SWEEP_GRACE_SECONDS = "0"
      try {
        await sweepSalesJob(container)
      } finally {
        delete process.env.WORKSHOP_SALES_SWEEP_GRACE_SECONDS
      }
      expect((await netByMaker(lost)).count).toBe(2)
    })
  },
})
