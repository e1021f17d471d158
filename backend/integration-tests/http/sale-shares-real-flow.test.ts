import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { fromFen, toFen } from "@jinxiu/workshop/domain"
import { adminHeaders, createArtisan, createWorkshop, type RequestConfig } from "../helpers"
import { checkOut, createProductForSale, setUpShop, type Shop } from "../helpers/checkout"
import { useWorkshopClock } from "../helpers/clock"

/**
 * The makers' sale shares through Medusa's own flows, nothing emitted by hand: a shopper's
 * checkout through the store API places the order (order.placed credits the makers), the admin's
 * order cancel reverses them (order.canceled), and the admin's capture and refunds reverse them pro
 * rata (payment.refunded). Subscribers run after the request on Medusa's in-memory event bus, so
 * the ledger is polled (bounded) until the expected rows are there.
 */
const { thisMonth: THIS_MONTH } = useWorkshopClock()

const SHARE_PERCENT = 20n
const WEIGHTS = { A: 2n, B: 1n }
const UNIT_PRICE = 88 // CNY
const POLL_LIMIT_MS = 10_000

type LedgerRow = { id: string; artisan_id: string; kind: string; amount: unknown; period: string; source_id: string; reverses_id: string | null; dedupe_key: string }

/** `n / d` rounded to the nearest whole, halves away from zero (d > 0). */
function roundDiv(n: bigint, d: bigint): bigint {
  const negative = n < 0n
  const abs = negative ? -n : n
  const q = abs / d
  const r = abs % d
  const rounded = r * 2n >= d ? q + 1n : q
  return negative ? -rounded : rounded
}

/**
 * What each maker is owed for a line, in fen: `base x percent`, rounded to the fen, split by
 * weight so the parts add up exactly (each part's floor, then the fen left over one each to the
 * largest remainders, ties to the earlier maker).
 */
function expectedParts(baseFen: bigint, percent: bigint, weights: bigint[]): bigint[] {
  const share = roundDiv(baseFen * percent, 100n)
  const total = weights.reduce((a, w) => a + w, 0n)
  const floors = weights.map((w) => (share * w) / total)
  const remainders = weights.map((w, i) => share * w - floors[i] * total)
  let left = share - floors.reduce((a, f) => a + f, 0n)
  const order = weights.map((_, i) => i).sort((i, j) => (remainders[j] > remainders[i] ? 1 : remainders[j] < remainders[i] ? -1 : i - j))
  const parts = [...floors]
  for (const i of order) {
    if (left === 0n) break
    parts[i] += 1n
    left -= 1n
  }
  return parts
}

const fen = (amount: unknown) => toFen(String(amount))

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let admin: RequestConfig
    let makerA: Awaited<ReturnType<typeof createArtisan>>
    let makerB: Awaited<ReturnType<typeof createArtisan>>
    let variantId: string
    let productId: string

    const ledger = () => getContainer().resolve("workshop") as any

    /** Polls `read` until `done` holds (at most POLL_LIMIT_MS); fails naming `what` and the last value. */
    async function waitFor<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
      const deadline = Date.now() + POLL_LIMIT_MS
      let value = await read()
      while (!done(value)) {
        if (Date.now() > deadline) throw new Error(`waited ${POLL_LIMIT_MS} ms for ${what}; last seen: ${JSON.stringify(value)}`)
        await new Promise((resolve) => setTimeout(resolve, 100))
        value = await read()
      }
      return value
    }

    const saleShares = async (lineIds: string[]) =>
      (await ledger().listLedgerEntries({ kind: "sale_share", source_id: lineIds }, { take: 1000 })) as LedgerRow[]
    const reversalsOf = async (originalIds: string[]) =>
      (await ledger().listLedgerEntries({ kind: "reversal", reverses_id: originalIds }, { take: 1000 })) as LedgerRow[]

    async function orderOf(orderId: string) {
      const fields = [
        "id", "status", "total", "currency_code", "payment_status",
        "items.id", "items.product_id", "items.quantity", "items.unit_price", "items.total", "items.tax_total",
        "payment_collections.payments.id",
      ].join(",")
      return (await api.get(`/admin/orders/${orderId}?fields=${fields}`, admin)).data.order
    }

    /** A placed order of `quantity` fans, and its makers' credited shares once order.placed has been handled. */
    async function placedOrder(quantity: number) {
      const { orderId } = await checkOut(api, shop, [{ variantId, quantity }])
      const order = await orderOf(orderId)
      expect(order.items).toHaveLength(1)
      const line = order.items[0]
      const shares = await waitFor("the order.placed sale shares", () => saleShares([line.id]), (rows) => rows.length >= 2)
      return { order, line, shares }
    }

    /** The ledger rows of one maker for these line items and their reversals, summed in fen. */
    const netOf = (rows: LedgerRow[], artisanId: string) => rows.filter((r) => r.artisan_id === artisanId).reduce((a, r) => a + fen(r.amount), 0n)

    beforeAll(async () => {
      const container = getContainer()
      shop = await setUpShop(container)
      admin = await adminHeaders(container)
      const workshop = await createWorkshop(container)
      makerA = await createArtisan(api, container, { workshopId: workshop.id, joined_on: "2024-01-01" })
      makerB = await createArtisan(api, container, { workshopId: workshop.id, joined_on: "2024-01-01" })
      const forSale = await createProductForSale(api, admin, shop, { title: "广府金绣团扇", unitPrice: UNIT_PRICE })
      variantId = forSale.variantId
      productId = forSale.product.id
      const makers = await api.post(
        `/admin/products/${productId}/makers`,
        {
          share_percent: Number(SHARE_PERCENT),
          makers: [
            { artisan_id: makerA.artisan.id, weight: Number(WEIGHTS.A) },
            { artisan_id: makerB.artisan.id, weight: Number(WEIGHTS.B) },
          ],
        },
        admin
      )
      expect(makers.status).toBe(200)
    })

    it("a checkout credits the makers their weighted share of the line, and Medusa's order cancel takes it all back", async () => {
      const { order, line, shares } = await placedOrder(2)

      // the line as the shopper paid it: 2 x 88.00, no tax in the region
      const baseFen = fen(line.total) - fen(line.tax_total ?? 0)
      expect(baseFen).toBe(toFen(UNIT_PRICE) * 2n)
      expect(line.product_id).toBe(productId)

      const [partA, partB] = expectedParts(baseFen, SHARE_PERCENT, [WEIGHTS.A, WEIGHTS.B])
      expect(partA + partB).toBe(roundDiv(baseFen * SHARE_PERCENT, 100n))
      expect(shares).toHaveLength(2)
      expect(shares.map((r) => [r.artisan_id, fen(r.amount)]).sort()).toEqual(
        [
          [makerA.artisan.id, partA],
          [makerB.artisan.id, partB],
        ].sort()
      )
      for (const row of shares) {
        expect(row).toMatchObject({ kind: "sale_share", period: THIS_MONTH, source_id: line.id, dedupe_key: `sale_share:${line.id}:${row.artisan_id}` })
      }
      // she sees it in her month
      const month = await api.get(`/artisan/earnings/${THIS_MONTH}`, makerA.headers)
      expect(month.data.totals.sale_share).toBe(fromFen(partA))

      const canceled = await api.post(`/admin/orders/${order.id}/cancel`, {}, admin)
      expect(canceled.status).toBe(200)
      expect((await orderOf(order.id)).status).toBe("canceled")

      const reversals = await waitFor("the order.canceled reversals", () => reversalsOf(shares.map((s) => s.id)), (rows) => rows.length >= 2)
      expect(reversals).toHaveLength(2)
      for (const original of shares) {
        const reversal = reversals.find((r) => r.reverses_id === original.id)
        expect(reversal, `a reversal of ${original.id}`).toBeDefined()
        expect(fen(reversal!.amount)).toBe(-fen(original.amount))
        expect(reversal!.artisan_id).toBe(original.artisan_id)
      }
      const all = [...shares, ...reversals]
      expect(netOf(all, makerA.artisan.id)).toBe(0n)
      expect(netOf(all, makerB.artisan.id)).toBe(0n)
      expect((await api.get(`/artisan/earnings/${THIS_MONTH}`, makerA.headers)).data.totals.net).toBe("0.00")
    })

    it("Medusa's capture and refunds take back the refunded part of the order pro rata, never more than is left", async () => {
      const { order, shares } = await placedOrder(2)
      expect(order.payment_status).toBe("authorized")
      // the order's total as paid (items and shipping), the whole the refunds are parts of
      const totalFen = fen(order.total)
      const paymentId = order.payment_collections[0].payments[0].id as string

      const captured = await api.post(`/admin/payments/${paymentId}/capture`, {}, admin)
      expect(captured.status).toBe(200)

      // first refund: half the order
      const firstFen = totalFen / 2n
      const first = await api.post(`/admin/payments/${paymentId}/refund`, { amount: Number(fromFen(firstFen)) }, admin)
      expect(first.status).toBe(200)
      const afterFirst = await waitFor("the first refund's reversals", () => reversalsOf(shares.map((s) => s.id)), (rows) => rows.length >= 2)
      expect(afterFirst).toHaveLength(2)
      const firstTaken = new Map<string, bigint>()
      for (const original of shares) {
        const reversal = afterFirst.find((r) => r.reverses_id === original.id)!
        const wanted = roundDiv(fen(original.amount) * firstFen, totalFen)
        expect({ maker: original.artisan_id, reversed: fen(reversal.amount) }).toEqual({ maker: original.artisan_id, reversed: -wanted })
        firstTaken.set(original.id, wanted)
      }

      // second refund: the rest of the order; each maker loses what is left of her share, no more
      const secondFen = totalFen - firstFen
      const second = await api.post(`/admin/payments/${paymentId}/refund`, { amount: Number(fromFen(secondFen)) }, admin)
      expect(second.status).toBe(200)
      const afterSecond = await waitFor("the second refund's reversals", () => reversalsOf(shares.map((s) => s.id)), (rows) => rows.length >= 4)
      expect(afterSecond).toHaveLength(4)
      for (const original of shares) {
        const left = fen(original.amount) - firstTaken.get(original.id)!
        const wanted = roundDiv(fen(original.amount) * secondFen, totalFen)
        const expected = wanted > left ? left : wanted
        const taken = afterSecond.filter((r) => r.reverses_id === original.id).map((r) => -fen(r.amount)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
        expect(taken).toEqual([firstTaken.get(original.id)!, expected].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
      }
      const all = [...shares, ...afterSecond]
      expect(netOf(all, makerA.artisan.id)).toBe(0n)
      expect(netOf(all, makerB.artisan.id)).toBe(0n)
    })
  },
})
