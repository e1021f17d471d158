import { expect, test } from "./support/test"
import { ShopHomePage } from "./pages/shop-home-page"
import { CatalogListPage } from "./pages/catalog-list-page"
import { ProductPage } from "./pages/product-page"
import { stack } from "./support/stack"

test.describe("the shop on a fresh install", () => {
  test("the store lists at least 12 seeded products with images and CNY prices", async ({ page }, testInfo) => {
    const store = new CatalogListPage(page)
    await store.openStore("zh-CN")
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN")
    await expect(store.cards.first()).toBeVisible()
    const count = await store.cards.count()
    expect(count).toBeGreaterThanOrEqual(12)
    for (let i = 0; i < count; i++) {
      const card = store.cards.nth(i)
      await expect(card.getByTestId("product-price")).toHaveText(/¥\s?[\d,]+(\.\d{2})?/)
      const image = card.locator("img")
      await image.scrollIntoViewIfNeeded()
      await expect
        .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), {
          message: `image of product card ${i} loads`,
        })
        .toBeGreaterThan(0)
    }
    await store.openCategory("hand-fans", "zh-CN")
    await expect(page.getByText("金绣牡丹团扇")).toBeVisible()
    await page.screenshot({ path: testInfo.outputPath("store-zh-CN.png"), fullPage: true })
  })

  test("a product page opens from the home page", async ({ page }, testInfo) => {
    const home = new ShopHomePage(page)
    await home.open("zh-CN")
    const first = home.card(0)
    const title = (await first.title.innerText()).trim()
    await first.root.click()
    await expect(page).toHaveURL(/\/zh-CN\/products\//)
    const product = new ProductPage(page)
    await expect(product.title).toHaveText(title)
    await expect(product.price).toHaveText(/¥/)
    await page.screenshot({ path: testInfo.outputPath("product-zh-CN.png"), fullPage: true })
  })

  test("an unknown product shows the not-found page", async ({ page }) => {
    const res = await page.goto("/zh-CN/products/no-such-product")
    expect(res?.status()).toBe(404)
  })

  test("a handle or id no record can have (NUL, broken UTF-8) is a 404, never a 500", async ({ page }) => {
    for (const path of ["/zh-CN/products/%00", "/zh-CN/workshops/%00", "/zh-CN/makers/%00", "/en/categories/%00", "/zh-CN/products/%ED%A0%80"]) {
      const res = await page.goto(path)
      expect(res?.status(), path).toBeGreaterThanOrEqual(400)
      expect(res?.status(), path).toBeLessThan(500)
    }
    // junk in the search box finds nothing, calmly
    const search = await page.goto("/zh-CN/search?q=%00%00")
    expect(search?.status()).toBe(200)
  })

  test("the language switch turns zh-CN into en and back", async ({ page }, testInfo) => {
    const product = new ProductPage(page)
    await product.open("peony-round-fan", "zh-CN")
    await expect(product.title).toHaveText("金绣牡丹团扇")

    await page.getByTestId("language-switch").click()
    await expect(page).toHaveURL(/\/en\/products\/peony-round-fan$/)
    await expect(page.locator("html")).toHaveAttribute("lang", "en")
    await expect(product.title).toHaveText("Gold Peony Round Fan")
    await page.screenshot({ path: testInfo.outputPath("product-en.png"), fullPage: true })

    await page.getByTestId("language-switch").click()
    await expect(page).toHaveURL(/\/zh-CN\/products\/peony-round-fan$/)
    await expect(product.title).toHaveText("金绣牡丹团扇")
  })

  test("the root address opens the Chinese shop", async ({ page }) => {
    await page.goto("/")
    await expect(page).toHaveURL(/\/zh-CN$/)
  })
})

test.describe("the backend on a fresh install", () => {
  test("GET /store/workshops lists the seven demo workshops", async ({ request }) => {
    const { backendUrl, publishableKey } = stack()
    const res = await request.get(`${backendUrl}/store/workshops`, {
      headers: { "x-publishable-api-key": publishableKey },
    })
    expect(res.status()).toBe(200)
    const body = await res.json()
    // Other journeys create workshops of their own in the same database: the seven demo
    // workshops must all be there, whatever else is.
    const handles = body.workshops.map((w: { handle: string }) => w.handle)
    expect(handles).toEqual(
      expect.arrayContaining(["dinghu-handicraft", "duanzhou-gold", "gaoyao-gold", "guangning-handicraft", "huaiji-handicraft", "jinxiu-base", "sihui-gold"])
    )
  })

  test("the demo's past months were each closed before they were paid", async ({ request }) => {
    const { backendUrl } = stack()
    const login = await request.post(`${backendUrl}/auth/user/emailpass`, { data: { email: "admin@jinxiu.test", password: "jinxiu-demo" } })
    const { token } = await login.json()
    const res = await request.get(`${backendUrl}/admin/periods`, { headers: { authorization: `Bearer ${token}` } })
    expect(res.status()).toBe(200)
    const { periods } = (await res.json()) as { periods: { month: string; status: string; closed_at: string | null; paid_at: string | null }[] }
    // The demo pays each month on the 5th of the next (seed/src/demo/payouts.ts, payDayOf); the
    // months it paid must have been closed before that.
    const payDay = (month: string) => {
      const [y, m] = month.split("-").map(Number)
      const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`
      return new Date(`${next}-05T00:00:00+08:00`)
    }
    // the months the seed closed (the five before last month: seed/src/demo/history.ts); other
    // journeys close months of their own, today
    const monthsBack = (n: number) => {
      const [y, m] = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit" }).format(new Date()).split("-").map(Number)
      const index = y * 12 + (m - 1) - n
      return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`
    }
    const closed = periods.filter((p) => p.month >= monthsBack(6) && p.month <= monthsBack(2) && p.status !== "open")
    expect(closed.length).toBeGreaterThan(0)
    for (const period of closed) {
      expect(new Date(period.closed_at!).getTime(), `${period.month}: closed ${period.closed_at}, paid from ${payDay(period.month).toISOString()}`).toBeLessThan(
        payDay(period.month).getTime()
      )
    }
  })

  test("the admin accepts the demo login", async ({ page }, testInfo) => {
    const { backendUrl } = stack()
    await page.goto(`${backendUrl}/app/login`)
    await page.locator("input[name=email]").fill("admin@jinxiu.test")
    await page.locator("input[name=password]").fill("jinxiu-demo")
    await page.locator("button[type=submit]").click()
    await expect(page).toHaveURL(/\/app\/(orders|products)/, { timeout: 30_000 })
    await expect(page.locator("input[name=password]")).toHaveCount(0)
    await page.screenshot({ path: testInfo.outputPath("admin-after-login.png") })
  })
})
