import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let publishableKey: string

    beforeEach(async () => {
      const container = getContainer()
      const apiKeys = container.resolve(Modules.API_KEY)
      const key = await apiKeys.createApiKeys({ title: "test storefront", type: "publishable", created_by: "test" })
      publishableKey = key.token
      const workshops = container.resolve("workshop") as any
      await workshops.createWorkshops([
        { handle: "sihui-gold", name_zh: "四会广府金绣工坊", name_en: "Sihui Guangfu Gold Embroidery Workshop", city_zh: "四会", city_en: "Sihui" },
        { handle: "duanzhou-gold", name_zh: "端州广府金绣工坊", name_en: "Duanzhou Guangfu Gold Embroidery Workshop", city_zh: "肇庆", city_en: "Zhaoqing" },
        { handle: "closed-one", name_zh: "已关闭", name_en: "Closed workshop", city_zh: "肇庆", city_en: "Zhaoqing", is_active: false },
      ])
    })

    describe("GET /store/workshops", () => {
      it("lists only the active workshops, ordered by English name", async () => {
        const res = await api.get("/store/workshops", { headers: { "x-publishable-api-key": publishableKey } })
        expect(res.status).toBe(200)
        expect(res.data.workshops.map((w: { handle: string }) => w.handle)).toEqual(["duanzhou-gold", "sihui-gold"])
        expect(res.data.count).toBe(2)
        expect(res.data.workshops[1]).toMatchObject({ name_zh: "四会广府金绣工坊", city_en: "Sihui" })
        expect(res.data.workshops[0]).not.toHaveProperty("is_active")
      })

      it("refuses a request without a publishable key", async () => {
        const res = await api.get("/store/workshops").catch((e) => e.response)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/publishable/i)
      })

      it("refuses unknown query parameters with 400", async () => {
        const res = await api
          .get("/store/workshops?secret_field=1", { headers: { "x-publishable-api-key": publishableKey } })
          .catch((e) => e.response)
        expect(res.status).toBe(400)
      })
    })
  },
})
