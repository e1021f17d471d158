import path from "node:path"
import { type Page, expect, test } from "./support/test"
import { productByHandle, regionId, shareMinor, storeGet } from "./pages/catalog-backend"
import { CatalogListPage } from "./pages/catalog-list-page"
import { CatalogSearchPage } from "./pages/catalog-search-page"
import { CatalogMakerPage, CatalogWorkshopPage } from "./pages/catalog-workshop-pages"
import { ProductPage } from "./pages/product-page"
import { type Locale, ShopHomePage } from "./pages/shop-home-page"

const LOCALES: Locale[] = ["zh-CN", "en"]
const SCREENSHOTS = path.resolve(__dirname, "..", "artifacts", "screenshots")
const PAGE_SIZE = 12

async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: path.join(SCREENSHOTS, `shop-${name}.png`), fullPage: true })
}

/** Both sizes the shop is designed for: a phone (390×844) and a laptop (1280×800). */
async function screenshotsAtBothSizes(page: Page, name: string) {
  const original = page.viewportSize()
  for (const size of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
    await page.setViewportSize(size)
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.waitForLoadState("networkidle")
    await screenshot(page, `${name}-${size.width}x${size.height}`)
  }
  if (original) await page.setViewportSize(original)
}

/** How the shop formats the impact figures (whole yuan, one-decimal percent), per locale. */
function expectedImpact(impact: any, locale: Locale) {
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })
  const money = new Intl.NumberFormat(locale, { style: "currency", currency: impact.currency_code.toUpperCase(), maximumFractionDigits: 0 })
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 })
  return {
    women: whole.format(impact.active_artisans),
    paid: money.format(Number(impact.total_paid_out)),
    median: impact.median_monthly_earnings === null ? "—" : money.format(Number(impact.median_monthly_earnings)),
    share: impact.share_of_sales_to_makers === null ? "—" : percent.format(impact.share_of_sales_to_makers),
  }
}

test.describe("the shop's catalog", () => {
  for (const locale of LOCALES) {
    test(`the home page shows the live impact figures (${locale})`, async ({ page, request }) => {
      // The shop keeps the figures for at most a minute: poll until it shows the backend's.
      test.setTimeout(150_000)
      const home = new ShopHomePage(page)
      await expect
        .poll(
          async () => {
            const { impact } = await storeGet(request, "/store/impact")
            await home.open(locale)
            const shown = {
              women: await home.impactValue("women").innerText(),
              paid: await home.impactValue("paid").innerText(),
              median: await home.impactValue("median").innerText(),
              share: await home.impactValue("share").innerText(),
            }
            return JSON.stringify(shown) === JSON.stringify(expectedImpact(impact, locale)) ? "matches" : JSON.stringify(shown)
          },
          { timeout: 120_000, intervals: [2_000, 5_000, 10_000] },
        )
        .toBe("matches")
      const { impact } = await storeGet(request, "/store/impact")
      expect(impact.active_artisans).toBeGreaterThan(0)
      await expect(home.productCards.first()).toBeVisible()
      await expect(home.workshopCards.first()).toBeVisible()
      await screenshotsAtBothSizes(page, `home-${locale}`)
    })
  }

  test("a category page lists its products and sorts them by price both ways", async ({ page, request }) => {
    const { product_categories } = await storeGet(request, "/store/product-categories", { handle: "hand-fans", fields: "id,name" })
    const category = product_categories[0]
    const { products } = await storeGet(request, "/store/products", {
      category_id: category.id,
      region_id: await regionId(request, "cny"),
      fields: "handle,*variants.calculated_price",
      limit: "100",
    })
    const fromPrice = (product: any) => Math.min(...product.variants.map((v: any) => v.calculated_price.calculated_amount))
    const expectedHandles = products.map((p: any) => p.handle).sort()
    const ascending = products.map(fromPrice).sort((a: number, b: number) => a - b)
    expect(products.length).toBeGreaterThanOrEqual(2)

    const list = new CatalogListPage(page)
    await list.openCategory("hand-fans", "zh-CN")
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(category.name)
    await expect(list.cards).toHaveCount(products.length)
    expect((await list.handles()).sort()).toEqual(expectedHandles)
    await expect(list.count).toHaveText(`共 ${products.length} 件绣品`)

    await list.sortLink("price_asc").click()
    await expect(page).toHaveURL(/\/zh-CN\/categories\/hand-fans\?sort=price_asc$/)
    await expect(list.sortLink("price_asc")).toHaveAttribute("aria-current", "true")
    expect(await list.prices()).toEqual(ascending)

    await list.sortLink("price_desc").click()
    await expect(page).toHaveURL(/sort=price_desc/)
    await expect(list.sortLink("price_desc")).toHaveAttribute("aria-current", "true")
    expect(await list.prices()).toEqual([...ascending].reverse())
    await screenshotsAtBothSizes(page, "category-zh-CN")
  })

  test("the workshop filter shows exactly the pieces made in that workshop", async ({ page, request }) => {
    const { workshop } = await storeGet(request, "/store/workshops/sihui-gold")
    const { products } = await storeGet(request, "/store/products", { fields: "id,handle", limit: "200" })
    const made = new Set(workshop.product_ids)
    const expected = products.filter((p: any) => made.has(p.id)).map((p: any) => p.handle).sort()
    expect(expected.length).toBeGreaterThan(0)

    const list = new CatalogListPage(page)
    await list.openStore("zh-CN")
    const filters = list.filters("side")
    await filters.workshop.selectOption("sihui-gold")
    await filters.apply.click()
    await expect(page).toHaveURL(/\/zh-CN\/store\?.*workshop=sihui-gold/)
    await expect(list.activeFilters).toContainText(workshop.name_zh)
    await expect(list.cards).toHaveCount(expected.length)
    expect((await list.handles()).sort()).toEqual(expected)

    // The filter and a sort together, then removing the filter with its chip.
    await list.sortLink("price_desc").click()
    await expect(page).toHaveURL(/workshop=sihui-gold/)
    await expect(list.sortLink("price_desc")).toHaveAttribute("aria-current", "true")
    const prices = await list.prices()
    expect(prices).toEqual([...prices].sort((a, b) => b - a))
    await list.activeFilters.getByRole("link").click()
    await expect(page).toHaveURL(/\/zh-CN\/store\?sort=price_desc$/)
    await expect(list.activeFilters).toHaveCount(0)
  })

  test("the store paginates: page 2 holds the rest, without repeating page 1", async ({ page, request }) => {
    const { products, count } = await storeGet(request, "/store/products", { fields: "handle", limit: "200" })
    expect(count).toBeGreaterThan(PAGE_SIZE)
    const list = new CatalogListPage(page)
    await list.openStore("en")
    await expect(list.count).toHaveText(`${count} pieces`)
    await expect(list.cards).toHaveCount(PAGE_SIZE)
    const first = await list.handles()

    await list.pagination.getByRole("link", { name: "Next" }).click()
    await expect(page).toHaveURL(/\/en\/store\?page=2$/)
    await expect(list.pageLink("Page 2")).toHaveAttribute("aria-current", "page")
    await expect(list.cards).toHaveCount(Math.min(PAGE_SIZE, count - PAGE_SIZE))
    const second = await list.handles()
    expect(second.filter((handle) => first.includes(handle))).toEqual([])
    if (count <= 2 * PAGE_SIZE) {
      expect([...first, ...second].sort()).toEqual(products.map((p: any) => p.handle).sort())
    }
    await screenshotsAtBothSizes(page, "store-page-2-en")
  })

  test("a bad filter value is ignored with a message saying which and why", async ({ page }) => {
    const list = new CatalogListPage(page)
    await list.openStore("zh-CN", "?min=abc&sort=cheapest")
    await expect(list.problems).toContainText("最低价「abc」不是有效的价格")
    await expect(list.problems).toContainText("排序「cheapest」不是可用的排序方式")
    await expect(list.cards.first()).toBeVisible()
  })

  test("search finds a piece by a Chinese word and by an English word, in both languages", async ({ page, request }) => {
    const peonyZh = (await productByHandle(request, "peony-round-fan", "cny")).title
    const peonyEn = (await productByHandle(request, "peony-round-fan", "usd", "en-US")).title
    const craneZh = (await productByHandle(request, "crane-cloud-frame", "cny")).title
    const craneEn = (await productByHandle(request, "crane-cloud-frame", "usd", "en-US")).title
    const search = new CatalogSearchPage(page)

    await page.goto("/zh-CN")
    await search.searchFromHeader("牡丹")
    await expect(search.result(peonyZh)).toBeVisible()
    await screenshotsAtBothSizes(page, "search-zh-CN")

    // An English word that is only in the English texts (not in the Chinese base or any SKU).
    await page.goto("/zh-CN")
    await search.searchFromHeader("clouds")
    await expect(search.result(craneZh)).toBeVisible()
    await expect(search.result(peonyZh)).toHaveCount(0)

    await page.goto("/en")
    await search.searchFromHeader("Clouds")
    await expect(search.result(craneEn)).toBeVisible()
    // Switching the language keeps the search.
    await page.getByTestId("language-switch").click()
    await expect(page).toHaveURL(/\/zh-CN\/search\?q=clouds$/i)
    await expect(search.result(craneZh)).toBeVisible()
    await page.goto("/en")
    await search.searchFromHeader("团扇")
    await expect(search.result(peonyEn)).toBeVisible()
    await expect(search.count).toContainText("团扇")

    await page.goto("/en/search?q=zzzqqq")
    await expect(page.getByTestId("no-results")).toBeVisible()
  })

  test("a product page shows its makers and what of the price goes to them; a sold-out version can't be added", async ({ page, request }) => {
    const product = await productByHandle(request, "phoenix-folding-fan", "cny")
    const makers = await storeGet(request, `/store/products/${product.id}/makers`)
    const soldOut = product.variants.find((v) => v.sku === "FAN-PHOENIX-SANDAL")!
    const inStock = product.variants.find((v) => v.sku === "FAN-PHOENIX-BAMBOO")!
    expect(soldOut.inventory_quantity).toBe(0)
    expect(makers.makers.length).toBeGreaterThan(0)

    const view = new ProductPage(page)
    await view.open("phoenix-folding-fan", "zh-CN")
    await expect(view.title).toHaveText(product.title)

    // The sold-out version: chosen, but the button is disabled and says why.
    await view.chooseVersion(soldOut.title)
    await expect(view.stockState).toHaveAttribute("data-status", "out_of_stock")
    await expect(view.addToCart).toBeDisabled()
    await expect(view.addToCartReason).toContainText("已售罄")
    await expect(view.addToCart).toHaveAttribute("aria-describedby", /.+/)

    // The in-stock version: its price and the makers' share of it.
    await view.chooseVersion(inStock.title)
    const price = inStock.calculated_price!.calculated_amount
    const cny = (amount: number) => new Intl.NumberFormat("zh-CN", { style: "currency", currency: "CNY" }).format(amount)
    await expect(view.price).toHaveText(cny(price))
    await expect(view.makersShare).toContainText(cny(shareMinor(price, makers.share_percent) / 100))
    await expect(view.makersShare).toContainText(`${makers.share_percent}%`)
    await expect(view.makers).toHaveCount(makers.makers.length)
    for (const maker of makers.makers) {
      const row = view.maker(maker.display_name)
      await expect(row).toContainText(maker.workshop.name_zh)
      await expect(row).toContainText(`${maker.share_percent_of_sale}%`)
      // Her story only with her consent.
      await expect(row.getByTestId("maker-story-link")).toHaveCount(maker.public_profile ? 1 : 0)
    }
    await screenshotsAtBothSizes(page, "product-zh-CN")

    await expect(view.addToCart).toBeEnabled()
    await view.addToCart.click()
    await expect(view.added).toBeVisible()
    await expect(view.added.getByRole("link")).toHaveAttribute("href", "/zh-CN/cart")
    await expect(view.cartBadge).toHaveText(/^[1-9]\d*$/)
  })

  test("the product page in English shows the international price and share in USD", async ({ page, request }) => {
    const product = await productByHandle(request, "phoenix-folding-fan", "usd", "en-US")
    const makers = await storeGet(request, `/store/products/${product.id}/makers`)
    const inStock = product.variants.find((v) => v.sku === "FAN-PHOENIX-BAMBOO")!
    const soldOut = product.variants.find((v) => v.sku === "FAN-PHOENIX-SANDAL")!
    const usd = (amount: number) => new Intl.NumberFormat("en", { style: "currency", currency: "USD" }).format(amount)

    const view = new ProductPage(page)
    await view.open("phoenix-folding-fan", "en")
    await expect(view.title).toHaveText(product.title)
    await view.chooseVersion(inStock.title)
    const price = inStock.calculated_price!.calculated_amount
    await expect(view.price).toHaveText(usd(price))
    await expect(view.makersShare).toContainText(`${usd(shareMinor(price, makers.share_percent) / 100)} of this price goes to the women who made it`)
    await view.chooseVersion(soldOut.title)
    await expect(view.addToCart).toBeDisabled()
    await expect(view.addToCartReason).toContainText("sold out")
    await screenshotsAtBothSizes(page, "product-en")
  })

  test("a workshop page shows its story, its consenting makers and its pieces; a maker's page her story", async ({ page, request }) => {
    const { workshop } = await storeGet(request, "/store/workshops/dinghu-handicraft")
    expect(workshop.makers.length).toBeGreaterThan(0)
    const { products } = await storeGet(request, "/store/products", { fields: "id", limit: "200" })
    const onSale = products.filter((p: any) => workshop.product_ids.includes(p.id)).length
    const maker = workshop.makers[0]

    const workshopPage = new CatalogWorkshopPage(page)
    await workshopPage.open("dinghu-handicraft", "zh-CN")
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(workshop.name_zh)
    await expect(workshopPage.root).toContainText(workshop.story_zh)
    await expect(workshopPage.makers).toHaveCount(workshop.makers.length)
    await expect(workshopPage.products).toHaveCount(onSale)
    await screenshotsAtBothSizes(page, "workshop-zh-CN")

    await workshopPage.makerLink(maker.display_name).click()
    await expect(page).toHaveURL(new RegExp(`/zh-CN/makers/${maker.id}$`))
    const makerPage = new CatalogMakerPage(page)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(maker.display_name)
    await expect(makerPage.root).toContainText(maker.story_zh)
    await expect(makerPage.root.getByRole("link", { name: workshop.name_zh })).toBeVisible()
    await screenshotsAtBothSizes(page, "maker-zh-CN")

    await makerPage.open(maker.id, "en")
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(maker.display_name)
    await expect(makerPage.root).toContainText(maker.story_en)
    await expect(makerPage.root.getByRole("link", { name: workshop.name_en })).toBeVisible()

    await workshopPage.open("dinghu-handicraft", "en")
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(workshop.name_en)
    await expect(workshopPage.root).toContainText(workshop.story_en)
  })

  test("a maker without a public profile, or an unknown one, has no page", async ({ page, request }) => {
    const product = await productByHandle(request, "phoenix-folding-fan", "cny")
    const { makers } = await storeGet(request, `/store/products/${product.id}/makers`)
    const privateMaker = makers.find((m: any) => !m.public_profile)
    if (privateMaker) {
      const response = await page.goto(`/zh-CN/makers/${privateMaker.artisan_id}`)
      expect(response?.status()).toBe(404)
    }
    const response = await page.goto("/en/makers/art_nobody")
    expect(response?.status()).toBe(404)
  })

  const PAGES = [
    { path: "", name: "home" },
    { path: "/store", name: "store" },
    { path: "/categories", name: "categories" },
    { path: "/categories/framed-embroidery", name: "category" },
    { path: "/products/crane-cloud-frame", name: "product" },
    { path: "/search?q=fan", name: "search" },
    { path: "/workshops", name: "workshops" },
    { path: "/workshops/sihui-gold", name: "workshop" },
    { path: "/impact", name: "impact" },
  ]
  for (const locale of LOCALES) {
    test(`every catalog page answers in ${locale} with its language versions linked`, async ({ page }) => {
      const errors: string[] = []
      page.on("pageerror", (error) => errors.push(String(error)))
      for (const { path: pagePath, name } of PAGES) {
        const response = await page.goto(`/${locale}${pagePath}`)
        expect(response?.status(), pagePath).toBe(200)
        await expect(page.locator("html")).toHaveAttribute("lang", locale)
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
        await expect(page.getByRole("main")).toBeVisible()
        await expect(page.getByRole("navigation", { name: locale === "zh-CN" ? "商店导航" : "Shop navigation" }).first()).toBeAttached()
        const bare = pagePath.split("?")[0]
        for (const [hreflang, target] of [["zh-CN", "zh-CN"], ["en", "en"], ["x-default", "zh-CN"]]) {
          await expect(page.locator(`link[rel=alternate][hreflang="${hreflang}"]`), `${pagePath} ${hreflang}`).toHaveAttribute(
            "href",
            new RegExp(`/${target}${bare.replace(/[/]/g, "\\/")}$`),
          )
        }
        if (locale === "en" && ["store", "categories", "impact", "workshops"].includes(name)) {
          await screenshotsAtBothSizes(page, `${name}-${locale}`)
        }
      }
      expect(errors).toEqual([])
    })
  }
})
