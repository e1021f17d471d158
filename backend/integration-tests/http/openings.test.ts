import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  APPLY_MAX_PER_ADDRESS,
  APPLY_MAX_PER_PHONE,
  PAY_RANGE_MIN_WOMEN,
} from "@jinxiu/workshop/domain"
import { Modules } from "@medusajs/framework/utils"
import { adminHeaders, createArtisan, createCoordinator, createPieceType, createWorkshop, loginArtisan, publishableKeyHeaders, uniqueMobile, uniqueSuffix } from "../helpers"
import { useWorkshopClock } from "../helpers/clock"
import { eventsDuring } from "../helpers/events"

const { today, lastMonth: LAST_MONTH, month } = useWorkshopClock()

/**
 * Mama-post openings (妈妈岗) and applications: the pay an opening shows, read from the ledger of
 * the women doing its work and hidden below five women; applying without an account (the same
 * phone updates its application, throttled per phone and per address); her status link shows
 * only hers; staff and the workshop's coordinator move applications by the rules and hire a
 * woman exactly once, even with two clicks at once.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: any
    let store: any
    let workshopX: any
    let workshopY: any
    let coordinatorX: any
    let coordinatorY: any
    let pieceType: any
    let otherPieceType: any

    const post = (path: string, body: unknown, config: any) => api.post(path, body, config).catch((e: any) => e.response)
    const get = (path: string, config: any) => api.get(path, config).catch((e: any) => e.response)
    const service = () => getContainer().resolve("workshop") as any

    const openingBody = (overrides: Record<string, unknown> = {}) => ({
      workshop_id: workshopX.id,
      title_zh: "扇面绣娘",
      title_en: "Fan-face embroiderer",
      piece_type_ids: [pieceType.id],
      place: "home",
      district_zh: "端州区",
      district_en: "Duanzhou",
      hours_zh: "上学时间",
      hours_en: "School hours",
      positions: 3,
      ...overrides,
    })
    const createOpening = async (overrides: Record<string, unknown> = {}) => {
      const res = await post("/admin/openings", openingBody(overrides), admin)
      expect(res.status).toBe(201)
      return res.data.opening
    }
    const applicationBody = (overrides: Record<string, unknown> = {}) => ({
      name: "陈秀兰",
      phone: uniqueMobile(),
      town: "睦岗镇",
      availability: "周一至周五上午",
      childcare_needs: "孩子三岁",
      consent: true,
      locale: "zh-CN",
      ...overrides,
    })
    const apply = (openingId: string, body: unknown) => post(`/store/openings/${openingId}/applications`, body, store)
    const applicationsIn = async () => (await service().listApplications({})) as any[]

    /** `women` artisans of workshop X each credited `quantity(i)` pieces of `type` (10.00 a piece) on `day`. */
    async function piecework(women: number, day: string, quantity: (i: number) => number, type = pieceType) {
      const artisans = []
      for (let i = 0; i < women; i++) artisans.push(await createArtisan(api, getContainer(), { workshopId: workshopX.id, joined_on: "2024-01-01" }))
      const lines = artisans.map((a, i) => ({ artisan_id: a.artisan.id, piece_type_id: type.id, quantity: quantity(i), grade: "A", work_date: day }))
      const res = await post("/coordinator/work-entries", { lines }, { headers: { ...coordinatorX.headers.headers, "idempotency-key": `openings-${uniqueSuffix()}` } })
      expect(res.status).toBe(201)
      return { artisans, entries: res.data.entries as any[] }
    }

    beforeEach(async () => {
      const container = getContainer()
      admin = await adminHeaders(container)
      store = await publishableKeyHeaders(container)
      workshopX = await createWorkshop(container, { district_zh: "端州区", district_en: "Duanzhou" })
      workshopY = await createWorkshop(container)
      await service().updateWorkshops({ id: workshopX.id, mama_post_features: ["school_hours", "work_at_home"] })
      coordinatorX = await createCoordinator(api, container, { workshopIds: [workshopX.id] })
      coordinatorY = await createCoordinator(api, container, { workshopIds: [workshopY.id] })
      pieceType = await createPieceType(container, { workshopId: workshopX.id, rate: { effective_from: "2024-01-01", rate_a: 10, rate_b: 8 } })
      otherPieceType = await createPieceType(container, { workshopId: workshopX.id, rate: { effective_from: "2024-01-01", rate_a: 10, rate_b: 8 } })
    })

    it("shows the pay of the women doing the work, from the ledger of the last six full months, and none below five women", async () => {
      const opening = await createOpening()
      // four women in May: not enough to show anyone's pay
      await piecework(PAY_RANGE_MIN_WOMEN - 1, `${LAST_MONTH}-10`, (i) => i + 1)
      // other work, this month's work and work seven months ago don't count
      await piecework(5, `${LAST_MONTH}-11`, () => 100, otherPieceType)
      await piecework(5, today, () => 100)
      await piecework(5, `${month(-7)}-05`, () => 100)
      let shown = await get(`/store/openings/${opening.id}`, store)
      expect(shown.status).toBe(200)
      expect(shown.data.opening.pay).toBeNull()

      // the fifth woman: 10, 20, 30, 40, 50 yuan in May
      const { entries } = await piecework(1, `${LAST_MONTH}-12`, () => 5)
      shown = await get(`/store/openings/${opening.id}`, store)
      expect(shown.data.opening.pay).toEqual({ median: "30.00", low: "20.00", high: "40.00", women: 5, months: 5 })

      // her line reversed: her month nets nothing, and the pay is hidden again
      const reversed = await post(`/coordinator/work-entries/${entries[0].id}/reverse`, { reason: "记错了" }, coordinatorX.headers)
      expect(reversed.status).toBe(200)
      shown = await get(`/store/openings/${opening.id}`, store)
      expect(shown.data.opening.pay).toBeNull()
    })

    it("lists open openings by district, at home and school hours, with the workshop's features", async () => {
      const atHome = await createOpening()
      const inWorkshop = await createOpening({ place: "workshop", district_zh: "高要区", district_en: "Gaoyao" })
      const closed = await createOpening({ status: "closed" })
      const inY = await createOpening({ workshop_id: workshopY.id, piece_type_ids: [] })

      const all = await get("/store/openings", store)
      expect(all.status).toBe(200)
      const ids = all.data.openings.map((o: any) => o.id)
      expect(ids.sort()).toEqual([atHome.id, inWorkshop.id, inY.id].sort())
      expect(ids).not.toContain(closed.id)
      const shownAtHome = all.data.openings.find((o: any) => o.id === atHome.id)
      expect(shownAtHome.features).toEqual(["school_hours", "work_at_home"])
      expect(shownAtHome.workshop).toMatchObject({ id: workshopX.id, name_zh: workshopX.name_zh })
      // the work, by name
      expect(shownAtHome.work).toEqual([{ id: pieceType.id, name_zh: pieceType.name_zh, name_en: pieceType.name_en }])
      expect(all.data.openings.find((o: any) => o.id === inY.id).work).toEqual([])

      expect((await get("/store/openings?district=Gaoyao", store)).data.openings.map((o: any) => o.id)).toEqual([inWorkshop.id])
      expect((await get(`/store/openings?district=${encodeURIComponent("端州区")}`, store)).data.openings.map((o: any) => o.id).sort()).toEqual([atHome.id, inY.id].sort())
      expect((await get("/store/openings?at_home=true", store)).data.openings.map((o: any) => o.id).sort()).toEqual([atHome.id, inY.id].sort())
      expect((await get("/store/openings?school_hours=true", store)).data.openings.map((o: any) => o.id).sort()).toEqual([atHome.id, inWorkshop.id].sort())

      const bad = await get("/store/openings?at_home=maybe", store)
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/^(Invalid request: )?at_home: /)
      // a closed opening still has its page; a missing one is a 404
      expect((await get(`/store/openings/${closed.id}`, store)).data.opening.status).toBe("closed")
      expect((await get("/store/openings/opn_01NOSUCHOPENING00000000000", store)).status).toBe(404)
    })

    it("takes an application without an account; the same phone updates it; bad input names the field and writes nothing", async () => {
      const opening = await createOpening()
      const body = applicationBody({ phone: "139 0013 8000" })
      const first = await apply(opening.id, body)
      expect(first.status).toBe(201)
      expect(first.data.application).toMatchObject({ status: "new", opening_id: opening.id })
      expect(first.data.status_token).toMatch(/^[A-Za-z0-9_-]{43}$/)
      let stored = await applicationsIn()
      expect(stored).toHaveLength(1)
      expect(stored[0]).toMatchObject({ phone: "+8613900138000", workshop_id: workshopX.id, status: "new", consent: true, artisan_id: null })
      expect(stored[0].status_token_hash).not.toContain(first.data.status_token)

      // the same phone written another way: her application is updated, with a new link
      const again = await apply(opening.id, { ...body, phone: "+86 13900138000", availability: "周末" })
      expect(again.status).toBe(200)
      expect(again.data.application.id).toBe(first.data.application.id)
      stored = await applicationsIn()
      expect(stored).toHaveLength(1)
      expect(stored[0].availability).toBe("周末")
      expect((await get(`/store/applications/${first.data.status_token}`, store)).status).toBe(404)
      expect((await get(`/store/applications/${again.data.status_token}`, store)).status).toBe(200)

      for (const [bad, field] of [
        [{ ...applicationBody(), consent: false }, "consent"],
        [{ ...applicationBody(), consent: "yes" }, "consent"],
        [(({ consent: _c, ...rest }) => rest)(applicationBody()), "consent"],
        [{ ...applicationBody(), phone: "12345" }, "phone"],
        [{ ...applicationBody(), name: "" }, "name"],
        [{ ...applicationBody(), town: "镇".repeat(501) }, "town"],
        [{ ...applicationBody(), locale: "fr" }, "locale"],
        [{ ...applicationBody(), status: "hired" }, "status"],
      ] as const) {
        const res = await apply(opening.id, bad)
        expect(res.status, JSON.stringify(bad)).toBe(400)
        expect(`${res.data.message} ${JSON.stringify(res.data)}`).toContain(field)
      }
      const closed = await createOpening({ status: "closed" })
      expect((await apply(closed.id, applicationBody())).status).toBe(404)
      expect((await apply("opn_01NOSUCHOPENING00000000000", applicationBody())).status).toBe(404)
      expect(await applicationsIn()).toHaveLength(1)
    })

    it("texts her a confirmation in her language with her status link; the coordinators are told on the desk; each step is an event", async () => {
      const notifications = async (filters: Record<string, unknown>) =>
        (await getContainer().resolve(Modules.NOTIFICATION).listNotifications(filters, { take: null } as any)) as any[]
      const opening = await createOpening()
      let first: any
      const applied = await eventsDuring(getContainer(), ["workshop.application.received"], async () => {
        first = await apply(opening.id, applicationBody({ name: "梁美玲", phone: "13900139001", locale: "en" }))
      })
      expect(first.status).toBe(201)
      const id = first.data.application.id
      expect(applied).toEqual([{ name: "workshop.application.received", data: { id } }])

      let texts = await notifications({ channel: "sms", resource_id: id })
      expect(texts).toHaveLength(1)
      expect(texts[0]).toMatchObject({ to: "+8613900139001", template: "application_received" })
      expect(texts[0].data.text).toBe(
        `Jinxiu: we received your application (Fan-face embroiderer). See its status: ${process.env.STOREFRONT_URL?.trim().replace(/\/+$/, "") ?? ""}/en/jobs/application/${first.data.status_token}`
      )
      // the coordinators of the opening's workshop see it on the desk, the other workshop's don't
      const feedX = await get("/coordinator/notices", coordinatorX.headers)
      expect(feedX.data.notices.find((n: any) => n.kind === "application_new")).toMatchObject({ artisan_name: "梁美玲", application_id: id })
      const feedY = await get("/coordinator/notices", coordinatorY.headers)
      expect(feedY.data.notices.some((n: any) => n.kind === "application_new")).toBe(false)

      // applying again (her application updated, a new link): a new text with the new link, no second desk notice
      const again = await apply(opening.id, applicationBody({ name: "梁美玲", phone: "13900139001", locale: "zh-CN" }))
      expect(again.status).toBe(200)
      texts = await notifications({ channel: "sms", resource_id: id })
      expect(texts).toHaveLength(2)
      expect(texts.map((t) => t.data.text).join("\n")).toContain(`金绣：已收到你的妈妈岗申请（扇面绣娘）。查看进度：`)
      expect(texts.map((t) => t.data.text).join("\n")).toContain(`/zh-CN/jobs/application/${again.data.status_token}`)
      await new Promise((r) => setTimeout(r, 500))
      const feedAgain = await get("/coordinator/notices", coordinatorX.headers)
      expect(feedAgain.data.notices.filter((n: any) => n.kind === "application_new")).toHaveLength(1)

      const moved = await eventsDuring(getContainer(), ["workshop.application.moved"], () =>
        post(`/coordinator/applications/${id}/move`, { status: "contacted" }, coordinatorX.headers)
      )
      expect(moved).toEqual([{ name: "workshop.application.moved", data: { id, status: "contacted" } }])
      let hired: any
      const hires = await eventsDuring(getContainer(), ["workshop.application.hired"], async () => {
        hired = await post(`/admin/applications/${id}/hire`, {}, admin)
        expect((await post(`/admin/applications/${id}/hire`, {}, admin)).status).toBe(409)
      })
      expect(hired.status).toBe(201)
      expect(hires).toEqual([{ name: "workshop.application.hired", data: { id, artisan_id: hired.data.artisan.id } }])
      // she is welcomed in the language she applied in (zh-CN the second time), in the app and by text, once
      await new Promise((r) => setTimeout(r, 500))
      const welcome = await notifications({ template: "application_hired", receiver_id: hired.data.artisan.id })
      expect(welcome.map((n) => n.channel).sort()).toEqual(["feed", "sms"])
      expect(welcome.find((n) => n.channel === "sms")).toMatchObject({ to: "+8613900139001" })
      expect(welcome.find((n) => n.channel === "sms").data.text).toMatch(/^金绣：你已被录用，欢迎加入！.*\/zh-CN\/me$/)
    })

    it("throttles applying per phone and per address, with Retry-After, writing nothing", async () => {
      const openings = []
      for (let i = 0; i <= APPLY_MAX_PER_PHONE; i++) openings.push(await createOpening())
      const phone = uniqueMobile()
      for (let i = 0; i < APPLY_MAX_PER_PHONE; i++) expect((await apply(openings[i].id, applicationBody({ phone }))).status).toBe(201)
      const refused = await apply(openings[APPLY_MAX_PER_PHONE].id, applicationBody({ phone }))
      expect(refused.status).toBe(429)
      expect(refused.data.reason).toBe("apply_phone_limit")
      expect(Number(refused.headers["retry-after"])).toBeGreaterThan(23 * 3600)
      expect(await applicationsIn()).toHaveLength(APPLY_MAX_PER_PHONE)

      // other phones from the same address, up to the address's allowance in the hour
      for (let i = APPLY_MAX_PER_PHONE; i < APPLY_MAX_PER_ADDRESS; i++) expect((await apply(openings[0].id, applicationBody())).status).toBe(201)
      const fromAddress = await apply(openings[0].id, applicationBody())
      expect(fromAddress.status).toBe(429)
      expect(fromAddress.data.reason).toBe("apply_address_limit")
      expect(Number(fromAddress.headers["retry-after"])).toBeGreaterThan(0)
      expect(Number(fromAddress.headers["retry-after"])).toBeLessThanOrEqual(3600)
      expect(await applicationsIn()).toHaveLength(APPLY_MAX_PER_ADDRESS)
    })

    it("her status link shows only her application's status, nothing of anyone else", async () => {
      const opening = await createOpening()
      const hers = await apply(opening.id, applicationBody({ name: "黄美玲", locale: "en" }))
      const other = await apply(opening.id, applicationBody({ name: "李小红" }))
      await service().moveApplication({ application_id: other.data.application.id, to: "contacted", note: null, actor_id: "test" })

      const seen = await get(`/store/applications/${hers.data.status_token}`, store)
      expect(seen.status).toBe(200)
      expect(seen.data.application).toMatchObject({
        status: "new",
        locale: "en",
        opening: { id: opening.id, title_zh: "扇面绣娘", title_en: "Fan-face embroiderer" },
        workshop: { name_zh: workshopX.name_zh },
      })
      const text = JSON.stringify(seen.data)
      for (const secret of ["黄美玲", "李小红", "+86", "phone", other.data.application.id, hers.data.application.id, "status_token_hash"]) {
        expect(text).not.toContain(secret)
      }
      expect((await get(`/store/applications/${other.data.status_token}`, store)).data.application.status).toBe("contacted")
      expect((await get(`/store/applications/${"A".repeat(43)}`, store)).status).toBe(404)
      expect((await get("/store/applications/short", store)).status).toBe(404)
    })

    it("moves applications by the rules, with a note kept in their history; a coordinator sees and moves only her workshops'", async () => {
      const openingX = await createOpening()
      const openingY = await createOpening({ workshop_id: workshopY.id, piece_type_ids: [] })
      const inX = (await apply(openingX.id, applicationBody())).data.application.id
      const inY = (await apply(openingY.id, applicationBody())).data.application.id

      const listX = await get("/coordinator/applications", coordinatorX.headers)
      expect(listX.status, JSON.stringify(listX.data)).toBe(200)
      expect(listX.data.applications.map((a: any) => a.id)).toEqual([inX])
      expect(JSON.stringify(listX.data)).not.toContain("status_token_hash")
      expect((await get(`/coordinator/applications?workshop_id=${workshopY.id}`, coordinatorX.headers)).data.applications).toEqual([])
      expect((await get("/admin/applications", admin)).data.count).toBe(2)
      expect((await get(`/admin/applications?workshop_id=${workshopY.id}`, admin)).data.applications.map((a: any) => a.id)).toEqual([inY])

      // not hers: as if it did not exist
      expect((await post(`/coordinator/applications/${inY}/move`, { status: "contacted" }, coordinatorX.headers)).status).toBe(404)
      const moved = await post(`/coordinator/applications/${inX}/move`, { status: "contacted", note: "电话联系过" }, coordinatorX.headers)
      expect(moved.status).toBe(200)
      for (const [status, field] of [["new", "status"], ["hired", "status"], ["contacted", "status"], ["bogus", "status"]] as const) {
        const res = await post(`/coordinator/applications/${inX}/move`, { status }, coordinatorX.headers)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(new RegExp(`^(Invalid request: )?${field}: `))
      }
      expect((await post(`/admin/applications/${inX}/move`, { status: "trial", note: "x".repeat(501) }, admin)).status).toBe(400)
      expect((await post(`/admin/applications/${inX}/move`, { status: "trial", note: "试工一周" }, admin)).status).toBe(200)
      expect((await post(`/admin/applications/${inX}/move`, { status: "not_now" }, admin)).status).toBe(200)

      const [listed] = (await get(`/admin/applications?opening_id=${openingX.id}`, admin)).data.applications
      expect(listed.status).toBe("not_now")
      expect(listed.history.map((h: any) => [h.from_status, h.to_status, h.note])).toEqual([
        ["new", "contacted", "电话联系过"],
        ["contacted", "trial", "试工一周"],
        ["trial", "not_now", null],
      ])
      expect(listed.history[0].actor_id).toBe(coordinatorX.coordinator.id)
      expect(listed.history[1].actor_id).toBe(admin.userId)
    })

    it("hires her exactly once, even with two clicks at once: her artisan record, phone login and a password shown once", async () => {
      const opening = await createOpening()
      const { data } = await apply(opening.id, applicationBody({ name: "周小梅" }))
      const id = data.application.id
      // only after she was contacted or tried
      const early = await post(`/coordinator/applications/${id}/hire`, {}, coordinatorX.headers)
      expect(early.status).toBe(400)
      expect(early.data.message).toMatch(/^(Invalid request: )?status: /)
      expect(early.data.code).toBe("not_hireable")
      expect((await post(`/coordinator/applications/${id}/move`, { status: "trial" }, coordinatorX.headers)).status).toBe(200)
      expect((await post(`/coordinator/applications/${id}/hire`, {}, coordinatorY.headers)).status).toBe(404)

      const [a, b] = await Promise.all([
        post(`/coordinator/applications/${id}/hire`, { note: "录用" }, coordinatorX.headers),
        post(`/admin/applications/${id}/hire`, {}, admin),
      ])
      const statuses = [a.status, b.status].sort()
      expect(statuses, JSON.stringify([a.data, b.data])).toEqual([201, 409])
      const hired = a.status === 201 ? a : b
      const refused = a.status === 201 ? b : a
      expect(hired.data.password).toMatch(/^\d{8}$/)
      expect(hired.data.artisan).toMatchObject({ display_name: "周小梅", workshop_id: workshopX.id })
      expect(refused.data.message).toContain(hired.data.artisan.id)
      expect(JSON.stringify(refused.data)).not.toContain(hired.data.password)

      const artisans = await service().listArtisans({ phone: hired.data.artisan.phone })
      expect(artisans.map((x: any) => x.id)).toEqual([hired.data.artisan.id])
      const [application] = await applicationsIn()
      expect(application).toMatchObject({ status: "hired", artisan_id: hired.data.artisan.id })
      // a third click later: still one artisan
      expect((await post(`/admin/applications/${id}/hire`, {}, admin)).status).toBe(409)
      expect(await service().listArtisans({ phone: hired.data.artisan.phone })).toHaveLength(1)
      // she logs in with her phone and the password, and is on her coordinator's desk
      const headers = await loginArtisan(api, hired.data.artisan.phone, hired.data.password)
      expect((await get("/artisan/me", headers)).status).toBe(200)
      const desk = await get("/coordinator/artisans", coordinatorX.headers)
      expect(desk.data.artisans.map((x: any) => x.id)).toContain(hired.data.artisan.id)
      // a hired application is never moved by hand
      expect((await post(`/admin/applications/${id}/move`, { status: "contacted" }, admin)).status).toBe(400)
    })

    it("refuses to hire a phone that already logs in as an artisan, writing nothing", async () => {
      const opening = await createOpening()
      const existing = await createArtisan(api, getContainer(), { workshopId: workshopY.id })
      const { data } = await apply(opening.id, applicationBody({ phone: existing.phone }))
      await service().moveApplication({ application_id: data.application.id, to: "contacted", note: null, actor_id: "test" })
      const res = await post(`/admin/applications/${data.application.id}/hire`, {}, admin)
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(/^phone: /)
      expect(res.data.code).toBe("phone_taken")
      expect(res.data.message).toContain(existing.artisan.id)
      expect(await service().listArtisans({ phone: existing.phone })).toHaveLength(1)
      expect((await applicationsIn())[0]).toMatchObject({ status: "contacted", artisan_id: null })
    })

    it("tells the bus when the staff make or change an opening (the shop's /jobs drops its cache)", async () => {
      let opening: any
      const events = await eventsDuring(getContainer(), ["workshop.opening.created", "workshop.opening.updated"], async () => {
        opening = await createOpening()
        expect((await post(`/admin/openings/${opening.id}`, { status: "closed" }, admin)).status).toBe(200)
      })
      expect(events.map((e) => `${e.name} ${e.data.id}`)).toEqual([`workshop.opening.created ${opening.id}`, `workshop.opening.updated ${opening.id}`])
      // and a workshop's mama-post features changed (the shop shows them on each opening)
      const features = await eventsDuring(getContainer(), ["workshop.workshop.updated"], () =>
        post(`/admin/workshops/${workshopX.id}`, { mama_post_features: ["flexible_hours"] }, admin)
      )
      expect(features.map((e) => `${e.name} ${e.data.id}`)).toEqual([`workshop.workshop.updated ${workshopX.id}`])
    })

    it("admin creates and changes openings; piece types must be the workshop's; bad input names the field", async () => {
      const opening = await createOpening()
      const changed = await post(`/admin/openings/${opening.id}`, { status: "closed", positions: 5 }, admin)
      expect(changed.status).toBe(200)
      expect(changed.data.opening).toMatchObject({ status: "closed", positions: 5 })
      const pieceOfY = await createPieceType(getContainer(), { workshopId: workshopY.id })
      for (const [body, field] of [
        [openingBody({ piece_type_ids: [pieceOfY.id] }), "piece_type_ids"],
        [openingBody({ positions: 0 }), "positions"],
        [openingBody({ place: "moon" }), "place"],
        [openingBody({ title_zh: "" }), "title_zh"],
        [openingBody({ workshop_id: "wksp_01NOSUCHWORKSHOP0000000000" }), "workshop_id"],
      ] as const) {
        const res = await post("/admin/openings", body, admin)
        expect(res.status, JSON.stringify(body)).toBe(400)
        expect(res.data.message).toMatch(new RegExp(`^(Invalid request: )?${field}: `))
      }
      expect((await post(`/admin/openings/${opening.id}`, { workshop_id: workshopY.id }, admin)).status).toBe(400)
      expect((await post("/admin/openings/opn_01NOSUCHOPENING00000000000", { positions: 2 }, admin)).status).toBe(404)
      // a workshop's mama-post features are the domain's, each once
      const features = await post(`/admin/workshops/${workshopY.id}`, { mama_post_features: ["parental_leave", "training_provided", "parental_leave"] }, admin)
      expect(features.status).toBe(200)
      expect(features.data.workshop.mama_post_features).toEqual(["parental_leave", "training_provided"])
      const badFeature = await post(`/admin/workshops/${workshopY.id}`, { mama_post_features: ["free_lunch"] }, admin)
      expect(badFeature.status).toBe(400)
      expect(badFeature.data.message).toMatch(/^(Invalid request: )?mama_post_features/)
      const listed = await get(`/admin/openings?workshop_id=${workshopX.id}`, admin)
      expect(listed.data.openings.map((o: any) => o.id)).toEqual([opening.id])
      expect(listed.data.openings[0]).toHaveProperty("pay", null)
    })
  },
})
