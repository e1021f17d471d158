import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { sumMoney } from "@jinxiu/workshop/domain"
import {
  adminHeaders,
  createArtisan,
  createCoordinator,
  createPieceType,
  createWorkshop,
  type RequestConfig,
} from "../helpers"
import { useWorkshopClock } from "../helpers/clock"

/**
 * Data scope, not only status: what a coordinator's list routes and an artisan's own routes
 * answer holds nothing of another workshop or another woman, checked by the ids (and names,
 * phones, codes) in the bodies, including when the query names the other side's ids.
 */
const { today, day, thisMonth: THIS_MONTH, lastMonth: LAST_MONTH } = useWorkshopClock()

type Person = Awaited<ReturnType<typeof createArtisan>>
type Coordinator = Awaited<ReturnType<typeof createCoordinator>>

/** One workshop with everything recorded in it. */
type Side = {
  label: string
  workshop: any
  coordinator: Coordinator
  /** the woman whose own routes are checked */
  woman: Person
  other: Person
  pieceType: any
  productTitle: string
  orderId: string
  /** filled from the database once everything is written */
  workEntryIds: string[]
  batchIds: string[]
  ledgerIdsOfWoman: string[]
  statementIdsOfWoman: string[]
}

/** What of a side must never show up on the other side: ids anywhere in the body, texts as whole JSON strings. */
function coordinatorMarkers(side: Side) {
  return {
    ids: [
      side.workshop.id,
      side.coordinator.coordinator.id,
      side.woman.artisan.id,
      side.other.artisan.id,
      side.pieceType.id,
      ...side.workEntryIds,
      ...side.batchIds,
    ],
    texts: [
      side.coordinator.email,
      side.woman.artisan.display_name,
      side.woman.artisan.legal_name,
      side.woman.phone,
      side.other.artisan.display_name,
      side.other.artisan.legal_name,
      side.other.phone,
      side.pieceType.code,
      side.pieceType.name_zh,
      side.workshop.name_zh,
      side.workshop.handle,
    ],
  }
}

function womanMarkers(side: Side) {
  return {
    ids: [
      side.woman.artisan.id,
      side.workshop.id,
      side.pieceType.id,
      side.orderId,
      ...side.ledgerIdsOfWoman,
      ...side.statementIdsOfWoman,
      ...side.workEntryIds,
    ],
    texts: [
      side.woman.artisan.display_name,
      side.woman.artisan.legal_name,
      side.woman.phone,
      side.pieceType.code,
      side.pieceType.name_zh,
      side.productTitle,
      side.workshop.name_zh,
    ],
  }
}

/**
 * The markers found in a response body, except those the request itself sent (a 404 may name the
 * id it was asked for).
 */
function leaksIn(body: unknown, markers: { ids: string[]; texts: string[] }, url: string): string[] {
  const json = JSON.stringify(body)
  const asked = decodeURIComponent(url)
  return [
    ...markers.ids.filter((id) => json.includes(id) && !asked.includes(id)),
    ...markers.texts.filter((text) => json.includes(JSON.stringify(text)) && !asked.includes(text)),
  ]
}

const sorted = (ids: string[]) => [...ids].sort()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const get = (url: string, config: RequestConfig) => api.get(url, config).catch((e: any) => e.response)
    const workshopModule = () => getContainer().resolve("workshop") as any

    let admin: RequestConfig
    let x: Side
    let y: Side

    /** A workshop, its coordinator, two women, a piece type, and money of every kind for the first woman. */
    async function side(label: string, names: { woman: string; other: string }, product: string): Promise<Side> {
      const container = getContainer()
      const workshop = await createWorkshop(container, { name_zh: `${label}工坊` })
      const coordinator = await createCoordinator(api, container, { workshopIds: [workshop.id], name: `${label}协调员` })
      const woman = await createArtisan(api, container, { workshopId: workshop.id, joined_on: "2024-01-01", display_name: names.woman, legal_name: `${names.woman}本名` })
      const other = await createArtisan(api, container, { workshopId: workshop.id, joined_on: "2024-01-01", display_name: names.other, legal_name: `${names.other}本名` })
      const pieceType = await createPieceType(container, { workshopId: workshop.id, rate: { effective_from: "2024-01-01", rate_a: 12.5, rate_b: 9 } })
      const line = (artisan: Person, quantity: number, grade: string, work_date: string) => ({
        artisan_id: artisan.artisan.id,
        piece_type_id: pieceType.id,
        quantity,
        grade,
        work_date,
      })
      const batch = await api.post(
        "/coordinator/work-entries",
        {
          lines: [
            line(woman, 3, "A", today),
            line(woman, 2, "B", day(-1)),
            line(woman, 1, "A", today),
            line(other, 4, "A", today),
            line(woman, 5, "A", `${LAST_MONTH}-10`),
            line(other, 1, "B", `${LAST_MONTH}-11`),
          ],
        },
        { headers: { ...coordinator.headers.headers, "idempotency-key": `scope-${label}-batch` } }
      )
      expect(batch.status).toBe(201)
      // one entry counted twice: reversed, so she has a reversal too
      const reversed = await api.post(`/coordinator/work-entries/${batch.data.entries[2].id}/reverse`, { reason: "counted twice" }, coordinator.headers)
      expect(reversed.status).toBe(200)
      expect((await api.post("/admin/adjustments", { artisan_id: woman.artisan.id, kind: "bonus", amount: 20, reason: "全勤奖" }, admin)).status).toBe(201)
      expect((await api.post("/admin/adjustments", { artisan_id: woman.artisan.id, kind: "deduction", amount: 3.5, reason: "丝线损耗" }, admin)).status).toBe(201)

      // a sale of a product she made
      const made = await container.resolve(Modules.PRODUCT).createProducts({ title: product, status: "published" as any })
      const makers = await api.post(`/admin/products/${made.id}/makers`, { share_percent: 20, makers: [{ artisan_id: woman.artisan.id, weight: 1 }] }, admin)
      expect(makers.status).toBe(200)
      const order = (await container.resolve(Modules.ORDER).createOrders({
        currency_code: "cny",
        email: `buyer-${label}@jinxiu.test`,
        items: [{ title: product, product_id: made.id, product_title: product, quantity: 1, unit_price: 150 }],
      } as any)) as unknown as { id: string }
      const { creditOrderMakersWorkflow } = require("@jinxiu/workshop/workflows")
      await creditOrderMakersWorkflow(container).run({ input: { order_id: order.id } })

      return {
        label,
        workshop,
        coordinator,
        woman,
        other,
        pieceType,
        productTitle: product,
        orderId: order.id,
        workEntryIds: [],
        batchIds: [batch.data.batch_id],
        ledgerIdsOfWoman: [],
        statementIdsOfWoman: [],
      }
    }

    async function fillFromDatabase(s: Side) {
      const service = workshopModule()
      s.workEntryIds = (await service.listWorkEntries({ workshop_id: s.workshop.id }, { take: 1000 })).map((e: any) => e.id)
      s.ledgerIdsOfWoman = (await service.listLedgerEntries({ artisan_id: s.woman.artisan.id }, { take: 1000 })).map((e: any) => e.id)
      s.statementIdsOfWoman = (await service.listStatements({ artisan_id: s.woman.artisan.id }, { take: 1000 })).map((e: any) => e.id)
    }

    // Made once; test-utils restores this state before every test.
    beforeAll(async () => {
      admin = await adminHeaders(getContainer())
      x = await side("西坊", { woman: "阿珍", other: "阿兰" }, "西坊金绣团扇")
      y = await side("东坊", { woman: "阿梅", other: "阿秀" }, "东坊荷花香囊")
      expect((await api.post(`/admin/periods/${LAST_MONTH}/close`, {}, admin)).data.status).toBe("closed")
      expect((await api.post(`/admin/periods/${LAST_MONTH}/pay`, { payment_reference: "BANK-SCOPE-1" }, admin)).data.status).toBe("paid")
      for (const s of [x, y]) await fillFromDatabase(s)
    })

    it("has money of every kind on both sides (so an empty answer can't pass for a scoped one)", async () => {
      const service = workshopModule()
      for (const s of [x, y]) {
        const kinds = (await service.listLedgerEntries({ artisan_id: s.woman.artisan.id }, { take: 1000 })).map((e: any) => e.kind)
        expect(new Set(kinds)).toEqual(new Set(["piecework", "reversal", "bonus", "deduction", "sale_share"]))
        expect(s.statementIdsOfWoman).toHaveLength(1)
        expect(s.workEntryIds).toHaveLength(6)
      }
    })

    describe.each([
      ["Y", () => y, () => x],
      ["X", () => x, () => y],
    ])("coordinator %s", (_name, mineOf, theirsOf) => {
      it("sees only her own workshop's artisans, piece types, entries and summary rows, whatever she asks for", async () => {
        const mine = mineOf()
        const theirs = theirsOf()
        const headers = mine.coordinator.headers
        const markers = coordinatorMarkers(theirs)
        const ownArtisans = sorted([mine.woman.artisan.id, mine.other.artisan.id])
        const ownEntries = (await workshopModule().listWorkEntries({ workshop_id: mine.workshop.id }, { take: 1000 })) as any[]
        const ownEntriesOn = (date: string) => ownEntries.filter((e) => e.work_date === date && !e.reversed_at)
        const theirWoman = theirs.woman.artisan.id

        type Probe = { url: string; status: number; check?: (body: any) => void }
        const probes: Probe[] = [
          { url: "/coordinator/me", status: 200, check: (b) => expect(b.coordinator.workshops.map((w: any) => w.id)).toEqual([mine.workshop.id]) },
          { url: "/coordinator/artisans", status: 200, check: (b) => expect(sorted(b.artisans.map((a: any) => a.id))).toEqual(ownArtisans) },
          { url: `/coordinator/artisans?workshop_id=${theirs.workshop.id}`, status: 200, check: (b) => expect(b.artisans).toEqual([]) },
          {
            url: `/coordinator/artisans?workshop_id=${theirs.workshop.id}&workshop_id=${mine.workshop.id}`,
            status: 200,
            check: (b) => expect(sorted(b.artisans.map((a: any) => a.id))).toEqual(ownArtisans),
          },
          { url: `/coordinator/artisans?q=${encodeURIComponent(theirs.woman.artisan.display_name)}`, status: 200, check: (b) => expect(b.artisans).toEqual([]) },
          { url: `/coordinator/artisans?status=active&limit=500`, status: 200, check: (b) => expect(sorted(b.artisans.map((a: any) => a.id))).toEqual(ownArtisans) },
          { url: `/coordinator/artisans/${theirWoman}`, status: 404 },
          { url: `/coordinator/artisans/${mine.woman.artisan.id}`, status: 200, check: (b) => expect(b.artisan.id).toBe(mine.woman.artisan.id) },
          { url: "/coordinator/piece-types", status: 200, check: (b) => expect(b.piece_types.map((p: any) => p.id)).toEqual([mine.pieceType.id]) },
          { url: `/coordinator/piece-types?workshop_id=${theirs.workshop.id}`, status: 200, check: (b) => expect(b.piece_types).toEqual([]) },
          {
            url: `/coordinator/piece-types?workshop_id=${theirs.workshop.id}&workshop_id=${mine.workshop.id}`,
            status: 200,
            check: (b) => expect(b.piece_types.map((p: any) => p.id)).toEqual([mine.pieceType.id]),
          },
          {
            url: "/coordinator/work-entries?limit=500",
            status: 200,
            check: (b) => expect(sorted(b.work_entries.map((e: any) => e.id))).toEqual(sorted(ownEntries.map((e) => e.id))),
          },
          { url: `/coordinator/work-entries?artisan_id=${theirWoman}`, status: 200, check: (b) => expect(b.work_entries).toEqual([]) },
          { url: `/coordinator/work-entries?artisan_id=${theirWoman}&date=${today}`, status: 200, check: (b) => expect(b.work_entries).toEqual([]) },
          { url: `/coordinator/work-entries?artisan_id=${theirWoman}&from=${LAST_MONTH}-01&to=${today}`, status: 200, check: (b) => expect(b.work_entries).toEqual([]) },
          { url: `/coordinator/work-entries?workshop_id=${theirs.workshop.id}`, status: 400 },
          {
            url: `/coordinator/summary?month=${THIS_MONTH}`,
            status: 200,
            check: (b) => expect(sorted(b.artisans.map((a: any) => a.artisan_id))).toEqual(ownArtisans),
          },
          {
            url: `/coordinator/summary?month=${LAST_MONTH}`,
            status: 200,
            check: (b) => expect(sorted(b.artisans.map((a: any) => a.artisan_id))).toEqual(ownArtisans),
          },
          { url: `/coordinator/summary?month=${THIS_MONTH}&workshop_id=${theirs.workshop.id}`, status: 400 },
          { url: `/coordinator/summary?month=${THIS_MONTH}&artisan_id=${theirWoman}`, status: 400 },
          {
            url: `/coordinator/day-summary?date=${today}`,
            status: 200,
            check: (b) => {
              // the day's rows and total are hers alone (the reversed entry left out)
              const entries = ownEntriesOn(today)
              expect(sorted(b.artisans.map((a: any) => a.artisan_id))).toEqual(sorted([...new Set(entries.map((e) => e.artisan_id))]))
              expect(b.entry_count).toBe(entries.length)
              expect(b.total).toBe(sumMoney(entries.map((e) => String(e.amount))))
            },
          },
          { url: `/coordinator/day-summary?date=${today}&workshop_id=${theirs.workshop.id}`, status: 400 },
          { url: `/coordinator/day-summary?date=${today}&artisan_id=${theirWoman}`, status: 400 },
        ]

        const problems: string[] = []
        for (const probe of probes) {
          const res = await get(probe.url, headers)
          if (res.status !== probe.status) problems.push(`${probe.url}: status ${res.status}, expected ${probe.status}`)
          const leaked = leaksIn(res.data, markers, probe.url)
          if (leaked.length) problems.push(`${probe.url}: shows the other workshop's ${leaked.join(", ")}`)
          if (res.status === probe.status && probe.check) {
            try {
              probe.check(res.data)
            } catch (error) {
              problems.push(`${probe.url}: ${(error as Error).message}`)
            }
          }
        }
        expect(problems).toEqual([])
      })
    })

    describe.each([
      ["A", () => x, () => y],
      ["B", () => y, () => x],
    ])("artisan %s", (_name, mineOf, theirsOf) => {
      it("sees her own money, every entry of it, and nothing of the other woman's through any /artisan route", async () => {
        const mine = mineOf()
        const theirs = theirsOf()
        const headers = mine.woman.headers
        const markers = womanMarkers(theirs)
        const ledger = (await workshopModule().listLedgerEntries({ artisan_id: mine.woman.artisan.id }, { take: 1000 })) as any[]
        const ledgerOf = (month: string) => ledger.filter((e) => e.period === month)
        const netOf = (month: string) => sumMoney(ledgerOf(month).map((e) => String(e.amount)))

        const monthDetail = (month: string) => (b: any) => {
          expect(b.period).toBe(month)
          expect(sorted(b.entries.map((e: any) => e.id))).toEqual(sorted(ledgerOf(month).map((e) => e.id)))
          expect(b.totals.net).toBe(netOf(month))
        }
        type Probe = { url: string; status: number; check?: (body: any) => void }
        const probes: Probe[] = [
          { url: "/artisan/me", status: 200, check: (b) => expect(b.artisan.id).toBe(mine.woman.artisan.id) },
          {
            url: "/artisan/earnings",
            status: 200,
            check: (b) => expect(b.months.map((m: any) => [m.period, m.net])).toEqual([[LAST_MONTH, netOf(LAST_MONTH)], [THIS_MONTH, netOf(THIS_MONTH)]]),
          },
          {
            url: `/artisan/earnings?from=${LAST_MONTH}&to=${THIS_MONTH}`,
            status: 200,
            check: (b) => expect(b.months.map((m: any) => m.entry_count)).toEqual([ledgerOf(LAST_MONTH).length, ledgerOf(THIS_MONTH).length]),
          },
          { url: `/artisan/earnings/${THIS_MONTH}`, status: 200, check: monthDetail(THIS_MONTH) },
          {
            url: `/artisan/earnings/${LAST_MONTH}`,
            status: 200,
            check: (b) => {
              monthDetail(LAST_MONTH)(b)
              expect(b.statement.id).toBe(mine.statementIdsOfWoman[0])
            },
          },
          { url: "/artisan/statements", status: 200, check: (b) => expect(b.statements.map((s: any) => s.id)).toEqual(mine.statementIdsOfWoman) },
          // naming the other woman is refused where the query is checked
          { url: `/artisan/earnings?artisan_id=${theirs.woman.artisan.id}`, status: 400 },
        ]
        // where the query isn't checked, naming her changes nothing: the same answer as without it
        const ignoresQuery = [
          ["/artisan/me", `?id=${theirs.woman.artisan.id}&artisan_id=${theirs.woman.artisan.id}`],
          [`/artisan/earnings/${THIS_MONTH}`, `?artisan_id=${theirs.woman.artisan.id}`],
          [`/artisan/earnings/${LAST_MONTH}`, `?artisan_id=${theirs.woman.artisan.id}`],
          ["/artisan/statements", `?artisan_id=${theirs.woman.artisan.id}`],
        ]

        const problems: string[] = []
        for (const probe of probes) {
          const res = await get(probe.url, headers)
          if (res.status !== probe.status) problems.push(`${probe.url}: status ${res.status}, expected ${probe.status}`)
          const leaked = leaksIn(res.data, markers, probe.url)
          if (leaked.length) problems.push(`${probe.url}: shows the other woman's ${leaked.join(", ")}`)
          if (res.status === probe.status && probe.check) {
            try {
              probe.check(res.data)
            } catch (error) {
              problems.push(`${probe.url}: ${(error as Error).message}`)
            }
          }
        }
        for (const [path, query] of ignoresQuery) {
          const plain = await get(path, headers)
          const named = await get(`${path}${query}`, headers)
          const leaked = leaksIn(named.data, markers, `${path}${query}`)
          if (leaked.length) problems.push(`${path}${query}: shows the other woman's ${leaked.join(", ")}`)
          if (named.status !== 400 && (named.status !== 200 || JSON.stringify(named.data) !== JSON.stringify(plain.data))) {
            problems.push(`${path}${query}: answered ${named.status} and not the same as ${path}`)
          }
        }
        expect(problems).toEqual([])
      })
    })
  },
})
