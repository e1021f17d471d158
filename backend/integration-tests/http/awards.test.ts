import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { eventsDuring } from "../helpers/events"
import { adminHeaders, createArtisan, createWorkshop, publishableKeyHeaders } from "../helpers"

/**
 * Contest awards (issue 12): staff record them for a product, a maker or a workshop; the shop
 * shows a subject's awards newest year first, gold first; a maker's only while she consents to a
 * public profile.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: any
    let store: any
    let workshop: any

    const post = (path: string, body: unknown, config: any) => api.post(path, body, config).catch((e: any) => e.response)
    const get = (path: string, config: any) => api.get(path, config).catch((e: any) => e.response)
    const award = (subject_type: string, subject_id: string, year: number, level: string) => ({
      contest_zh: "广东省妇女手工技能大赛",
      contest_en: "Guangdong women's handicraft contest",
      year,
      level,
      category_zh: "非遗类",
      category_en: "Heritage",
      subject_type,
      subject_id,
    })

    beforeEach(async () => {
      const container = getContainer()
      admin = await adminHeaders(container)
      store = await publishableKeyHeaders(container)
      workshop = await createWorkshop(container)
    })

    it("lists a workshop's awards in the shop, newest year first and gold before silver", async () => {
      for (const [year, level] of [[2021, "silver"], [2023, "bronze"], [2021, "gold"]] as const) {
        expect((await post("/admin/awards", award("workshop", workshop.id, year, level), admin)).status).toBe(200)
      }
      const res = await get(`/store/awards?subject_type=workshop&subject_id=${workshop.id}`, store)
      expect(res.status).toBe(200)
      expect(res.data.awards.map((a: any) => `${a.year} ${a.level}`)).toEqual(["2023 bronze", "2021 gold", "2021 silver"])
      const listed = await get(`/admin/awards?subject_id=${workshop.id}`, admin)
      expect(listed.data.awards).toHaveLength(3)
      // every workshop's at once (the catalog's filter asks every product's this way); a maker's only one by one
      const every = await get("/store/awards?subject_type=workshop", store)
      expect(every.data.awards.filter((a: any) => a.subject_id === workshop.id)).toHaveLength(3)
      expect(every.data.awards.every((a: any) => a.subject_type === "workshop")).toBe(true)
      const makers = await get("/store/awards?subject_type=artisan", store)
      expect(makers.status).toBe(400)
      expect(makers.data.message).toMatch(/subject_id/)
    })

    it("shows a maker's awards only while her public profile is consented to", async () => {
      const maker = await createArtisan(api, getContainer(), { workshopId: workshop.id, joined_on: "2024-01-01", public_profile: false })
      expect((await post("/admin/awards", award("artisan", maker.artisan.id, 2023, "bronze"), admin)).status).toBe(200)
      const hidden = await get(`/store/awards?subject_type=artisan&subject_id=${maker.artisan.id}`, store)
      expect(hidden.status).toBe(200)
      expect(hidden.data.awards).toEqual([])
      await (getContainer().resolve("workshop") as any).updateArtisans({ id: maker.artisan.id, public_profile: true })
      const shown = await get(`/store/awards?subject_type=artisan&subject_id=${maker.artisan.id}`, store)
      expect(shown.data.awards.map((a: any) => a.level)).toEqual(["bronze"])
    })

    it("corrects and withdraws an award, and refuses a bad one naming the field", async () => {
      let created: any, corrected: any, removed: any
      const events = await eventsDuring(getContainer(), ["workshop.award.created", "workshop.award.updated", "workshop.award.deleted"], async () => {
        created = await post("/admin/awards", award("workshop", workshop.id, 2023, "finalist"), admin)
        corrected = await post(`/admin/awards/${created.data.award.id}`, { level: "bronze" }, admin)
        removed = await api.delete(`/admin/awards/${created.data.award.id}`, admin).catch((e: any) => e.response)
      })
      const id = created.data.award.id
      expect(id).toMatch(/^awd_/)
      // each change is an event (the shop's badges drop their cache)
      expect(events.map((e) => `${e.name} ${e.data.id}`)).toEqual([
        `workshop.award.created ${id}`,
        `workshop.award.updated ${id}`,
        `workshop.award.deleted ${id}`,
      ])
      expect(corrected.status).toBe(200)
      expect(corrected.data.award.level).toBe("bronze")
      expect(removed.status).toBe(200)
      expect((await get(`/store/awards?subject_type=workshop&subject_id=${workshop.id}`, store)).data.awards).toEqual([])
      expect((await post(`/admin/awards/${id}`, { level: "gold" }, admin)).status).toBe(404)

      const badLevel = await post("/admin/awards", award("workshop", workshop.id, 2023, "platinum"), admin)
      expect(badLevel.status).toBe(400)
      expect(badLevel.data.message).toMatch(/^Invalid request: level: /)
      const badYear = await post("/admin/awards", award("workshop", workshop.id, 1066, "gold"), admin)
      expect(badYear.status).toBe(400)
      expect(badYear.data.message).toMatch(/^Invalid request: year: /)
      expect((await get(`/admin/awards?subject_id=${workshop.id}`, admin)).data.awards).toEqual([])
    })

    it("refuses an award for a product, maker or workshop that doesn't exist, naming subject_id, writing nothing", async () => {
      for (const [type, id] of [["product", "prod_01NOSUCHPRODUCT0000000000"], ["artisan", "art_01NOSUCHMAKER00000000000"], ["workshop", "ws_01NOSUCHWORKSHOP000000000"]] as const) {
        const res = await post("/admin/awards", award(type, id, 2023, "bronze"), admin)
        expect(res.status, type).toBe(400)
        expect(res.data.message).toMatch(/^subject_id: /)
        expect((await get(`/admin/awards?subject_id=${id}`, admin)).data.awards).toEqual([])
      }
      const created = await post("/admin/awards", award("workshop", workshop.id, 2021, "gold"), admin)
      const moved = await post(`/admin/awards/${created.data.award.id}`, { subject_id: "ws_01NOSUCHWORKSHOP000000000" }, admin)
      expect(moved.status).toBe(400)
      expect(moved.data.message).toMatch(/^subject_id: /)
      expect((await get(`/admin/awards?subject_id=${workshop.id}`, admin)).data.awards.map((a: any) => a.id)).toEqual([created.data.award.id])
    })
  },
})
