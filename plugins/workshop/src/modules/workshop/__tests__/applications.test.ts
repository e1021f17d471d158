import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { WORKSHOP_MODULE } from ".."
import * as models from "../models"
import type { WorkshopModuleService } from "../service"
import { APPLY_MAX_PER_PHONE } from "../../../domain"

/**
 * The rules of applications that live in SQL: one application per phone and opening (a second
 * updates the first, with a new status link), the per-phone allowance, moves only by the domain's
 * rules, hiring once, and a history that is never changed.
 */
moduleIntegrationTestRunner<WorkshopModuleService>({
  moduleName: WORKSHOP_MODULE,
  moduleModels: Object.values(models),
  resolve: "./src/modules/workshop",
  pathToMigrations: "./src/modules/workshop/migrations",
  testSuite: ({ service, MikroOrmWrapper }) => {
    let openingId: string
    const sql = (query: string, params: unknown[] = []) => MikroOrmWrapper.forkManager().execute(query, params)
    const applyAs = (phone: string, overrides: Record<string, unknown> = {}) =>
      service.applyToOpening({
        opening_id: openingId,
        name: "陈秀兰",
        phone,
        town: "睦岗镇",
        availability: "上午",
        childcare_needs: null,
        consent: true,
        locale: "zh-CN",
        address: "10.0.0.1",
        ...overrides,
      })

    beforeEach(async () => {
      const workshop = await service.createWorkshops({ handle: "dinghu", name_zh: "鼎湖", name_en: "Dinghu", city_zh: "肇庆", city_en: "Zhaoqing" })
      const [opening] = await service.createOpenings([
        {
          workshop_id: workshop.id,
          title_zh: "扇面绣娘",
          title_en: "Fan-face embroiderer",
          piece_type_ids: [] as unknown as Record<string, unknown>,
          place: "home",
          district_zh: "鼎湖区",
          district_en: "Dinghu",
          hours_zh: "上学时间",
          hours_en: "School hours",
          positions: 2,
        },
      ])
      openingId = opening.id
    })

    it("keeps one application per phone and opening: the second updates it and replaces its status link", async () => {
      const first = await applyAs("+8613900000001")
      const second = await applyAs("+8613900000001", { availability: "周末" })
      expect(first.kind).toBe("applied")
      expect(second.kind).toBe("applied")
      if (first.kind !== "applied" || second.kind !== "applied") return
      expect(first.created).toBe(true)
      expect(second.created).toBe(false)
      expect(second.application_id).toBe(first.application_id)
      expect(await service.applicationByToken(first.token)).toBeNull()
      expect((await service.applicationByToken(second.token))?.status).toBe("new")
      const rows = await sql(`select availability from application where opening_id = ?`, [openingId])
      expect(rows).toEqual([{ availability: "周末" }])
      // the database refuses a second row for the phone, and an application without consent
      await expect(
        sql(
          `insert into application (id, opening_id, workshop_id, name, phone, town, availability, consent, locale, status_token_hash)
           select 'appl_dup', opening_id, workshop_id, name, phone, town, availability, true, locale, 'x' from application limit 1`
        )
      ).rejects.toThrow(/unique|duplicate/i)
      await expect(
        sql(
          `insert into application (id, opening_id, workshop_id, name, phone, town, availability, consent, locale, status_token_hash)
           select 'appl_noconsent', opening_id, workshop_id, name, '+8613900000009', town, availability, false, locale, 'y' from application limit 1`
        )
      ).rejects.toThrow(/check/i)
    })

    it("counts every application sent from a phone, and refuses past the allowance without writing", async () => {
      for (let i = 0; i < APPLY_MAX_PER_PHONE; i++) expect((await applyAs("+8613900000002")).kind).toBe("applied")
      const refused = await applyAs("+8613900000002")
      expect(refused).toMatchObject({ kind: "throttled", by: "phone" })
      expect(await sql(`select count(*)::int as n from apply_attempt where phone = ?`, ["+8613900000002"])).toEqual([{ n: APPLY_MAX_PER_PHONE }])
      // another phone from another address still applies
      expect((await applyAs("+8613900000003", { address: "10.0.0.2" })).kind).toBe("applied")
    })

    it("moves by the domain's rules, hires once, and never changes the history", async () => {
      const applied = await applyAs("+8613900000004")
      if (applied.kind !== "applied") throw new Error("not applied")
      const id = applied.application_id
      expect(await service.moveApplication({ application_id: id, to: "hired", note: null, actor_id: "staff" })).toMatchObject({ kind: "refused" })
      expect(await service.moveApplication({ application_id: id, to: "trial", note: "试工", actor_id: "staff" })).toMatchObject({ kind: "moved", from: "new" })
      expect(await service.moveApplication({ application_id: id, to: "trial", note: null, actor_id: "staff" })).toMatchObject({ kind: "refused" })
      expect(await service.moveApplication({ application_id: id, to: "contacted", note: null, actor_id: "staff", workshop_ids: ["wksp_other"] })).toEqual({ kind: "not_found" })

      const [a, b] = await Promise.all([
        service.markApplicationHired({ application_id: id, artisan_id: "art_one", actor_id: "staff", note: null }),
        service.markApplicationHired({ application_id: id, artisan_id: "art_two", actor_id: "desk", note: null }),
      ])
      expect([a.hired, b.hired].sort()).toEqual([false, true])
      const [row] = await sql(`select status, artisan_id from application where id = ?`, [id])
      expect(row.status).toBe("hired")
      expect(["art_one", "art_two"]).toContain(row.artisan_id)
      expect(await service.moveApplication({ application_id: id, to: "contacted", note: null, actor_id: "staff" })).toMatchObject({ kind: "refused", from: "hired" })

      const history = await sql(`select from_status, to_status from application_note where application_id = ? order by created_at, id`, [id])
      expect(history).toEqual([
        { from_status: "new", to_status: "trial" },
        { from_status: "trial", to_status: "hired" },
      ])
      await expect(sql(`update application_note set note = 'changed' where application_id = ?`, [id])).rejects.toThrow(/kept/)
      await expect(sql(`delete from application_note where application_id = ?`, [id])).rejects.toThrow(/kept/)
    })
  },
})
