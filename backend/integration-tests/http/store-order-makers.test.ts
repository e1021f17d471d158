import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { adminHeaders, createArtisan, createWorkshop, publishableKeyHeaders } from "../helpers"
import { useWorkshopClock } from "../helpers/clock"

// sale shares are credited into "this month" by the workshop's clock
const { thisMonth: THIS_MONTH } = useWorkshopClock()

/** "13.3" / "-6.67" / "20" to fen, exactly (no floats). */
const toFen = (amount: string) => {
  const negative = amount.startsWith("-")
  const [whole, fraction = ""] = amount.replace("-", "").split(".")
  const fen = BigInt(whole || "0") * 100n + BigInt((fraction + "00").slice(0, 2))
  return negative ? -fen : fen
}

/** Sum of money strings in fen (integers), back to a 2-decimal string. */
const sumFen = (amounts: string[]) => {
  const fen = amounts.reduce((acc, a) => acc + toFen(a), 0n)
  const sign = fen < 0n ? "-" : ""
  const abs = fen < 0n ? -fen : fen
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const get = (path: string, config: any) => api.get(path, config).catch((e: any) => e.response)

    let store: any
    let admin: any
    let workshopX: any
    let workshopY: any
    let consenting: any
    let privateA: any
    let privateB: any

    beforeEach(async () => {
      const container = getContainer()
      store = await publishableKeyHeaders(container)
      admin = await adminHeaders(container)
      workshopX = await createWorkshop(container)
      workshopY = await createWorkshop(container)
      consenting = await createArtisan(api, container, { workshopId: workshopX.id, public_profile: true })
      privateA = await createArtisan(api, container, { workshopId: workshopX.id })
      privateB = await createArtisan(api, container, { workshopId: workshopY.id })
    })

    async function productWithMakers(title: string, sharePercent: number, makers: { artisan_id: string; weight: number }[]) {
      const product = await getContainer().resolve(Modules.PRODUCT).createProducts({ title, status: "published" as any })
      const res = await api.post(`/admin/products/${product.id}/makers`, { share_percent: sharePercent, makers }, admin)
      expect(res.status).toBe(200)
      return product
    }

    /** An order straight through the order module (what cart completion creates), with VAT on a line. */
    async function placeOrder(currency: string, items: { product_id: string; title: string; unit_price: number; quantity: number; vat?: number }[]) {
      const orders = getContainer().resolve(Modules.ORDER)
      return (await orders.createOrders({
        currency_code: currency,
        email: "buyer@jinxiu.test",
        items: items.map((item) => ({
          title: item.title,
          product_id: item.product_id,
          product_title: item.title,
          quantity: item.quantity,
          unit_price: item.unit_price,
          tax_lines: item.vat ? [{ code: "VAT", rate: item.vat, description: "VAT" }] : [],
        })),
      } as any)) as unknown as { id: string; items: { id: string }[] }
    }

    async function saleShareEntries(lineItemIds: string[]) {
      return (await (getContainer().resolve("workshop") as any).listLedgerEntries({
        kind: "sale_share",
        source_id: lineItemIds,
      })) as { artisan_id: string; workshop_id: string; amount: unknown; source_id: string; period: string }[]
    }

    /** order.placed, as cart completion emits it; waits for the subscriber's sale_share entries. */
    async function placedAndCredited(orderId: string, lineIds: string[], expected: number) {
      await getContainer().resolve(Modules.EVENT_BUS).emit({ name: "order.placed", data: { id: orderId } })
      let entries: Awaited<ReturnType<typeof saleShareEntries>> = []
      for (let i = 0; i < 50 && entries.length < expected; i++) {
        await new Promise((r) => setTimeout(r, 100))
        entries = await saleShareEntries(lineIds)
      }
      return entries
    }

    it("answers what the order.placed posting credited the makers, read from the ledger", async () => {
      const fan = await productWithMakers("金绣团扇", 20, [
        { artisan_id: consenting.artisan.id, weight: 2 },
        { artisan_id: privateB.artisan.id, weight: 1 },
      ])
      const pouch = await productWithMakers("荷花香囊", 15, [{ artisan_id: privateA.artisan.id, weight: 1 }])
      const plain = await getContainer().resolve(Modules.PRODUCT).createProducts({ title: "无绣娘的商品" })
      const order = await placeOrder("cny", [
        { product_id: fan.id, title: "金绣团扇", unit_price: 100, quantity: 1, vat: 13 },
        { product_id: pouch.id, title: "荷花香囊", unit_price: 33.33, quantity: 3 },
        { product_id: plain.id, title: "无绣娘的商品", unit_price: 50, quantity: 1 },
      ])
      const [stored] = await getContainer().resolve(Modules.ORDER).listOrders({ id: order.id }, { relations: ["items"] })
      const lineIds = (stored.items ?? []).map((l: any) => l.id)
      const entries = await placedAndCredited(order.id, lineIds, 3)
      expect(entries).toHaveLength(3)
      expect(new Set(entries.map((e) => e.period))).toEqual(new Set([THIS_MONTH]))

      const res = await get(`/store/orders/${order.id}/makers`, store)
      expect(res.status).toBe(200)
      const shares = res.data.order_makers
      // 20% of 100.00 (tax excluded) = 20.00 split 2:1; 15% of 99.99 = 15.00 (14.9985 to the fen)
      expect(shares.currency_code).toBe("cny")
      expect(shares.total).toEqual({ amount: "35.00", amount_cny: "35.00" })
      expect(shares.makers_count).toBe(3)
      expect(shares.workshops_count).toBe(2)
      const fanLine = shares.lines.find((l: any) => l.product_id === fan.id)
      expect(fanLine.amount_cny).toBe("20.00")
      const named = fanLine.makers.find((m: any) => m.display_name !== null)
      const unnamed = fanLine.makers.find((m: any) => m.display_name === null)
      expect(named).toMatchObject({ artisan_id: consenting.artisan.id, display_name: consenting.artisan.display_name, amount_cny: "13.33" })
      expect(named.workshop).toMatchObject({ id: workshopX.id, name_zh: workshopX.name_zh })
      expect(unnamed).toMatchObject({ artisan_id: null, amount_cny: "6.67" })
      expect(unnamed.workshop.id).toBe(workshopY.id)
      expect(shares.lines.find((l: any) => l.product_id === plain.id)).toMatchObject({ amount_cny: "0.00", makers: [] })
      // no private data of the makers who did not consent
      const body = JSON.stringify(res.data)
      for (const maker of [privateA, privateB]) {
        expect(body).not.toContain(maker.artisan.display_name)
        expect(body).not.toContain(maker.artisan.legal_name)
        expect(body).not.toContain(maker.artisan.id)
      }
      expect(body).not.toContain(consenting.artisan.legal_name)
      expect(body).not.toContain(consenting.artisan.phone)

      // exactly the amounts the order.placed subscriber credited
      expect(shares.lines.map((l: any) => l.line_item_id).sort()).toEqual([...lineIds].sort())
      expect(sumFen(entries.map((e) => String(e.amount)))).toBe(shares.total.amount_cny)
      for (const line of shares.lines) {
        const posted = entries.filter((e) => e.source_id === line.line_item_id).map((e) => String(e.amount))
        expect(sumFen(posted)).toBe(line.amount_cny)
        expect(posted.map((a) => sumFen([a])).sort()).toEqual(line.makers.map((m: any) => m.amount_cny).sort())
      }
      expect(sumFen([String(entries.find((e) => e.artisan_id === consenting.artisan.id)!.amount)])).toBe("13.33")

      // the programme changes the fan's makers and share after the sale: the order's answer stays
      // what was credited (read from the ledger, not recomputed from today's makers)
      const changed = await api.post(`/admin/products/${fan.id}/makers`, { share_percent: 50, makers: [{ artisan_id: privateA.artisan.id, weight: 1 }] }, admin)
      expect(changed.status).toBe(200)
      // and the same answer afterwards
      expect((await get(`/store/orders/${order.id}/makers`, store)).data).toEqual(res.data)
    })

    it("answers a foreign-currency order in its currency and in CNY (what is credited)", async () => {
      const fan = await productWithMakers("金绣团扇", 20, [
        { artisan_id: consenting.artisan.id, weight: 1 },
        { artisan_id: privateA.artisan.id, weight: 1 },
      ])
      const order = await placeOrder("usd", [{ product_id: fan.id, title: "Gold fan", unit_price: 30, quantity: 1 }])
      const entries = await placedAndCredited(order.id, order.items.map((i) => i.id), 2)
      expect(entries).toHaveLength(2)
      const res = await get(`/store/orders/${order.id}/makers`, store)
      expect(res.status).toBe(200)
      // 20% of $30.00 = $6.00; at the default 7.10 CNY/USD: 42.60 CNY, split 1:1
      expect(res.data.order_makers).toMatchObject({
        currency_code: "usd",
        total: { amount: "6.00", amount_cny: "42.60" },
        makers_count: 2,
        workshops_count: 1,
      })

      expect(sumFen(entries.map((e) => String(e.amount)))).toBe("42.60")
    })

    it("answers 404 for an unknown order and 400 without the shop's key or with unknown parameters", async () => {
      expect((await get(`/store/orders/order_01NOTANORDER000000000000/makers`, store)).status).toBe(404)
      const order = await placeOrder("cny", [])
      expect((await get(`/store/orders/${order.id}/makers`, {})).status).toBe(400)
      expect((await get(`/store/orders/${order.id}/makers?fields=*`, store)).status).toBe(400)
      const empty = await get(`/store/orders/${order.id}/makers`, store)
      expect(empty.status).toBe(200)
      expect(empty.data.order_makers).toMatchObject({ total: { amount: "0.00", amount_cny: "0.00" }, makers_count: 0, workshops_count: 0 })
    })
  },
})
