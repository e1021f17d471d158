import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { WORKSHOP_MODULE } from ".."
import * as models from "../models"
import type { WorkshopModuleService } from "../service"

const base = {
  name_zh: "鼎湖妇女手工坊",
  name_en: "Dinghu Women's Handicraft Workshop",
  city_zh: "肇庆",
  city_en: "Zhaoqing",
}

moduleIntegrationTestRunner<WorkshopModuleService>({
  moduleName: WORKSHOP_MODULE,
  moduleModels: Object.values(models),
  pathToMigrations: "./src/modules/workshop/migrations",
  resolve: "./src/modules/workshop",
  testSuite: ({ service }) => {
    describe("workshops", () => {
      it("creates a workshop with a prefixed id, active by default", async () => {
        const created = await service.createWorkshops({ handle: "dinghu", ...base })
        expect(created.id).toMatch(/^wksp_/)
        expect(created.is_active).toBe(true)
        const [found] = await service.listWorkshops({ handle: "dinghu" })
        expect(found.name_zh).toBe(base.name_zh)
      })

      it("refuses a second workshop with the same handle", async () => {
        await service.createWorkshops({ handle: "sihui", ...base })
        await expect(service.createWorkshops({ handle: "sihui", ...base })).rejects.toThrow(/handle/)
        expect(await service.listWorkshops({ handle: "sihui" })).toHaveLength(1)
      })
    })
  },
})
