import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import {
  adminHeaders,
  createArtisan,
  createCoordinator,
  createPieceType,
  createWorkshop,
  customerHeaders,
  publishableKeyHeaders,
} from "../helpers"

/**
 * Every custom route against every kind of caller. Each row names the status each caller must
 * get; any other status (above all an unexpected success) fails the test. Callers run in the
 * order of CALLERS, so a row's one allowed writer comes last where a write changes state.
 */
const CALLERS = ["anonymous", "customer", "artisanA", "artisanB", "coordinatorY", "admin", "coordinatorX"] as const
type Caller = (typeof CALLERS)[number]
type Expect = Record<Caller, number>

const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date())
const THIS_MONTH = today().slice(0, 7)
const LAST_MONTH = (() => {
  const [y, m] = THIS_MONTH.split("-").map(Number)
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`
})()

/** The same status for everyone but the listed callers. */
const only = (allowed: Partial<Expect>, others: number): Expect =>
  Object.fromEntries(CALLERS.map((c) => [c, allowed[c] ?? others])) as Expect

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("every custom route answers every caller as the table says", async () => {
      const container = getContainer()
      const workshopX = await createWorkshop(container)
      const workshopY = await createWorkshop(container)
      const coordinatorX = await createCoordinator(api, container, { workshopIds: [workshopX.id] })
      const coordinatorY = await createCoordinator(api, container, { workshopIds: [workshopY.id] })
      const artisanA = await createArtisan(api, container, { workshopId: workshopX.id, joined_on: "2024-01-01", public_profile: true })
      const artisanB = await createArtisan(api, container, { workshopId: workshopY.id, joined_on: "2024-01-01" })
      const pieceType = await createPieceType(container, { workshopId: workshopX.id })
      const admin = await adminHeaders(container)
      const customer = await customerHeaders(api, container)
      const storeKey = await publishableKeyHeaders(container)
      const product = await container.resolve(Modules.PRODUCT).createProducts({ title: "莲花书签" })
      const order = (await container.resolve(Modules.ORDER).createOrders({ currency_code: "cny", email: "matrix@jinxiu.test", items: [] } as any)) as unknown as { id: string }

      // an entry of artisan A (workshop X) to reverse, and money in last month to close
      const recorded = await api.post(
        "/coordinator/work-entries",
        {
          lines: [
            { artisan_id: artisanA.artisan.id, piece_type_id: pieceType.id, quantity: 2, grade: "A", work_date: today() },
            { artisan_id: artisanA.artisan.id, piece_type_id: pieceType.id, quantity: 1, grade: "A", work_date: `${LAST_MONTH}-10` },
          ],
        },
        { headers: { ...coordinatorX.headers.headers, "idempotency-key": "matrix-setup-batch" } }
      )
      const entryId = recorded.data.entries[0].id

      const headersOf: Record<Caller, Record<string, string>> = {
        anonymous: {},
        customer: customer.headers,
        artisanA: artisanA.headers.headers,
        artisanB: artisanB.headers.headers,
        coordinatorY: coordinatorY.headers.headers,
        admin: admin.headers,
        coordinatorX: coordinatorX.headers.headers,
      }
      let batchNo = 0
      const workLine = () => ({ artisan_id: artisanA.artisan.id, piece_type_id: pieceType.id, quantity: 1, grade: "A", work_date: today() })

      type Row = { method: "get" | "post"; path: string; body?: () => unknown; headers?: () => Record<string, string>; expect: Expect; store?: boolean }
      const rows: Row[] = [
        // the shop (publishable key sent by everyone; identity doesn't matter)
        { method: "get", path: "/store/workshops", store: true, expect: only({}, 200) },
        { method: "get", path: `/store/workshops/${workshopX.handle}`, store: true, expect: only({}, 200) },
        { method: "get", path: `/store/makers/${artisanA.artisan.id}`, store: true, expect: only({}, 200) },
        { method: "get", path: `/store/makers/${artisanB.artisan.id}`, store: true, expect: only({}, 404) },
        { method: "get", path: `/store/products/${product.id}/makers`, store: true, expect: only({}, 200) },
        { method: "get", path: "/store/impact", store: true, expect: only({}, 200) },
        { method: "get", path: `/store/orders/${order.id}/makers`, store: true, expect: only({}, 200) },
        { method: "get", path: "/store/orders/order_01MATRIXNOSUCHORDER0000000/makers", store: true, expect: only({}, 404) },
        // without the shop's key (a customer's session carries it)
        { method: "get", path: "/store/impact", expect: only({ customer: 200 }, 400) },

        // programme staff only
        { method: "get", path: "/admin/workshops", expect: only({ admin: 200 }, 401) },
        { method: "post", path: "/admin/workshops", body: () => ({ handle: `matrix-${++batchNo}`, name_zh: "新工坊", name_en: "New workshop", city_zh: "肇庆", city_en: "Zhaoqing" }), expect: only({ admin: 200 }, 401) },
        { method: "get", path: `/admin/workshops/${workshopX.id}`, expect: only({ admin: 200 }, 401) },
        { method: "post", path: `/admin/workshops/${workshopX.id}`, body: () => ({ story_en: "Updated story" }), expect: only({ admin: 200 }, 401) },
        { method: "get", path: "/admin/artisans", expect: only({ admin: 200 }, 401) },
        { method: "post", path: "/admin/artisans", body: () => ({ workshop_id: workshopX.id, display_name: "新绣娘", legal_name: "新某", phone: `1390000${String(1000 + ++batchNo)}`, joined_on: "2025-01-01", password: "matrix-password" }), expect: only({ admin: 200 }, 401) },
        { method: "get", path: `/admin/artisans/${artisanA.artisan.id}`, expect: only({ admin: 200 }, 401) },
        { method: "post", path: `/admin/artisans/${artisanA.artisan.id}`, body: () => ({ monthly_goal: 3200 }), expect: only({ admin: 200 }, 401) },
        { method: "post", path: `/admin/artisans/${artisanA.artisan.id}/reset-password`, expect: only({ admin: 200 }, 401) },
        { method: "get", path: "/admin/coordinators", expect: only({ admin: 200 }, 401) },
        { method: "post", path: "/admin/coordinators", body: () => ({ email: `matrix-${++batchNo}@jinxiu.test`, name: "新协调员", password: "matrix-password", workshop_ids: [workshopX.id] }), expect: only({ admin: 200 }, 401) },
        { method: "get", path: `/admin/coordinators/${coordinatorX.coordinator.id}`, expect: only({ admin: 200 }, 401) },
        { method: "post", path: `/admin/coordinators/${coordinatorX.coordinator.id}`, body: () => ({ name: "协调员X" }), expect: only({ admin: 200 }, 401) },
        { method: "get", path: "/admin/piece-types", expect: only({ admin: 200 }, 401) },
        { method: "post", path: "/admin/piece-types", body: () => ({ workshop_id: workshopX.id, code: `MATRIX-${++batchNo}`, name_zh: "盘金边", name_en: "Couched border" }), expect: only({ admin: 200 }, 401) },
        { method: "get", path: `/admin/piece-types/${pieceType.id}`, expect: only({ admin: 200 }, 401) },
        { method: "post", path: `/admin/piece-types/${pieceType.id}`, body: () => ({ name_en: "Fan face" }), expect: only({ admin: 200 }, 401) },
        { method: "post", path: `/admin/piece-types/${pieceType.id}/rates`, body: () => ({ effective_from: "2030-01-15", rate_a: 15, rate_b: 10 }), expect: only({ admin: 200 }, 401) },
        { method: "get", path: "/admin/periods", expect: only({ admin: 200 }, 401) },
        { method: "get", path: `/admin/periods/${LAST_MONTH}/preview`, expect: only({ admin: 200 }, 401) },
        { method: "post", path: `/admin/periods/${LAST_MONTH}/close`, expect: only({ admin: 200 }, 401) },
        { method: "post", path: `/admin/periods/${LAST_MONTH}/pay`, body: () => ({ payment_reference: "MATRIX-PAY" }), expect: only({ admin: 200 }, 401) },
        { method: "get", path: `/admin/periods/${LAST_MONTH}/statements`, expect: only({ admin: 200 }, 401) },
        { method: "post", path: "/admin/adjustments", body: () => ({ artisan_id: artisanA.artisan.id, kind: "bonus", amount: 10, reason: "matrix" }), expect: only({ admin: 201 }, 401) },
        { method: "get", path: `/admin/products/${product.id}/makers`, expect: only({ admin: 200 }, 401) },
        { method: "post", path: `/admin/products/${product.id}/makers`, body: () => ({ share_percent: 20, makers: [{ artisan_id: artisanA.artisan.id, weight: 1 }] }), expect: only({ admin: 200 }, 401) },
        { method: "get", path: `/admin/workshop-summary?month=${THIS_MONTH}`, expect: only({ admin: 200 }, 401) },

        // coordinators: only their own workshops
        { method: "get", path: "/coordinator/me", expect: only({ coordinatorX: 200, coordinatorY: 200 }, 401) },
        { method: "get", path: "/coordinator/artisans", expect: only({ coordinatorX: 200, coordinatorY: 200 }, 401) },
        { method: "get", path: `/coordinator/artisans/${artisanA.artisan.id}`, expect: only({ coordinatorX: 200, coordinatorY: 404 }, 401) },
        { method: "post", path: `/coordinator/artisans/${artisanA.artisan.id}/reset-password`, expect: only({ coordinatorX: 200, coordinatorY: 404 }, 401) },
        { method: "post", path: `/coordinator/artisans/${artisanB.artisan.id}/reset-password`, expect: only({ coordinatorY: 200, coordinatorX: 404 }, 401) },
        { method: "get", path: "/coordinator/piece-types", expect: only({ coordinatorX: 200, coordinatorY: 200 }, 401) },
        { method: "get", path: "/coordinator/work-entries", expect: only({ coordinatorX: 200, coordinatorY: 200 }, 401) },
        {
          method: "post",
          path: "/coordinator/work-entries",
          body: () => ({ lines: [workLine()] }),
          headers: () => ({ "idempotency-key": `matrix-batch-${++batchNo}` }),
          expect: only({ coordinatorX: 201, coordinatorY: 404 }, 401),
        },
        { method: "post", path: `/coordinator/work-entries/${entryId}/reverse`, body: () => ({ reason: "matrix" }), expect: only({ coordinatorX: 200, coordinatorY: 404 }, 401) },
        { method: "get", path: `/coordinator/summary?month=${THIS_MONTH}`, expect: only({ coordinatorX: 200, coordinatorY: 200 }, 401) },

        // artisans: only their own money
        { method: "get", path: "/artisan/me", expect: only({ artisanA: 200, artisanB: 200 }, 401) },
        { method: "post", path: "/artisan/me/goal", body: () => ({ monthly_goal: 3000 }), expect: only({ artisanA: 200, artisanB: 200 }, 401) },
        { method: "post", path: "/artisan/me/password", body: () => ({ current_password: "not-her-password", new_password: "another-password" }), expect: only({ artisanA: 400, artisanB: 400 }, 401) },
        { method: "get", path: `/artisan/earnings?from=${LAST_MONTH}&to=${THIS_MONTH}`, expect: only({ artisanA: 200, artisanB: 200 }, 401) },
        { method: "get", path: `/artisan/earnings/${THIS_MONTH}`, expect: only({ artisanA: 200, artisanB: 200 }, 401) },
        { method: "get", path: "/artisan/statements", expect: only({ artisanA: 200, artisanB: 200 }, 401) },
      ]

      const failures: string[] = []
      for (const row of rows) {
        for (const caller of CALLERS) {
          const headers = {
            ...headersOf[caller],
            ...(row.store ? storeKey.headers : {}),
            ...(row.headers ? row.headers() : {}),
          }
          const res =
            row.method === "get"
              ? await api.get(row.path, { headers }).catch((e: any) => e.response)
              : await api.post(row.path, row.body ? row.body() : {}, { headers }).catch((e: any) => e.response)
          if (res.status !== row.expect[caller]) {
            failures.push(`${row.method.toUpperCase()} ${row.path} as ${caller}: expected ${row.expect[caller]}, got ${res.status}`)
          }
        }
      }
      expect(failures).toEqual([])

      // and nothing of artisan B leaked to artisan A through her own routes
      const mine = await api.get(`/artisan/earnings/${THIS_MONTH}`, artisanA.headers)
      expect(JSON.stringify(mine.data)).not.toContain(artisanB.artisan.id)
    })
  },
})
