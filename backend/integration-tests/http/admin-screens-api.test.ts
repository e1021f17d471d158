import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  adminHeaders,
  createArtisan,
  createCoordinator,
  createPieceType,
  createWorkshop,
  type RequestConfig,
} from "../helpers"
import { useWorkshopClock } from "../helpers/clock"

const { today, thisMonth: THIS_MONTH, lastMonth: LAST_MONTH } = useWorkshopClock()

const failed = (e: any) => e.response

/** What the admin's landing page reads: GET /admin/workshop-summary. */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: RequestConfig
    let busy: any
    let idle: any
    let closed: any
    let artisanA: { artisan: any }
    let artisanB: { artisan: any }

    beforeAll(async () => {
      const container = getContainer()
      admin = await adminHeaders(container)
      busy = await createWorkshop(container, { handle: "a-busy-workshop", name_zh: "忙碌工坊", name_en: "Busy workshop" })
      idle = await createWorkshop(container, { handle: "b-idle-workshop", name_zh: "清闲工坊", name_en: "Idle workshop" })
      closed = await createWorkshop(container, { handle: "c-closed-workshop", is_active: false })
      const coordinator = await createCoordinator(api, container, { workshopIds: [busy.id] })
      artisanA = await createArtisan(api, container, { workshopId: busy.id, joined_on: "2024-01-01" })
      artisanB = await createArtisan(api, container, { workshopId: busy.id, joined_on: "2024-01-01" })
      await createArtisan(api, container, { workshopId: idle.id, joined_on: "2024-01-01" })
      await createArtisan(api, container, { workshopId: closed.id, joined_on: "2024-01-01" })
      const pieceType = await createPieceType(container, {
        workshopId: busy.id,
        rate: { effective_from: "2024-01-01", rate_a: 12.5, rate_b: 9 },
      })
      const line = (artisanId: string, grade: string, quantity: number, work_date = today) => ({
        artisan_id: artisanId,
        piece_type_id: pieceType.id,
        quantity,
        grade,
        work_date,
      })
      const recorded = await api.post(
        "/coordinator/work-entries",
        {
          lines: [
            // this month: A 3 x 12.50 + B 2 x 9.00 + R 1 (unpaid) for her, A 1 x 12.50 for the other
            line(artisanA.artisan.id, "A", 3),
            line(artisanA.artisan.id, "B", 2),
            line(artisanA.artisan.id, "R", 1),
            line(artisanB.artisan.id, "A", 1),
            // last month: not in this month's figures
            line(artisanA.artisan.id, "A", 4, `${LAST_MONTH}-10`),
          ],
        },
        { headers: { ...coordinator.headers.headers, "idempotency-key": "summary-setup" } }
      )
      expect(recorded.status).toBe(201)
      // a bonus counts in the net earnings but not in piecework
      const bonus = await api.post(
        "/admin/adjustments",
        { artisan_id: artisanA.artisan.id, kind: "bonus", amount: 10, reason: "准时交货 / on time", period: THIS_MONTH },
        admin
      )
      expect(bonus.status).toBe(201)
    })

    it("gives this month's output and earnings per workshop, and the totals", async () => {
      const res = await api.get("/admin/workshop-summary", admin)
      expect(res.status).toBe(200)
      expect(res.data.month).toBe(THIS_MONTH)
      expect(res.data.status).toBe("open")
      const byHandle = Object.fromEntries(res.data.workshops.map((w: any) => [w.handle, w]))
      expect(byHandle["a-busy-workshop"]).toMatchObject({
        id: busy.id,
        name_zh: "忙碌工坊",
        name_en: "Busy workshop",
        artisans: 2,
        working_artisans: 2,
        pieces_a: 4,
        pieces_b: 2,
        pieces_r: 1,
        piecework: "68.00",
        net: "78.00",
      })
      expect(byHandle["b-idle-workshop"]).toMatchObject({
        id: idle.id,
        artisans: 1,
        working_artisans: 0,
        pieces_a: 0,
        piecework: "0.00",
        net: "0.00",
      })
      // an inactive workshop with nothing this month is left out
      expect(byHandle["c-closed-workshop"]).toBeUndefined()
      expect(res.data.totals).toEqual({
        artisans: 3,
        working_artisans: 2,
        pieces_a: 4,
        pieces_b: 2,
        pieces_r: 1,
        piecework: "68.00",
        net: "78.00",
      })
    })

    it("answers for another month when asked", async () => {
      const res = await api.get(`/admin/workshop-summary?month=${LAST_MONTH}`, admin)
      expect(res.status).toBe(200)
      expect(res.data.month).toBe(LAST_MONTH)
      const busyRow = res.data.workshops.find((w: any) => w.id === busy.id)
      expect(busyRow).toMatchObject({ pieces_a: 4, pieces_b: 0, working_artisans: 1, piecework: "50.00", net: "50.00" })
      expect(res.data.totals).toMatchObject({ pieces_a: 4, piecework: "50.00", net: "50.00" })
    })

    it("refuses a malformed month or an unknown parameter, naming it", async () => {
      const bad = await api.get("/admin/workshop-summary?month=2026-13", admin).catch(failed)
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("month")
      const unknown = await api.get("/admin/workshop-summary?workshop=x", admin).catch(failed)
      expect(unknown.status).toBe(400)
      expect(unknown.data.message).toContain("workshop")
    })

    it("is for admin users only", async () => {
      expect((await api.get("/admin/workshop-summary").catch(failed)).status).toBe(401)
    })
  },
})
