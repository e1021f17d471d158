import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { adminHeaders } from "../helpers"
import { createProductForSale, setUpShop, type Shop } from "../helpers/checkout"
import type { RequestConfig } from "../helpers/types"

/**
 * The store's catalog reads are served from Medusa's caching module (src/config/caching.ts), and
 * a change made through the admin is visible in the very next read: the product list with
 * region prices, a product page, a price, a product's English translation.
 *
 * That the cache serves at all is shown by writing behind Medusa's back (straight into the
 * table, no event): the next read still shows the cached value. A change made the normal way
 * (the admin API, which emits events) shows at once.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let admin: RequestConfig
    let productId: string
    let variantId: string
    let handle: string

    const listPath = () =>
      `/store/products?limit=12&region_id=${shop.regions.china}&fields=id,title,*variants.calculated_price`
    const listed = async (locale?: string) => {
      const res = await api.get(`${listPath()}${locale ? `&locale=${locale}` : ""}`, shop.store)
      expect(res.status).toBe(200)
      return res.data.products.find((p: { id: string }) => p.id === productId) as {
        title: string
        variants: { calculated_price: { calculated_amount: number } }[]
      }
    }
    /** A product page as the shop reads it: the list route filtered by the product's handle. */
    const productPage = async () => {
      const res = await api.get(
        `/store/products?handle=${encodeURIComponent(handle)}&region_id=${shop.regions.china}&fields=id,title,*variants.calculated_price`,
        shop.store
      )
      expect(res.status).toBe(200)
      expect(res.data.products).toHaveLength(1)
      return res.data.products[0] as { title: string; variants: { calculated_price: { calculated_amount: number } }[] }
    }
    /** A write no event announces: only a cache would hide it from the next read. */
    const renameBehindMedusasBack = async (title: string) => {
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await pg.raw(`update product set title = ? where id = ?`, [title, productId])
    }

    beforeEach(async () => {
      const container = getContainer()
      shop = await setUpShop(container)
      admin = await adminHeaders(container)
      const created = await createProductForSale(api, admin, shop, { title: "金绣荷包", unitPrice: 180 })
      productId = created.product.id
      variantId = created.variantId
      handle = (await api.get(`/admin/products/${productId}?fields=handle`, admin)).data.product.handle
    })

    it("serves the product list with prices from the cache, and shows an admin change of title and price at once", async () => {
      expect((await listed()).title).toBe("金绣荷包")
      expect((await listed()).variants[0].calculated_price.calculated_amount).toBe(180)

      await renameBehindMedusasBack("未通知的标题")
      expect((await listed()).title).toBe("金绣荷包") // served from the cache

      await api.post(`/admin/products/${productId}`, { title: "金绣荷包（新）" }, admin)
      expect((await listed()).title).toBe("金绣荷包（新）")

      await api.post(
        `/admin/products/${productId}/variants/${variantId}`,
        { prices: [{ currency_code: "cny", amount: 168 }] },
        admin
      )
      expect((await listed()).variants[0].calculated_price.calculated_amount).toBe(168)
    })

    it("serves a product page from the cache and shows a change at once", async () => {
      expect((await productPage()).title).toBe("金绣荷包")
      await renameBehindMedusasBack("未通知的标题")
      expect((await productPage()).title).toBe("金绣荷包")

      await api.post(`/admin/products/${productId}`, { title: "金绣香囊" }, admin)
      expect((await productPage()).title).toBe("金绣香囊")
    })

    it("shows a new English translation of a product at once in the English list", async () => {
      expect((await listed("en-US")).title).toBe("金绣荷包")
      // the admin's translation route runs the same workflow, which emits translation.created
      const { createTranslationsWorkflow } = await import("@medusajs/core-flows")
      await createTranslationsWorkflow(getContainer()).run({
        input: { translations: [{ reference: "product", reference_id: productId, locale_code: "en-US", translations: { title: "Gold-embroidered pouch" } }] },
      } as never)
      expect((await listed("en-US")).title).toBe("Gold-embroidered pouch")
    })
  },
})
