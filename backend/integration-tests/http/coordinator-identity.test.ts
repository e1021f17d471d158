import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  adminHeaders,
  COORDINATOR_PASSWORD,
  createArtisan,
  createCoordinator,
  createPieceType,
  createWorkshop,
  customerHeaders,
  type RequestConfig,
} from "../helpers"
import { useWorkshopClock } from "../helpers/clock"

const failed = (e: any) => e.response

/** A date in China `days` from the workshop's (fixed) today, as YYYY-MM-DD. */
const { day: chinaDate } = useWorkshopClock()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let workshopX: string
    let workshopY: string
    let workshopZ: string
    let coordinatorOfY: Awaited<ReturnType<typeof createCoordinator>>
    let artisanOfX: Awaited<ReturnType<typeof createArtisan>>
    let artisanOfY: Awaited<ReturnType<typeof createArtisan>>
    let pausedOfZ: Awaited<ReturnType<typeof createArtisan>>

    // Made once, before the first test: test-utils snapshots the database then and restores it
    // before every test, so each test starts from this state.
    beforeAll(async () => {
      const container = getContainer()
      workshopX = (await createWorkshop(container, { name_zh: "端州工坊", name_en: "Duanzhou" })).id
      workshopY = (await createWorkshop(container, { name_zh: "四会工坊", name_en: "Sihui" })).id
      workshopZ = (await createWorkshop(container, { name_zh: "高要工坊", name_en: "Gaoyao" })).id
      coordinatorOfY = await createCoordinator(api, container, { workshopIds: [workshopY, workshopZ], name: "李梅" })
      artisanOfX = await createArtisan(api, container, { workshopId: workshopX, display_name: "阿X" })
      artisanOfY = await createArtisan(api, container, { workshopId: workshopY, display_name: "阿Y", monthly_goal: 3000 })
      pausedOfZ = await createArtisan(api, container, { workshopId: workshopZ, display_name: "阿Z", status: "paused" })
    })

    describe("coordinator login", () => {
      it("logs her in with e-mail and password; a wrong password is 401", async () => {
        const container = getContainer()
        const workshopId = (await createWorkshop(container)).id
        const { email } = await createCoordinator(api, container, { workshopIds: [workshopId], email: "mei@jinxiu.test" })

        const ok = await api.post("/auth/coordinator/emailpass", { email, password: COORDINATOR_PASSWORD })
        expect(ok.status).toBe(200)
        expect(typeof ok.data.token).toBe("string")

        const wrong = await api.post("/auth/coordinator/emailpass", { email, password: "wrong-password" }).catch(failed)
        expect(wrong.status).toBe(401)

        // her login is for coordinators only: the same e-mail and password give no admin or customer session
        const asAdmin = await api.post("/auth/user/emailpass", { email, password: COORDINATOR_PASSWORD })
        const adminTry = await api
          .get("/admin/workshops", { headers: { authorization: `Bearer ${asAdmin.data.token}` } })
          .catch(failed)
        expect(adminTry.status).toBe(401)
        // and coordinators cannot use the artisans' phone login
        const byPhone = await api.post("/auth/coordinator/phone", { phone: "13800000001", password: "x" }).catch(failed)
        expect(byPhone.status).toBe(400)
      })
    })

    describe("what a coordinator sees", () => {
      it("GET /coordinator/me: her profile and her workshops", async () => {
        const res = await api.get("/coordinator/me", coordinatorOfY.headers)
        expect(res.status).toBe(200)
        expect(res.data.coordinator).toMatchObject({ id: coordinatorOfY.coordinator.id, name: "李梅", email: coordinatorOfY.email })
        expect(res.data.coordinator.workshops.map((w: any) => w.name_en).sort()).toEqual(["Gaoyao", "Sihui"])
        expect(JSON.stringify(res.data)).not.toMatch(/password/i)
      })

      it("GET /coordinator/artisans: only the women of her workshops", async () => {
        const res = await api.get("/coordinator/artisans", coordinatorOfY.headers)
        expect(res.status).toBe(200)
        expect(res.data.artisans.map((a: any) => a.id).sort()).toEqual([artisanOfY.artisan.id, pausedOfZ.artisan.id].sort())
        expect(res.data.count).toBe(2)
        expect(res.data.artisans[0]).not.toHaveProperty("monthly_goal")

        const byWorkshop = await api.get(`/coordinator/artisans?workshop_id=${workshopZ}`, coordinatorOfY.headers)
        expect(byWorkshop.data.artisans.map((a: any) => a.id)).toEqual([pausedOfZ.artisan.id])

        const byStatus = await api.get("/coordinator/artisans?status=active", coordinatorOfY.headers)
        expect(byStatus.data.artisans.map((a: any) => a.id)).toEqual([artisanOfY.artisan.id])

        // asking for another workshop's women gives nothing, not them
        const outside = await api.get(`/coordinator/artisans?workshop_id=${workshopX}`, coordinatorOfY.headers)
        expect(outside.data).toMatchObject({ artisans: [], count: 0 })
      })

      it("refuses fields and filters it does not know (400)", async () => {
        for (const url of ["/coordinator/artisans?fields=*workshop.coordinators", "/coordinator/artisans?status=gone"]) {
          const res = await api.get(url, coordinatorOfY.headers).catch(failed)
          expect({ url, status: res.status }).toEqual({ url, status: 400 })
        }
      })

      it("GET /coordinator/artisans/:id: 404 for a woman of another workshop", async () => {
        const own = await api.get(`/coordinator/artisans/${artisanOfY.artisan.id}`, coordinatorOfY.headers)
        expect(own.status).toBe(200)
        expect(own.data.artisan).toMatchObject({ id: artisanOfY.artisan.id, display_name: "阿Y", workshop: { name_en: "Sihui" } })

        const other = await api.get(`/coordinator/artisans/${artisanOfX.artisan.id}`, coordinatorOfY.headers).catch(failed)
        expect(other.status).toBe(404)
        const missing = await api.get("/coordinator/artisans/art_doesnotexist", coordinatorOfY.headers).catch(failed)
        expect(missing.status).toBe(404)
        expect(missing.data.message.replace("art_doesnotexist", "")).toBe(other.data.message.replace(artisanOfX.artisan.id, ""))
      })

      it("sees changes of her workshops at once (no stale scope)", async () => {
        const before = await api.get(`/coordinator/artisans/${artisanOfX.artisan.id}`, coordinatorOfY.headers).catch(failed)
        expect(before.status).toBe(404)
        await api.post(
          `/admin/coordinators/${coordinatorOfY.coordinator.id}`,
          { workshop_ids: [workshopX] },
          await adminHeaders(getContainer())
        )
        const after = await api.get(`/coordinator/artisans/${artisanOfX.artisan.id}`, coordinatorOfY.headers)
        expect(after.status).toBe(200)
        const lost = await api.get(`/coordinator/artisans/${artisanOfY.artisan.id}`, coordinatorOfY.headers).catch(failed)
        expect(lost.status).toBe(404)
      })

      it("GET /coordinator/piece-types: active piece types of her workshops with today's rate and the history", async () => {
        const container = getContainer()
        const fan = await createPieceType(container, {
          workshopId: workshopY,
          code: "FAN",
          rate: { effective_from: "2024-01-01", rate_a: 10, rate_b: 6 },
        })
        const service = container.resolve("workshop") as any
        await service.createPieceRates([
          { piece_type_id: fan.id, effective_from: chinaDate(-1), rate_a: 12.5, rate_b: 8 },
          { piece_type_id: fan.id, effective_from: chinaDate(30), rate_a: 15, rate_b: 9 },
        ])
        await createPieceType(container, { workshopId: workshopY, code: "OLD", is_active: false })
        await createPieceType(container, { workshopId: workshopX, code: "XFAN" })
        const notYet = await createPieceType(container, {
          workshopId: workshopZ,
          code: "POUCH",
          rate: { effective_from: chinaDate(7), rate_a: 20, rate_b: 12 },
        })

        const res = await api.get("/coordinator/piece-types", coordinatorOfY.headers)
        expect(res.status).toBe(200)
        expect(res.data.piece_types.map((p: any) => p.code)).toEqual(["FAN", "POUCH"])

        const fanView = res.data.piece_types[0]
        expect(fanView.current_rate).toEqual({ rate_a: 12.5, rate_b: 8, effective_from: chinaDate(-1) })
        expect(fanView.rates.map((r: any) => r.effective_from)).toEqual([chinaDate(30), chinaDate(-1), "2024-01-01"])

        const pouch = res.data.piece_types[1]
        expect(pouch.id).toBe(notYet.id)
        expect(pouch.current_rate).toBeNull()
        expect(pouch.rates).toHaveLength(1)

        const onlyZ = await api.get(`/coordinator/piece-types?workshop_id=${workshopZ}`, coordinatorOfY.headers)
        expect(onlyZ.data.piece_types.map((p: any) => p.code)).toEqual(["POUCH"])
        const notHers = await api.get(`/coordinator/piece-types?workshop_id=${workshopX}`, coordinatorOfY.headers)
        expect(notHers.data.piece_types).toEqual([])
      })

      it("a coordinator without workshops sees nothing", async () => {
        const idle = await createCoordinator(api, getContainer(), { workshopIds: [] })
        expect((await api.get("/coordinator/artisans", idle.headers)).data.artisans).toEqual([])
        expect((await api.get("/coordinator/piece-types", idle.headers)).data.piece_types).toEqual([])
        const res = await api.get(`/coordinator/artisans/${artisanOfY.artisan.id}`, idle.headers).catch(failed)
        expect(res.status).toBe(404)
      })
    })

    describe("the coordinator route tree is closed to everyone else", () => {
      it("refuses no token, an artisan, a customer and an admin (401)", async () => {
        const container = getContainer()
        const workshopId = (await createWorkshop(container)).id
        const artisan = await createArtisan(api, container, { workshopId })
        const callers: [string, RequestConfig | undefined][] = [
          ["nobody", undefined],
          ["artisan", artisan.headers],
          ["customer", await customerHeaders(api, container)],
          ["admin", await adminHeaders(container)],
        ]
        for (const [who, headers] of callers) {
          for (const url of ["/coordinator/me", "/coordinator/artisans", `/coordinator/artisans/${artisan.artisan.id}`, "/coordinator/piece-types"]) {
            const res = await api.get(url, headers).catch(failed)
            expect({ who, url, status: res.status }).toEqual({ who, url, status: 401 })
          }
        }
      })

      it("refuses a coordinator's token on /artisan/* and /admin/* (401)", async () => {
        const container = getContainer()
        const workshopId = (await createWorkshop(container)).id
        const { headers } = await createCoordinator(api, container, { workshopIds: [workshopId] })
        for (const url of ["/artisan/me", "/admin/artisans", "/admin/coordinators", "/admin/piece-types"]) {
          const res = await api.get(url, headers).catch(failed)
          expect({ url, status: res.status }).toEqual({ url, status: 401 })
        }
        const goal = await api.post("/artisan/me/goal", { monthly_goal: 1 }, headers).catch(failed)
        expect(goal.status).toBe(401)
      })
    })
  },
})
