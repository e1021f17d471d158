import { eventually as eventuallyWithin } from "../helpers/eventually"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { MAX_SEARCH_LENGTH, rankSearchResults, searchTerms, type SearchDocument } from "@jinxiu/workshop/domain"
import { rebuildProductSearch } from "@jinxiu/workshop/product-search"
import { adminHeaders, publishableKeyHeaders } from "../helpers"
import { rawClient } from "../helpers/raw-http"
import type { Container, RequestConfig, TestApi } from "../helpers/types"

/** Subscribers keep the search documents current within 5 s of a change. */
const eventually = (check: () => Promise<void>) => eventuallyWithin(check, 5_000)

/**
 * GET /store/product-search (issue 13): the shop's search through PostgreSQL, over the search
 * documents the plugin's subscribers keep. Products are made and changed through the admin API
 * (so their workflows' events reach the subscribers, as in the shop), English through the
 * Translation module.
 */

const EN = "en-US"

type Seed = {
  key: string
  zh: { title: string; subtitle?: string; description?: string; material?: string }
  en?: { title: string; subtitle?: string; description?: string; material?: string }
  category?: "fans" | "hangings"
  sku?: string
  status?: "published" | "draft"
  /** in another sales channel than the shop's key */
  elsewhere?: boolean
}

const CATEGORIES = {
  fans: { zh: "扇子", en: "Hand fans" },
  hangings: { zh: "挂屏", en: "Wall hangings" },
}

// in the order they are made: the catalog lists (and ties rank) newest first
const SEEDS: Seed[] = [
  {
    key: "fan",
    zh: { title: "金绣牡丹团扇", subtitle: "真丝扇面 · 盘金牡丹", description: "竹制扇柄", material: "真丝、金线、竹" },
    en: { title: "Gold Peony Round Fan", subtitle: "Silk face, couched gold peony", description: "Bamboo handle with tassel." },
    category: "fans",
    sku: "FAN-PEONY-RED",
  },
  {
    key: "frame",
    zh: { title: "云鹤延年装裱绣", subtitle: "银线为主 · 清雅", description: "牡丹纹边框" },
    en: { title: "Cranes in the Clouds, Framed", subtitle: "Mostly silver thread", description: "silk ground" },
    category: "hangings",
    sku: "FRAME-CRANE",
  },
  {
    key: "pouch",
    zh: { title: "荷花香囊", subtitle: "内装艾草与陈皮" },
    en: { title: "Lotus Scent Pouch", subtitle: "Filled with mugwort" },
    sku: "POUCH-LOTUS-RED",
  },
  { key: "draft", zh: { title: "牡丹团扇草稿", subtitle: "未上架" }, en: { title: "Peony fan draft" }, status: "draft", sku: "DRAFT-PEONY" },
  { key: "elsewhere", zh: { title: "牡丹书签" }, en: { title: "Peony bookmark" }, elsewhere: true, sku: "BOOKMARK-PEONY" },
]

type Catalog = {
  ids: Record<string, string>
  categoryIds: Record<keyof typeof CATEGORIES, string>
  store: RequestConfig
  admin: RequestConfig
}

async function makeCatalog(api: TestApi, container: Container): Promise<Catalog> {
  const store = await publishableKeyHeaders(container)
  const admin = await adminHeaders(container)
  const other = await container.resolve(Modules.SALES_CHANNEL).createSalesChannels({ name: "Another shop" })
  const categoryIds = {} as Catalog["categoryIds"]
  for (const [handle, name] of Object.entries(CATEGORIES) as [keyof typeof CATEGORIES, { zh: string; en: string }][]) {
    const res = await api.post("/admin/product-categories", { name: name.zh, handle, is_active: true, is_internal: false }, admin)
    categoryIds[handle] = res.data.product_category.id
    await translate(api, admin, { create: [{ reference: "product_category", reference_id: categoryIds[handle], locale_code: EN, translations: { name: name.en } }] })
  }
  const ids: Record<string, string> = {}
  for (const seed of SEEDS) {
    const res = await api.post(
      "/admin/products",
      {
        title: seed.zh.title,
        subtitle: seed.zh.subtitle,
        description: seed.zh.description,
        material: seed.zh.material,
        status: seed.status ?? "published",
        options: [{ title: "款式", values: ["标准"] }],
        variants: [{ title: "标准", sku: seed.sku, options: { 款式: "标准" }, manage_inventory: false, prices: [{ currency_code: "cny", amount: 100 }] }],
        sales_channels: [{ id: seed.elsewhere ? other.id : store.salesChannelId }],
        ...(seed.category ? { categories: [{ id: categoryIds[seed.category] }] } : {}),
      },
      admin
    )
    ids[seed.key] = res.data.product.id
    if (seed.en) {
      await translate(api, admin, { create: [{ reference: "product", reference_id: ids[seed.key], locale_code: EN, translations: seed.en }] })
    }
    // distinct created_at for every product (ties rank newest first)
    await new Promise((r) => setTimeout(r, 5))
  }
  // the subscribers index each product once its events are out
  await eventually(async () => expect((await documents(container)).length).toBe(SEEDS.length))
  return { ids, categoryIds, store, admin }
}

/** English through the admin's translation route (its workflows send `translation.*` events, as in the shop). */
async function translate(api: TestApi, admin: RequestConfig, batch: { create?: unknown[]; update?: unknown[]; delete?: string[] }) {
  const res = await api.post("/admin/translations/batch", batch, admin)
  expect(res.status).toBe(200)
}


async function documents(container: Container): Promise<{ product_id: string; title_text: string }[]> {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
  return pg.raw(`select product_id, title_text from product_search_document order by product_id`).then((r: any) => r.rows)
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const search = async (catalog: Catalog, q: string, extra = "") => {
      const res = await api.get(`/store/product-search?q=${encodeURIComponent(q)}${extra}`, catalog.store)
      expect(res.status).toBe(200)
      return res.data as { products: { id: string; score: number }[]; count: number; limit: number; offset: number }
    }
    const keysOf = (catalog: Catalog, result: { products: { id: string }[] }) =>
      result.products.map((p) => Object.keys(catalog.ids).find((key) => catalog.ids[key] === p.id) ?? p.id)

    it("finds products by Chinese characters and words, English words, category names, SKUs, whatever the case or width; never an unpublished one or one of another channel", async () => {
      const catalog = await makeCatalog(api, getContainer())
      const found = async (q: string) => keysOf(catalog, await search(catalog, q))

      // one Chinese character, two, and a whole title
      expect(await found("扇")).toEqual(["fan"])
      expect(await found("香")).toEqual(["pouch"])
      expect(await found("牡丹")).toEqual(["fan", "frame"]) // title (3) before other text (1); not the draft, not the other shop's
      expect(await found("金绣牡丹团扇")).toEqual(["fan"])
      // English words, only in the Translation module
      expect(await found("clouds")).toEqual(["frame"])
      expect(await found("silk")).toEqual(["fan", "frame"]) // subtitle (2) before other text (1)
      expect(await found("mugwort")).toEqual(["pouch"])
      // a category's name, in either language
      expect(await found("wall")).toEqual(["frame"])
      expect(await found("挂屏")).toEqual(["frame"])
      expect(await found("hand fans")).toEqual(["fan"])
      // mixed case, full-width letters and spaces
      expect(await found("ＧＯＬＤ　PeOnY")).toEqual(["fan"])
      expect(await found("LoTuS")).toEqual(["pouch"])
      // a SKU (Medusa's own q searched the versions too)
      expect(await found("pouch-lotus-red")).toEqual(["pouch"])
      // every term must match, in any language
      expect(await found("peony 团扇")).toEqual(["fan"])
      expect(await found("peony pouch")).toEqual([])
      // nothing across two texts, nothing of what isn't there
      expect(await found("柄真丝")).toEqual([])
      expect(await found("zzzqqq")).toEqual([])
      // % and _ are the characters they are (not SQL wildcards that match everything)
      expect(await found("%")).toEqual([])
      expect(await found("_")).toEqual([])
      expect(await found("%扇")).toEqual([])
      expect(await found("pouch_lotus")).toEqual([])
      // the draft and the other channel's product exist, and have documents: the route filters them
      expect((await documents(getContainer())).map((d) => d.title_text).join("\n")).toContain("牡丹团扇草稿")
      expect(await found("草稿")).toEqual([])
      expect(await found("bookmark")).toEqual([])
    })

    it("ranks as the domain's rules do, and pages through the ranking with the total", async () => {
      const catalog = await makeCatalog(api, getContainer())
      // the shop's documents as the domain sees them (newest first, as the catalog lists)
      const shown = SEEDS.filter((s) => s.status !== "draft" && !s.elsewhere).reverse()
      const docs: SearchDocument[] = shown.map((seed) => ({
        id: catalog.ids[seed.key],
        languages: [
          { title: seed.zh.title, subtitle: seed.zh.subtitle, other: [seed.zh.description, seed.zh.material, seed.category && CATEGORIES[seed.category].zh, "标准", seed.sku] },
          ...(seed.en ? [{ title: seed.en.title, subtitle: seed.en.subtitle, other: [seed.en.description, seed.en.material, seed.category && CATEGORIES[seed.category].en] }] : []),
        ],
      }))
      for (const q of ["牡丹", "silk", "a", "e", "标准", "red", "金 silk", "扇 peony", "香囊", "i", "l"]) {
        const result = await search(catalog, q)
        expect(result.products.map((p) => p.id), q).toEqual(rankSearchResults(docs, searchTerms(q)))
        expect(result.count, q).toBe(result.products.length)
      }
      // scores: a title counts 3, a subtitle 2, anything else 1, summed over the terms
      const silk = await search(catalog, "silk")
      expect(silk.products.map((p) => p.score)).toEqual([2, 1])
      expect((await search(catalog, "peony 团扇")).products[0].score).toBe(6)

      // "标准" (every version's title) finds the three products of the shop, newest first; paged
      const all = await search(catalog, "标准")
      expect(keysOf(catalog, all)).toEqual(["pouch", "frame", "fan"])
      const second = await search(catalog, "标准", "&limit=2&offset=2")
      expect(second).toMatchObject({ count: 3, limit: 2, offset: 2 })
      expect(keysOf(catalog, second)).toEqual(["fan"])
      const past = await search(catalog, "标准", "&limit=2&offset=10")
      expect(past).toMatchObject({ count: 3, products: [] })
    })

    it("keeps up with changes: a new title at once (and not the old one), English, a category renamed, unpublished, deleted; a full rebuild gives the same answers", async () => {
      const container = getContainer()
      const catalog = await makeCatalog(api, container)
      const found = async (q: string) => keysOf(catalog, await search(catalog, q))

      // a product renamed in the admin: found by its new title, no more by its old one
      expect(await found("金绣牡丹")).toEqual(["fan"])
      await api.post(`/admin/products/${catalog.ids.fan}`, { title: "金绣凤凰团扇" }, catalog.admin)
      await eventually(async () => expect(await found("凤凰")).toEqual(["fan"]))
      expect(await found("金绣牡丹")).toEqual([])

      // its English changed (the Translation module)
      const translations = container.resolve(Modules.TRANSLATION) as any
      const [english] = await translations.listTranslations({ reference_id: catalog.ids.fan, locale_code: EN })
      await translate(api, catalog.admin, { update: [{ id: english.id, translations: { ...english.translations, title: "Gold Phoenix Round Fan" } }] })
      await eventually(async () => expect(await found("phoenix")).toEqual(["fan"]))
      // "peony" is no more in its English title, only in its subtitle: 2, not 3
      expect((await search(catalog, "peony")).products).toEqual([{ id: catalog.ids.fan, score: 2 }])

      // a category renamed, in Chinese (the admin) and in English (a translation)
      await api.post(`/admin/product-categories/${catalog.categoryIds.hangings}`, { name: "绣屏" }, catalog.admin)
      await eventually(async () => expect(await found("绣屏")).toEqual(["frame"]))
      expect(await found("挂屏")).toEqual([])
      const [hangingsEn] = await translations.listTranslations({ reference_id: catalog.categoryIds.hangings, locale_code: EN })
      await translate(api, catalog.admin, { update: [{ id: hangingsEn.id, translations: { name: "Embroidered screens" } }] })
      await eventually(async () => expect(await found("screens")).toEqual(["frame"]))
      expect(await found("wall")).toEqual([])

      // a version's SKU changed
      const { data: [pouch] } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["variants.id"], filters: { id: catalog.ids.pouch } })
      await api.post(`/admin/products/${catalog.ids.pouch}/variants/${pouch.variants[0].id}`, { sku: "POUCH-LOTUS-GREEN" }, catalog.admin)
      await eventually(async () => expect(await found("lotus-green")).toEqual(["pouch"]))
      expect(await found("lotus-red")).toEqual([])

      // an English translation deleted (for good: which product it was of is gone with it, so all are rebuilt)
      const [pouchEn] = await translations.listTranslations({ reference_id: catalog.ids.pouch, locale_code: EN })
      expect(await found("mugwort")).toEqual(["pouch"])
      await translate(api, catalog.admin, { delete: [pouchEn.id] })
      await eventually(async () => expect(await found("mugwort")).toEqual([]))
      expect(await found("荷花")).toEqual(["pouch"])

      // unpublished: gone at once (read when searching, no event needed); published again, back
      await api.post(`/admin/products/${catalog.ids.frame}`, { status: "draft" }, catalog.admin)
      expect(await found("clouds")).toEqual([])
      await api.post(`/admin/products/${catalog.ids.frame}`, { status: "published" }, catalog.admin)
      expect(await found("clouds")).toEqual(["frame"])

      // deleted: gone, and its document with it
      await api.delete(`/admin/products/${catalog.ids.pouch}`, catalog.admin)
      expect(await found("lotus")).toEqual([])
      await eventually(async () => expect((await documents(container)).map((d) => d.product_id)).not.toContain(catalog.ids.pouch))

      // the full rebuild (seed, `npm start` after migrations, nightly) writes the same documents, and again changes nothing
      const before = await documents(container)
      const answers = async () => Promise.all(["凤凰", "phoenix", "绣屏", "screens", "牡丹", "silk", "a"].map(found))
      const expected = await answers()
      const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
      await pg.raw(`delete from product_search_document`)
      expect(await found("phoenix")).toEqual([])
      const first = await rebuildProductSearch(container)
      expect(first).toMatchObject({ indexed: SEEDS.length - 1, removed: 0 })
      expect(await documents(container)).toEqual(before)
      expect(await answers()).toEqual(expected)
      // a document of a product that is gone is removed by the next rebuild
      await pg.raw(`insert into product_search_document (product_id, product_created_at, title_text, subtitle_text, other_text, grams) values ('prod_gone', now(), 'gone', '', '', '{go,on,ne}')`)
      const second = await rebuildProductSearch(container)
      expect(second).toMatchObject({ indexed: SEEDS.length - 1, removed: 1 })
      expect(await documents(container)).toEqual(before)
    })

    it("refuses hostile input with a 400 naming the field, never a 5xx; asks for the shop's key", async () => {
      const container = getContainer()
      const store = await publishableKeyHeaders(container)
      const raw = rawClient(api)
      try {
        const cases: { path: string; field: string }[] = [
          { path: "/store/product-search", field: "q" },
          { path: "/store/product-search?q=", field: "q" },
          { path: "/store/product-search?q=%20%20%09", field: "q" },
          { path: `/store/product-search?q=${"x".repeat(MAX_SEARCH_LENGTH + 1)}`, field: "q" },
          { path: `/store/product-search?q=${"x".repeat(10_000)}`, field: "q" },
          { path: `/store/product-search?q=${encodeURIComponent("绣".repeat(MAX_SEARCH_LENGTH + 1))}`, field: "q" },
          { path: "/store/product-search?q=a%07b", field: "q" },
          { path: "/store/product-search?q=%1B%5B31m", field: "q" },
          { path: "/store/product-search?q=fan&q=pouch", field: "q" },
          { path: "/store/product-search?q[]=fan", field: "q" },
          { path: "/store/product-search?q[$gt]=a", field: "q" },
          { path: "/store/product-search?q=fan&limit=0", field: "limit" },
          { path: "/store/product-search?q=fan&limit=101", field: "limit" },
          { path: "/store/product-search?q=fan&limit=abc", field: "limit" },
          { path: "/store/product-search?q=fan&offset=-1", field: "offset" },
          { path: "/store/product-search?q=fan&offset=1e308", field: "offset" },
          { path: "/store/product-search?q=fan&fields=id", field: "fields" },
        ]
        for (const c of cases) {
          const res = await raw({ method: "GET", path: c.path, headers: store.headers as Record<string, string> })
          expect(res.status, `${c.path.slice(0, 80)}: ${res.text.slice(0, 300)}`).toBe(400)
          const said = `${res.data?.field ?? ""} ${res.data?.message ?? ""}`
          expect(said, c.path.slice(0, 80)).toContain(c.field)
        }
        // NUL and broken Unicode are refused before any route, naming where
        for (const path of ["/store/product-search?q=%00", "/store/product-search?q=%E7%89%A1%00", `/store/product-search?q=${"x".repeat(10_000)}%00`]) {
          const res = await raw({ method: "GET", path, headers: store.headers as Record<string, string> })
          expect(res.status, path).toBe(400)
          expect(`${res.data?.field ?? ""} ${res.data?.message ?? ""}`, path).toMatch(/q/)
        }
        // an emoji, tabs and punctuation are text: searched, nothing found
        for (const q of ["团扇 🪭\t", "'; drop table product; --", "%", "_", "\\", "{}", '"']) {
          const res = await raw({ method: "GET", path: `/store/product-search?q=${encodeURIComponent(q)}`, headers: store.headers as Record<string, string> })
          expect(res.status, q).toBe(200)
          expect(res.data.products, q).toEqual([])
        }
        // the shop's key is needed
        const keyless = await raw({ method: "GET", path: "/store/product-search?q=fan" })
        expect(keyless.status).toBe(400)
      } finally {
        raw.close()
      }
    })
  },
})
