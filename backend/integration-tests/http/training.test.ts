import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { addDays } from "@jinxiu/workshop/domain"
import { adminHeaders, createArtisan, createCoordinator, createPieceType, createWorkshop, loginArtisan, publishableKeyHeaders, uniqueMobile, uniqueSuffix } from "../helpers"
import { useWorkshopClock } from "../helpers/clock"
import { eventsDuring } from "../helpers/events"

const { today } = useWorkshopClock()

/**
 * Training (issue 12): the coordinator takes attendance at a session of her workshop (or one open
 * to all) once per woman, however often the desk's queue sends it; attending grants the session's
 * skill; a piece type that requires a skill takes a line only from a woman who has it, or as a
 * supervised trial kept on the entry.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: any
    let coordinatorX: any
    let coordinatorY: any
    let workshopX: any
    let workshopY: any
    let artisanA: { artisan: any; headers: any }
    let artisanB: { artisan: any; headers: any }
    let artisanY: { artisan: any; headers: any }
    let skillCode: string
    let session: any

    const post = (path: string, body: unknown, config: any) => api.post(path, body, config).catch((e: any) => e.response)
    const get = (path: string, config: any) => api.get(path, config).catch((e: any) => e.response)
    const withKey = (who: any, key: string) => ({ headers: { ...who.headers.headers, "idempotency-key": key } })
    const attend = (who: any, sessionId: string, artisanIds: string[], key = `attendance-${uniqueSuffix()}`) =>
      post(`/coordinator/training-sessions/${sessionId}/attendance`, { artisan_ids: artisanIds }, withKey(who, key))
    const service = () => getContainer().resolve("workshop") as any
    const attendanceOf = async (sessionId: string) => (await service().listTrainingAttendances({ session_id: sessionId })) as any[]
    const skillsOf = async (artisanId: string) => ((await service().listArtisanSkills({ artisan_id: artisanId })) as any[]).map((s) => s.skill_code)

    const newSession = async (overrides: Record<string, unknown> = {}) => {
      const res = await post(
        "/admin/training-sessions",
        {
          topic_zh: "盘金基础",
          topic_en: "Couching basics",
          skill_code: skillCode,
          date: today,
          place_zh: "端州区妇女手工坊",
          place_en: "Duanzhou women's workshop",
          trainer: "梁师傅",
          workshop_id: workshopX.id,
          capacity: 30,
          ...overrides,
        },
        admin
      )
      expect(res.status).toBe(200)
      return res.data.training_session
    }

    beforeEach(async () => {
      const container = getContainer()
      admin = await adminHeaders(container)
      workshopX = await createWorkshop(container)
      workshopY = await createWorkshop(container)
      coordinatorX = await createCoordinator(api, container, { workshopIds: [workshopX.id] })
      coordinatorY = await createCoordinator(api, container, { workshopIds: [workshopY.id] })
      artisanA = await createArtisan(api, container, { workshopId: workshopX.id, joined_on: "2024-01-01" })
      artisanB = await createArtisan(api, container, { workshopId: workshopX.id, joined_on: "2024-01-01" })
      artisanY = await createArtisan(api, container, { workshopId: workshopY.id, joined_on: "2024-01-01" })
      skillCode = `couching_${uniqueSuffix().toLowerCase().replace(/[^a-z0-9]/g, "")}`
      const created = await post("/admin/skills", { code: skillCode, name_zh: "盘金", name_en: "Couching" }, admin)
      expect(created.status).toBe(200)
      session = await newSession()
    })

    it("records each woman once for the same key sent twice, and grants the session's skill", async () => {
      const key = `attendance-${uniqueSuffix()}`
      const first = await attend(coordinatorX, session.id, [artisanA.artisan.id, artisanB.artisan.id], key)
      expect(first.status).toBe(201)
      expect(first.data.attendance).toEqual({ session_id: session.id, skill_code: skillCode, artisan_ids: [artisanA.artisan.id, artisanB.artisan.id].sort() })
      const again = await attend(coordinatorX, session.id, [artisanA.artisan.id, artisanB.artisan.id], key)
      expect(again.status).toBe(201)
      expect(again.headers["idempotent-replayed"]).toBe("true")
      expect(again.data).toEqual(first.data)
      // the same key for other women, or another session: refused, nothing written
      const artisanC = await createArtisan(api, getContainer(), { workshopId: workshopX.id, joined_on: "2024-01-01" })
      const reused = await attend(coordinatorX, session.id, [artisanC.artisan.id], key)
      expect(reused.status).toBe(409)
      expect(reused.data.message).toMatch(/Idempotency-Key/)
      const otherSession = await newSession()
      expect((await attend(coordinatorX, otherSession.id, [artisanA.artisan.id, artisanB.artisan.id], key)).status).toBe(409)
      expect(await attendanceOf(otherSession.id)).toEqual([])
      expect(await skillsOf(artisanC.artisan.id)).toEqual([])

      const rows = await attendanceOf(session.id)
      expect(rows.map((r) => r.artisan_id).sort()).toEqual([artisanA.artisan.id, artisanB.artisan.id].sort())
      expect(rows.every((r) => r.dedupe_key === `attendance:${session.id}:${r.artisan_id}`)).toBe(true)
      expect(await skillsOf(artisanA.artisan.id)).toEqual([skillCode])

      // she sees it on /me
      const mine = await get("/artisan/me/training", artisanA.headers)
      expect(mine.status).toBe(200)
      expect(mine.data.training_sessions.map((s: any) => s.id)).toEqual([session.id])
      expect(mine.data.skills).toEqual([{ code: skillCode, name_zh: "盘金", name_en: "Couching", granted_on: today, session_id: session.id }])
      // and the desk lists who attended
      const listed = await get("/coordinator/training-sessions", coordinatorX.headers)
      expect(listed.status).toBe(200)
      const row = listed.data.training_sessions.find((s: any) => s.id === session.id)
      expect(row.attendance.map((a: any) => a.artisan_id).sort()).toEqual([artisanA.artisan.id, artisanB.artisan.id].sort())
    })

    it("counts the programme on the impact page from its records, and tells the bus once per new attendance", async () => {
      const store = await publishableKeyHeaders(getContainer())
      const impact = async () => {
        const res = await get("/store/impact", store)
        expect(res.status, JSON.stringify(res.data)).toBe(200)
        return res.data.impact
      }
      const before = await impact()
      const events = await eventsDuring(getContainer(), ["workshop.training_attendance.recorded"], async () => {
        const key = `attendance-${uniqueSuffix()}`
        expect((await attend(coordinatorX, session.id, [artisanA.artisan.id, artisanB.artisan.id], key)).status).toBe(201)
        expect((await attend(coordinatorX, session.id, [artisanA.artisan.id, artisanB.artisan.id], key)).status).toBe(201)
      })
      expect(events).toEqual([{ name: "workshop.training_attendance.recorded", data: { id: session.id } }])
      await newSession({ date: `${Number(today.slice(0, 4)) + 1}-01-15` })
      const after = await impact()
      expect(after.programme.trainee_sessions - before.programme.trainee_sessions).toBe(2)
      expect(after.programme.skills_granted - before.programme.skills_granted).toBe(2)
      // a session to come is not one held
      expect(after.programme.training_sessions_held).toBe(before.programme.training_sessions_held)
      expect(after.income_band).toMatchObject({ low: "1800.00", high: "4000.00" })
    })

    it("books places at a session to come for her women and an applicant, once each; a hired applicant's place is hers; cancelling frees it", async () => {
      const del = (p: string, config: any) => api.delete(p, config).catch((e: any) => e.response)
      const upcoming = await newSession({ date: `${Number(today.slice(0, 4)) + 1}-01-15`, capacity: 3 })
      const book = (who: any, body: unknown) => post(`/coordinator/training-sessions/${upcoming.id}/registrations`, body, who.headers)
      const booked = async () => {
        const res = await get("/coordinator/training-sessions", coordinatorX.headers)
        return res.data.training_sessions.find((s: any) => s.id === upcoming.id).registrations as any[]
      }

      const first = await book(coordinatorX, { artisan_ids: [artisanA.artisan.id] })
      expect(first.status).toBe(201)
      expect(first.data.registrations).toMatchObject([{ artisan_id: artisanA.artisan.id, application_id: null, name: artisanA.artisan.display_name }])
      const again = await book(coordinatorX, { artisan_ids: [artisanA.artisan.id] })
      expect(again.status).toBe(200)
      expect(again.data.registrations).toHaveLength(1)
      // another workshop's coordinator doesn't find the session; a woman of another workshop isn't hers to book
      expect((await book(coordinatorY, { artisan_ids: [artisanY.artisan.id] })).status).toBe(404)
      expect((await book(coordinatorX, { artisan_ids: [artisanY.artisan.id] })).data.field).toBe("artisan_ids")

      // an applicant to her workshop's opening, booked before she is hired
      const store = await publishableKeyHeaders(getContainer())
      const opening = await post("/admin/openings", {
        workshop_id: workshopX.id, title_zh: "盘金绣片", title_en: "Couched panels", piece_type_ids: [], place: "workshop",
        district_zh: "端州区", district_en: "Duanzhou", hours_zh: "上午", hours_en: "Mornings", positions: 2,
      }, admin)
      const applied = await post(`/store/openings/${opening.data.opening.id}/applications`, {
        name: "何秀英", phone: uniqueMobile(), town: "睦岗镇", availability: "上午", consent: true,
      }, store)
      const applicationId = applied.data.application.id
      const withApplicant = await book(coordinatorX, { application_ids: [applicationId] })
      expect(withApplicant.status).toBe(201)
      expect(withApplicant.data.registrations.map((r: any) => r.name)).toEqual([artisanA.artisan.display_name, "何秀英"])

      // the places are the session's capacity: two more don't fit, and nothing is written
      const artisanC = await createArtisan(api, getContainer(), { workshopId: workshopX.id, joined_on: "2024-01-01" })
      const full = await book(coordinatorX, { artisan_ids: [artisanB.artisan.id, artisanC.artisan.id] })
      expect(full.status).toBe(400)
      expect(full.data).toMatchObject({ field: "artisan_ids", code: "session_full" })
      expect(await booked()).toHaveLength(2)

      // hired: her place is hers as an artisan, and she sees the session coming on /me
      expect((await post(`/coordinator/applications/${applicationId}/move`, { status: "trial" }, coordinatorX.headers)).status).toBe(200)
      const hired = await post(`/coordinator/applications/${applicationId}/hire`, {}, coordinatorX.headers)
      expect(hired.status).toBe(201)
      expect((await booked()).find((r) => r.application_id === applicationId).artisan_id).toBe(hired.data.artisan.id)
      const herHeaders = await loginArtisan(api, hired.data.artisan.phone, hired.data.password)
      const mine = await get("/artisan/me/training", herHeaders)
      expect(mine.data.registered_sessions.map((s: any) => s.id)).toEqual([upcoming.id])
      // booking her again as the artisan she became changes nothing
      expect((await book(coordinatorX, { artisan_ids: [hired.data.artisan.id] })).status).toBe(200)
      expect(await booked()).toHaveLength(2)

      // cancelling frees the place; a second cancel, or another workshop's coordinator, finds nothing
      const registrationId = (await booked()).find((r) => r.artisan_id === artisanA.artisan.id).id
      expect((await del(`/coordinator/training-sessions/${upcoming.id}/registrations/${registrationId}`, coordinatorY.headers)).status).toBe(404)
      expect((await del(`/coordinator/training-sessions/${upcoming.id}/registrations/${registrationId}`, coordinatorX.headers)).status).toBe(200)
      expect((await del(`/coordinator/training-sessions/${upcoming.id}/registrations/${registrationId}`, coordinatorX.headers)).status).toBe(404)
      expect((await book(coordinatorX, { artisan_ids: [artisanB.artisan.id] })).status).toBe(201)
      // the staff see every booking
      const listed = await get("/admin/training-sessions", admin)
      expect(listed.data.training_sessions.find((s: any) => s.id === upcoming.id).registrations).toHaveLength(2)
    })

    it("takes no booking for a session that has taken place, and a booking names someone", async () => {
      const past = await newSession({ date: addDays(today, -1) })
      const res = await post(`/coordinator/training-sessions/${past.id}/registrations`, { artisan_ids: [artisanA.artisan.id] }, coordinatorX.headers)
      expect(res.status).toBe(400)
      expect(res.data).toMatchObject({ field: "session_id", code: "session_past" })
      const empty = await post(`/admin/training-sessions/${session.id}/registrations`, {}, admin)
      expect(empty.status).toBe(400)
      expect(empty.data.message).toMatch(/artisan_ids/)
    })

    it("records each woman once when two desks send her at the same time with different keys", async () => {
      const both = [artisanA.artisan.id, artisanB.artisan.id]
      const answers = await Promise.all([attend(coordinatorX, session.id, both), attend(coordinatorX, session.id, [...both].reverse())])
      expect(answers.map((a) => a.status)).toEqual([201, 201])
      const rows = await attendanceOf(session.id)
      expect(rows).toHaveLength(2)
      expect((await service().listArtisanSkills({ artisan_id: both })) as any[]).toHaveLength(2)
    })

    it("keeps a coordinator to her workshops' sessions and women, and takes open sessions", async () => {
      // Y's coordinator: X's session is not found; her own woman in X's session neither
      expect((await attend(coordinatorY, session.id, [artisanY.artisan.id])).status).toBe(404)
      // X's coordinator can't record Y's woman, and nothing of the request is written
      const mixed = await attend(coordinatorX, session.id, [artisanA.artisan.id, artisanY.artisan.id])
      expect(mixed.status).toBe(404)
      expect(mixed.data.message).toContain(artisanY.artisan.id)
      expect(await attendanceOf(session.id)).toHaveLength(0)
      expect(await skillsOf(artisanA.artisan.id)).toEqual([])
      // a session open to every workshop takes each coordinator's own women
      const open = await newSession({ workshop_id: null, village_zh: "四会市石狗镇", village_en: "Shigou, Sihui" })
      expect((await attend(coordinatorY, open.id, [artisanY.artisan.id])).status).toBe(201)
      expect((await attend(coordinatorX, open.id, [artisanA.artisan.id])).status).toBe(201)
      // each desk sees only its own women at the open session
      const listedY = await get("/coordinator/training-sessions", coordinatorY.headers)
      expect(listedY.data.training_sessions.map((s: any) => s.id)).toEqual([open.id])
      expect(listedY.data.training_sessions[0].attendance.map((a: any) => a.artisan_id)).toEqual([artisanY.artisan.id])
    })

    it("refuses a session to come, a full session, and a request without a key, writing nothing", async () => {
      const later = await newSession({ date: "2099-01-01" })
      const future = await attend(coordinatorX, later.id, [artisanA.artisan.id])
      expect(future.status).toBe(400)
      expect(future.data.code).toBe("session_in_future")
      const small = await newSession({ capacity: 1 })
      const full = await attend(coordinatorX, small.id, [artisanA.artisan.id, artisanB.artisan.id])
      expect(full.status).toBe(400)
      expect(full.data.code).toBe("session_full")
      expect(full.data.message).toMatch(/^artisan_ids: /)
      const keyless = await post(`/coordinator/training-sessions/${session.id}/attendance`, { artisan_ids: [artisanA.artisan.id] }, coordinatorX.headers)
      expect(keyless.status).toBe(400)
      expect(keyless.data.message).toMatch(/^Idempotency-Key: /)
      const empty = await attend(coordinatorX, session.id, [])
      expect(empty.status).toBe(400)
      expect(empty.data.message).toMatch(/^Invalid request: artisan_ids: /)
      expect(await attendanceOf(later.id)).toHaveLength(0)
      expect(await attendanceOf(small.id)).toHaveLength(0)
      expect(await attendanceOf(session.id)).toHaveLength(0)
    })

    it("refuses a session whose skill doesn't exist", async () => {
      const res = await post(
        "/admin/training-sessions",
        { topic_zh: "打籽", topic_en: "Seed stitch", skill_code: "no_such_skill", date: today, place_zh: "高要", place_en: "Gaoyao", trainer: "陈", capacity: 10 },
        admin
      )
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(/^skill_code: /)
    })

    describe("the skill rule on work lines", () => {
      let pieceType: any
      const line = (artisanId: string, extra: Record<string, unknown> = {}) => ({
        artisan_id: artisanId,
        piece_type_id: pieceType.id,
        quantity: 2,
        grade: "A",
        work_date: today,
        ...extra,
      })
      const record = (lines: unknown[]) => post("/coordinator/work-entries", { lines }, withKey(coordinatorX, `skill-${uniqueSuffix()}`))

      beforeEach(async () => {
        pieceType = await createPieceType(getContainer(), { workshopId: workshopX.id })
        const set = await post(`/admin/piece-types/${pieceType.id}`, { required_skill: skillCode }, admin)
        expect(set.status).toBe(200)
        expect(set.data.piece_type.required_skill).toBe(skillCode)
      })

      it("tells the desk which piece types need a skill, by name", async () => {
        const res = await get("/coordinator/piece-types", coordinatorX.headers)
        expect(res.data.piece_types.find((p: any) => p.id === pieceType.id)).toMatchObject({
          required_skill: skillCode,
          required_skill_name_zh: "盘金",
          required_skill_name_en: "Couching",
        })
      })

      it("takes only a skill the programme teaches as a piece type's requirement", async () => {
        const res = await post(`/admin/piece-types/${pieceType.id}`, { required_skill: "no_such_skill" }, admin)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/^required_skill: /)
        const cleared = await post(`/admin/piece-types/${pieceType.id}`, { required_skill: null }, admin)
        expect(cleared.data.piece_type.required_skill).toBe(null)
        expect((await record([line(artisanA.artisan.id)])).status).toBe(201)
        // a new piece type can require it from the start; an unknown skill is refused, nothing made
        const base = { workshop_id: workshopX.id, name_zh: "盘金扇面", name_en: "Couched fan" }
        const created = await post("/admin/piece-types", { ...base, code: `pj-${uniqueSuffix()}`, required_skill: skillCode }, admin)
        expect(created.status).toBe(200)
        expect(created.data.piece_type.required_skill).toBe(skillCode)
        const code = `pj-${uniqueSuffix()}`
        const refused = await post("/admin/piece-types", { ...base, code, required_skill: "no_such_skill" }, admin)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/^required_skill: /)
        expect(await service().listPieceTypes({ code })).toEqual([])
      })

      it("refuses a line for a woman without the skill, naming it", async () => {
        const res = await record([line(artisanA.artisan.id)])
        expect(res.status).toBe(400)
        expect(res.data.errors).toEqual([expect.objectContaining({ index: 0, field: "piece_type_id", code: "skill_required", params: { skill: skillCode } })])
        expect(await service().listWorkEntries({ artisan_id: artisanA.artisan.id })).toHaveLength(0)
      })

      it("takes the line as a supervised trial, kept on the entry", async () => {
        const res = await record([line(artisanA.artisan.id, { trial: true })])
        expect(res.status).toBe(201)
        const [entry] = (await service().listWorkEntries({ artisan_id: artisanA.artisan.id })) as any[]
        expect(entry.trial).toBe(true)
        const listed = await get(`/coordinator/work-entries?artisan_id=${artisanA.artisan.id}`, coordinatorX.headers)
        expect(listed.data.work_entries[0].trial).toBe(true)
      })

      it("takes the line once she has attended the training, not as a trial", async () => {
        expect((await attend(coordinatorX, session.id, [artisanA.artisan.id])).status).toBe(201)
        const res = await record([line(artisanA.artisan.id)])
        expect(res.status).toBe(201)
        const [entry] = (await service().listWorkEntries({ artisan_id: artisanA.artisan.id })) as any[]
        expect(entry.trial).toBe(false)
        // another woman in the same batch, without it, still refuses the whole batch
        const mixed = await record([line(artisanA.artisan.id), line(artisanB.artisan.id)])
        expect(mixed.status).toBe(400)
        expect(mixed.data.errors).toEqual([expect.objectContaining({ index: 1, code: "skill_required" })])
      })
    })
  },
})
