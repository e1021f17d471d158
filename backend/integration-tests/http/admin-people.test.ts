import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import {
  adminHeaders,
  ARTISAN_PASSWORD,
  createArtisan,
  createPieceType,
  createWorkshop,
  loginArtisan,
  loginCoordinator,
  type RequestConfig,
} from "../helpers"
import { useWorkshopClock } from "../helpers/clock"

const failed = (e: any) => e.response

/** A date in China `days` from the workshop's (fixed) today, as YYYY-MM-DD. */
const { day: chinaDate } = useWorkshopClock()

const newArtisan = (workshopId: string, overrides: Record<string, unknown> = {}) => ({
  workshop_id: workshopId,
  display_name: "阿珍",
  legal_name: "陈珍",
  phone: "138 0000 0001",
  joined_on: "2024-03-01",
  password: "initial-pass-1",
  ...overrides,
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: RequestConfig
    let workshopId: string
    let otherWorkshopId: string

    // Made once before the first test; test-utils restores this state before every test.
    beforeAll(async () => {
      admin = await adminHeaders(getContainer())
      workshopId = (await createWorkshop(getContainer(), { handle: "sihui-gold", name_en: "Sihui" })).id
      otherWorkshopId = (await createWorkshop(getContainer(), { handle: "duanzhou-gold", name_en: "Duanzhou" })).id
    })

    /** How many artisans, coordinators and logins exist: to prove a refused request wrote nothing. */
    const counts = async () => {
      const container = getContainer()
      const workshop = container.resolve("workshop") as any
      const auth = container.resolve(Modules.AUTH)
      return {
        artisans: (await workshop.listArtisans({})).length,
        coordinators: (await workshop.listCoordinators({})).length,
        logins: (await auth.listProviderIdentities({})).length,
        rates: (await workshop.listPieceRates({})).length,
        piece_types: (await workshop.listPieceTypes({})).length,
      }
    }

    describe("admin routes are for admin users only", () => {
      it("answers 401 without an admin token", async () => {
        for (const url of ["/admin/workshops", "/admin/artisans", "/admin/coordinators", "/admin/piece-types"]) {
          const res = await api.get(url).catch(failed)
          expect({ url, status: res.status }).toEqual({ url, status: 401 })
        }
      })
    })

    describe("/admin/workshops", () => {
      it("creates, lists, reads and updates workshops", async () => {
        const created = await api.post(
          "/admin/workshops",
          { handle: "gaoyao-gold", name_zh: "高要金绣工坊", name_en: "Gaoyao", city_zh: "肇庆", city_en: "Zhaoqing", founded_year: 2023 },
          admin
        )
        expect(created.status).toBe(200)
        expect(created.data.workshop).toMatchObject({ handle: "gaoyao-gold", is_active: true, founded_year: 2023 })
        const id = created.data.workshop.id

        const list = await api.get("/admin/workshops?is_active=true", admin)
        expect(list.data.workshops.map((w: any) => w.handle).sort()).toEqual(["duanzhou-gold", "gaoyao-gold", "sihui-gold"])

        const updated = await api.post(`/admin/workshops/${id}`, { is_active: false, story_en: "Opened in 2023." }, admin)
        expect(updated.data.workshop).toMatchObject({ is_active: false, story_en: "Opened in 2023.", name_zh: "高要金绣工坊" })
        expect((await api.get(`/admin/workshops/${id}`, admin)).data.workshop.is_active).toBe(false)
        expect((await api.get("/admin/workshops?is_active=false", admin)).data.workshops.map((w: any) => w.id)).toEqual([id])
      })

      it("refuses bad input naming the field, and a handle already used", async () => {
        const bad = await api
          .post("/admin/workshops", { handle: "Not A Handle", name_zh: "x", name_en: "x", city_zh: "x", city_en: "x" }, admin)
          .catch(failed)
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/handle/)
        const missing = await api.post("/admin/workshops", { handle: "new-one", name_zh: "x" }, admin).catch(failed)
        expect(missing.status).toBe(400)
        expect(missing.data.message).toMatch(/name_en/)
        const taken = await api
          .post("/admin/workshops", { handle: "sihui-gold", name_zh: "x", name_en: "x", city_zh: "x", city_en: "x" }, admin)
          .catch(failed)
        expect(taken.status).toBe(400)
        expect(taken.data.message).toMatch(/handle/)
        expect((await api.get("/admin/workshops", admin)).data.count).toBe(2)
        const unknown = await api.get("/admin/workshops/wksp_nope", admin).catch(failed)
        expect(unknown.status).toBe(404)
      })
    })

    describe("/admin/artisans", () => {
      it("registers an artisan with her phone login; the answer holds no secret", async () => {
        const res = await api.post("/admin/artisans", newArtisan(workshopId, { skills: ["金绣", "钉金"] }), admin)
        expect(res.status).toBe(200)
        expect(res.data.artisan).toMatchObject({
          display_name: "阿珍",
          legal_name: "陈珍",
          phone: "+8613800000001",
          joined_on: "2024-03-01",
          status: "active",
          public_profile: false,
          skills: ["金绣", "钉金"],
          workshop: { id: workshopId, name_en: "Sihui" },
        })
        expect(JSON.stringify(res.data)).not.toMatch(/password|initial-pass-1/)

        // her login: phone provider, her number in E.164, app_metadata.artisan_id, a hashed password
        const [login] = await getContainer()
          .resolve(Modules.AUTH)
          .listProviderIdentities({ provider: "phone", entity_id: "+8613800000001" }, { relations: ["auth_identity"] })
        expect(login.auth_identity?.app_metadata).toEqual({ artisan_id: res.data.artisan.id })
        expect(String(login.provider_metadata?.password)).not.toContain("initial-pass-1")

        const headers = await loginArtisan(api, "138-0000-0001", "initial-pass-1")
        expect((await api.get("/artisan/me", headers)).data.artisan.id).toBe(res.data.artisan.id)
      })

      it("refuses bad input with 400 naming the field, and writes nothing", async () => {
        const before = await counts()
        const cases: [Record<string, unknown>, RegExp][] = [
          [newArtisan(workshopId, { password: undefined }), /password/],
          [newArtisan(workshopId, { password: "short" }), /password/],
          // a password of spaces, or with one at its start or end, for every login kind
          [newArtisan(workshopId, { password: "          " }), /password: 开头和结尾不能是空格/],
          [newArtisan(workshopId, { password: " initial-pass-1" }), /password: 开头和结尾不能是空格/],
          [newArtisan(workshopId, { phone: "1380000000" }), /^Invalid request: phone: 手机号格式不正确/],
          [newArtisan(workshopId, { phone: "+1 415 555 0100" }), /phone/],
          [newArtisan(workshopId, { joined_on: "2024-02-30" }), /joined_on/],
          [newArtisan(workshopId, { display_name: "  " }), /display_name/],
          [newArtisan(workshopId, { status: "retired" }), /status/],
          [newArtisan(workshopId, { monthly_goal: -5 }), /monthly_goal/],
          [newArtisan(workshopId, { id: "art_mine" }), /id/],
          [newArtisan("wksp_nope"), /^workshop_id: /],
        ]
        for (const [body, message] of cases) {
          const res = await api.post("/admin/artisans", body, admin).catch(failed)
          expect({ body, status: res.status }).toEqual({ body, status: 400 })
          expect(res.data.message).toMatch(message)
        }
        expect(await counts()).toEqual(before)
      })

      it("refuses a phone number already in use, in any spelling, and writes nothing", async () => {
        await api.post("/admin/artisans", newArtisan(workshopId), admin)
        const before = await counts()
        const again = await api
          .post("/admin/artisans", newArtisan(otherWorkshopId, { display_name: "另一位", phone: "+86 138-0000-0001" }), admin)
          .catch(failed)
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(/phone/)
        expect(await counts()).toEqual(before)
      })

      it("removes the artisan again when her login cannot be created", async () => {
        // a stray login on the number (e.g. left from an old record) blocks the new one
        const auth = getContainer().resolve(Modules.AUTH)
        await auth.createAuthIdentities({ provider_identities: [{ provider: "phone", entity_id: "+8613800000001" }] })
        const before = await counts()
        const res = await api.post("/admin/artisans", newArtisan(workshopId), admin).catch(failed)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/^phone: /)
        expect(await counts()).toEqual(before)
      })

      it("lists artisans with filters on workshop, status and name", async () => {
        const container = getContainer()
        const a = await createArtisan(api, container, { workshopId, display_name: "阿珍" })
        const b = await createArtisan(api, container, { workshopId, display_name: "阿玲", status: "paused" })
        const c = await createArtisan(api, container, { workshopId: otherWorkshopId, display_name: "小梅" })
        const ids = async (url: string) =>
          ((await api.get(url, admin)).data.artisans as any[]).map((x) => x.id).sort()

        expect(await ids("/admin/artisans")).toEqual([a, b, c].map((x) => x.artisan.id).sort())
        expect(await ids(`/admin/artisans?workshop_id=${workshopId}`)).toEqual([a, b].map((x) => x.artisan.id).sort())
        expect(await ids("/admin/artisans?status=paused")).toEqual([b.artisan.id])
        expect(await ids(`/admin/artisans?q=${encodeURIComponent("梅")}`)).toEqual([c.artisan.id])
        expect(await ids(`/admin/artisans?workshop_id=${workshopId}&status=active`)).toEqual([a.artisan.id])
        const one = await api.get(`/admin/artisans/${b.artisan.id}`, admin)
        expect(one.data.artisan).toMatchObject({ display_name: "阿玲", status: "paused", workshop: { id: workshopId } })
        expect((await api.get("/admin/artisans/art_nope", admin).catch(failed)).status).toBe(404)
      })

      it("updates status, consent, story, goal and workshop", async () => {
        const { artisan } = await createArtisan(api, getContainer(), { workshopId })
        const res = await api.post(
          `/admin/artisans/${artisan.id}`,
          {
            status: "paused",
            public_profile: true,
            story_zh: "她绣了十年扇面。",
            photo_url: "/static/a.jpg",
            monthly_goal: 2500,
            workshop_id: otherWorkshopId,
          },
          admin
        )
        expect(res.status).toBe(200)
        expect(res.data.artisan).toMatchObject({
          status: "paused",
          public_profile: true,
          story_zh: "她绣了十年扇面。",
          photo_url: "/static/a.jpg",
          monthly_goal: 2500,
          workshop: { id: otherWorkshopId },
        })
        const bad = await api.post(`/admin/artisans/${artisan.id}`, { workshop_id: "wksp_nope" }, admin).catch(failed)
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/^workshop_id: /)
        expect((await api.post("/admin/artisans/art_nope", { status: "left" }, admin).catch(failed)).status).toBe(404)
      })

      it("moves her login with a new phone number, and can set a new password for her", async () => {
        const her = await createArtisan(api, getContainer(), { workshopId, phone: "13800000001" })
        const res = await api.post(`/admin/artisans/${her.artisan.id}`, { phone: "139 1111 2222" }, admin)
        expect(res.data.artisan.phone).toBe("+8613911112222")

        const old = await api.post("/auth/artisan/phone", { phone: "13800000001", password: ARTISAN_PASSWORD }).catch(failed)
        expect(old.status).toBe(401)
        const renewed = await loginArtisan(api, "13911112222")
        expect((await api.get("/artisan/me", renewed)).data.artisan.id).toBe(her.artisan.id)

        await api.post(`/admin/artisans/${her.artisan.id}`, { password: "staff-set-pass-9" }, admin)
        const withNew = await loginArtisan(api, "+86 139 1111 2222", "staff-set-pass-9")
        expect((await api.get("/artisan/me", withNew)).data.artisan.id).toBe(her.artisan.id)
      })

      it("refuses a new phone number that is taken, and changes nothing", async () => {
        const her = await createArtisan(api, getContainer(), { workshopId, phone: "13800000001" })
        await createArtisan(api, getContainer(), { workshopId, phone: "13800000002" })
        const res = await api.post(`/admin/artisans/${her.artisan.id}`, { phone: "13800000002", status: "left" }, admin).catch(failed)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/phone/)
        const now = await api.get(`/admin/artisans/${her.artisan.id}`, admin)
        expect(now.data.artisan).toMatchObject({ phone: "+8613800000001", status: "active" })
        expect((await loginArtisan(api, "13800000001")).headers.authorization).toMatch(/^Bearer /)
      })

      it("puts her record back when her login cannot move to the new number", async () => {
        const her = await createArtisan(api, getContainer(), { workshopId, phone: "13800000001" })
        await getContainer()
          .resolve(Modules.AUTH)
          .createAuthIdentities({ provider_identities: [{ provider: "phone", entity_id: "+8613800000003" }] })
        const res = await api
          .post(`/admin/artisans/${her.artisan.id}`, { phone: "13800000003", status: "paused" }, admin)
          .catch(failed)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/^phone: /)
        const now = await api.get(`/admin/artisans/${her.artisan.id}`, admin)
        expect(now.data.artisan).toMatchObject({ phone: "+8613800000001", status: "active" })
        expect((await loginArtisan(api, "13800000001")).headers.authorization).toMatch(/^Bearer /)
      })
    })

    describe("/admin/coordinators", () => {
      it("registers a coordinator with her workshops and e-mail login", async () => {
        const res = await api.post(
          "/admin/coordinators",
          { email: " Mei.Li@Jinxiu.test ", name: "李梅", password: "coord-pass-1", workshop_ids: [workshopId, otherWorkshopId] },
          admin
        )
        expect(res.status).toBe(200)
        expect(res.data.coordinator).toMatchObject({ email: "mei.li@jinxiu.test", name: "李梅" })
        expect(res.data.coordinator.workshops.map((w: any) => w.id).sort()).toEqual([workshopId, otherWorkshopId].sort())
        expect(JSON.stringify(res.data)).not.toMatch(/password|coord-pass-1/)

        const headers = await loginCoordinator(api, "mei.li@jinxiu.test", "coord-pass-1")
        expect((await api.get("/coordinator/me", headers)).data.coordinator.id).toBe(res.data.coordinator.id)

        const list = await api.get("/admin/coordinators", admin)
        expect(list.data.coordinators.map((c: any) => c.email)).toEqual(["mei.li@jinxiu.test"])
      })

      it("refuses bad input, unknown workshops and a taken e-mail, writing nothing", async () => {
        await api.post("/admin/coordinators", { email: "mei@jinxiu.test", name: "李梅", password: "coord-pass-1", workshop_ids: [] }, admin)
        const before = await counts()
        const cases: [Record<string, unknown>, RegExp][] = [
          [{ email: "not-an-email", name: "x", password: "coord-pass-1", workshop_ids: [] }, /^Invalid request: email: /],
          [{ email: "a@jinxiu.test", name: "x", password: "short", workshop_ids: [] }, /password/],
          [{ email: "a@jinxiu.test", name: "x", password: "coord-pass-1" }, /workshop_ids/],
          [{ email: "a@jinxiu.test", name: "x", password: "coord-pass-1", workshop_ids: ["wksp_nope"] }, /^workshop_ids: /],
          [{ email: "MEI@jinxiu.test", name: "x", password: "coord-pass-1", workshop_ids: [] }, /email/],
        ]
        for (const [body, message] of cases) {
          const res = await api.post("/admin/coordinators", body, admin).catch(failed)
          expect({ body, status: res.status }).toEqual({ body, status: 400 })
          expect(res.data.message).toMatch(message)
        }
        expect(await counts()).toEqual(before)
      })

      it("renames her and replaces her workshops", async () => {
        const created = await api.post(
          "/admin/coordinators",
          { email: "mei@jinxiu.test", name: "李梅", password: "coord-pass-1", workshop_ids: [workshopId] },
          admin
        )
        const id = created.data.coordinator.id
        const res = await api.post(`/admin/coordinators/${id}`, { name: "李美", workshop_ids: [otherWorkshopId] }, admin)
        expect(res.data.coordinator.name).toBe("李美")
        expect(res.data.coordinator.workshops.map((w: any) => w.id)).toEqual([otherWorkshopId])
        expect((await api.get(`/admin/coordinators/${id}`, admin)).data.coordinator.workshops).toHaveLength(1)

        const bad = await api.post(`/admin/coordinators/${id}`, { workshop_ids: ["wksp_nope"], name: "别名" }, admin).catch(failed)
        expect(bad.status).toBe(400)
        const unchanged = await api.get(`/admin/coordinators/${id}`, admin)
        expect(unchanged.data.coordinator).toMatchObject({ name: "李美", workshops: [{ id: otherWorkshopId }] })
        const email = await api.post(`/admin/coordinators/${id}`, { email: "other@jinxiu.test" }, admin).catch(failed)
        expect(email.status).toBe(400)
        expect((await api.get("/admin/coordinators/coord_nope", admin).catch(failed)).status).toBe(404)
      })
    })

    describe("/admin/piece-types and rates", () => {
      it("creates a piece type with its first rate; lists by workshop with current_rate", async () => {
        const res = await api.post(
          "/admin/piece-types",
          {
            workshop_id: workshopId,
            code: "FAN-FACE",
            name_zh: "扇面刺绣",
            name_en: "Embroidered fan face",
            rate: { effective_from: "2024-01-01", rate_a: 12.5, rate_b: 8 },
          },
          admin
        )
        expect(res.status).toBe(200)
        expect(res.data.piece_type).toMatchObject({
          code: "FAN-FACE",
          kind: "task",
          is_active: true,
          current_rate: { effective_from: "2024-01-01", rate_a: 12.5, rate_b: 8 },
        })
        expect(res.data.piece_type.rates).toHaveLength(1)
        await createPieceType(getContainer(), { workshopId: otherWorkshopId, code: "POUCH" })

        const list = await api.get(`/admin/piece-types?workshop_id=${workshopId}`, admin)
        expect(list.data.piece_types.map((p: any) => p.code)).toEqual(["FAN-FACE"])
        expect(list.data.piece_types[0].current_rate.rate_a).toBe(12.5)
      })

      it("adds effective-dated rates: a future one does not change today's rate", async () => {
        const fan = await createPieceType(getContainer(), {
          workshopId,
          rate: { effective_from: "2024-01-01", rate_a: 10, rate_b: 6 },
        })
        const future = await api.post(
          `/admin/piece-types/${fan.id}/rates`,
          { effective_from: chinaDate(10), rate_a: 14, rate_b: 9 },
          admin
        )
        expect(future.status).toBe(200)
        expect(future.data.piece_type.current_rate).toEqual({ effective_from: "2024-01-01", rate_a: 10, rate_b: 6 })
        expect(future.data.piece_type.rates.map((r: any) => r.effective_from)).toEqual([chinaDate(10), "2024-01-01"])
        expect(future.data.piece_type.rates[0].created_by).toMatch(/^user_/)

        const today = await api.post(`/admin/piece-types/${fan.id}/rates`, { effective_from: chinaDate(0), rate_a: 11, rate_b: 7.5 }, admin)
        expect(today.data.piece_type.current_rate).toEqual({ effective_from: chinaDate(0), rate_a: 11, rate_b: 7.5 })
      })

      it("refuses a second rate on the same date, rate_b above rate_a and negative rates, writing nothing", async () => {
        const fan = await createPieceType(getContainer(), {
          workshopId,
          rate: { effective_from: "2024-01-01", rate_a: 10, rate_b: 6 },
        })
        const before = await counts()
        const cases: [Record<string, unknown>, RegExp][] = [
          [{ effective_from: "2024-01-01", rate_a: 11, rate_b: 7 }, /already has a rate from 2024-01-01/],
          [{ effective_from: "2024-06-01", rate_a: 5, rate_b: 6 }, /^rate_b: /],
          [{ effective_from: "2024-06-01", rate_a: -1, rate_b: 0 }, /rate_a/],
          [{ effective_from: "2024-06-01", rate_a: 1.234, rate_b: 0 }, /rate_a/],
          [{ effective_from: "06/01/2024", rate_a: 5, rate_b: 4 }, /effective_from/],
          [{ effective_from: "2024-06-01", rate_a: 5 }, /rate_b/],
        ]
        // a month already closed: a rate can't take effect in it (its work was paid at the rates then)
        await (getContainer().resolve("workshop") as any).createPeriods({ month: "2024-03", status: "closed", closed_at: new Date("2024-04-02T02:00:00Z") })
        cases.push([{ effective_from: "2024-03-15", rate_a: 12, rate_b: 8 }, /^effective_from: 2024-03 已结账.*2024-03 is closed/])
        for (const [body, message] of cases) {
          const res = await api.post(`/admin/piece-types/${fan.id}/rates`, body, admin).catch(failed)
          expect({ body, status: res.status }).toEqual({ body, status: 400 })
          expect(res.data.message).toMatch(message)
        }
        const unknown = await api
          .post("/admin/piece-types/ptype_nope/rates", { effective_from: "2024-06-01", rate_a: 5, rate_b: 4 }, admin)
          .catch(failed)
        expect(unknown.status).toBe(404)
        expect(await counts()).toEqual(before)
      })

      it("takes a grade A rate of 0 only with confirm_zero: without it, 400 naming rate_a in both languages, writing nothing", async () => {
        const fan = await createPieceType(getContainer(), {
          workshopId,
          rate: { effective_from: "2024-01-01", rate_a: 10, rate_b: 6 },
        })
        const before = await counts()
        for (const body of [
          { effective_from: "2024-06-01", rate_a: 0, rate_b: 0 },
          { effective_from: "2024-06-01", rate_a: 0, rate_b: 0, confirm_zero: false },
        ]) {
          const res = await api.post(`/admin/piece-types/${fan.id}/rates`, body, admin).catch(failed)
          expect({ body, status: res.status }).toEqual({ body, status: 400 })
          expect(res.data.message).toMatch(/^rate_a: A 级单价为 0.* \/ a grade A rate of 0 pays nothing.*confirm_zero/)
        }
        const newType = { workshop_id: workshopId, code: "FREE", name_zh: "试样", name_en: "Sample" }
        const unconfirmed = await api
          .post("/admin/piece-types", { ...newType, rate: { effective_from: "2024-01-01", rate_a: 0, rate_b: 0 } }, admin)
          .catch(failed)
        expect(unconfirmed.status).toBe(400)
        expect(unconfirmed.data.message).toMatch(/^rate_a: /)
        expect(await counts()).toEqual(before)

        // confirmed: taken, and the confirmation is not part of the rate
        const res = await api.post(`/admin/piece-types/${fan.id}/rates`, { effective_from: "2024-06-01", rate_a: 0, rate_b: 0, confirm_zero: true }, admin)
        expect(res.status).toBe(200)
        expect(res.data.piece_type.rates.map((r: any) => [r.effective_from, r.rate_a, r.rate_b])).toEqual([
          ["2024-06-01", 0, 0],
          ["2024-01-01", 10, 6],
        ])
        expect(res.data.piece_type.rates[0]).not.toHaveProperty("confirm_zero")
        const created = await api.post(
          "/admin/piece-types",
          { ...newType, rate: { effective_from: "2024-01-01", rate_a: 0, rate_b: 0, confirm_zero: true } },
          admin
        )
        expect(created.status).toBe(200)
        expect(created.data.piece_type.current_rate).toEqual({ effective_from: "2024-01-01", rate_a: 0, rate_b: 0 })
        // grade B alone may be 0 without asking
        const gradeB = await api.post(`/admin/piece-types/${fan.id}/rates`, { effective_from: "2024-07-01", rate_a: 9, rate_b: 0 }, admin)
        expect(gradeB.status).toBe(200)
      })

      it("refuses a product piece type without its variant, an unknown workshop, a duplicate code", async () => {
        await createPieceType(getContainer(), { workshopId, code: "FAN" })
        const before = await counts()
        const base = { workshop_id: workshopId, code: "NEW", name_zh: "新", name_en: "New" }
        const cases: [Record<string, unknown>, RegExp][] = [
          [{ ...base, kind: "product_variant" }, /^product_variant_id: /],
          [{ ...base, kind: "product_variant", product_variant_id: "variant_nope" }, /^product_variant_id: /],
          [{ ...base, product_variant_id: "variant_nope" }, /^product_variant_id: /],
          [{ ...base, workshop_id: "wksp_nope" }, /^workshop_id: /],
          [{ ...base, code: "FAN" }, /code/],
          [{ ...base, rate: { effective_from: "2024-01-01", rate_a: 1, rate_b: 2 } }, /^rate_b: /],
        ]
        for (const [body, message] of cases) {
          const res = await api.post("/admin/piece-types", body, admin).catch(failed)
          expect({ body, status: res.status }).toEqual({ body, status: 400 })
          expect(res.data.message).toMatch(message)
        }
        expect(await counts()).toEqual(before)
      })

      it("renames and deactivates a piece type, but does not change what it is", async () => {
        const fan = await createPieceType(getContainer(), { workshopId, code: "FAN" })
        const res = await api.post(`/admin/piece-types/${fan.id}`, { name_en: "Fan face", is_active: false }, admin)
        expect(res.data.piece_type).toMatchObject({ name_en: "Fan face", is_active: false, code: "FAN" })
        expect((await api.get(`/admin/piece-types?is_active=false`, admin)).data.piece_types.map((p: any) => p.id)).toEqual([fan.id])
        const kind = await api.post(`/admin/piece-types/${fan.id}`, { kind: "product_variant" }, admin).catch(failed)
        expect(kind.status).toBe(400)
        expect((await api.get("/admin/piece-types/ptype_nope", admin).catch(failed)).status).toBe(404)
      })
    })
  },
})
