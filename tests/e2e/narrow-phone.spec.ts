import { expect, test, type Page } from "./support/test"
import { addMonths, currentMonth } from "@jinxiu/workshop/domain"
import { CartPage } from "./pages/cart-page"
import { DeskLoginPage, type Locale } from "./pages/desk-login-page"
import { MeLoginPage } from "./pages/me-login-page"

/**
 * The phone in her hand: every page fits a cheap 360 px phone without scrolling sideways. Long
 * numbers, tables, tabs and rows of buttons wrap, shorten or scroll inside their own box, never
 * the page. The shop, the desk (as the demo coordinator) and /me (as the demo craftswoman), in
 * both languages, against the seeded demo data.
 */
const NARROW = { width: 360, height: 740 }
const DEMO_COORDINATOR = { email: "coordinator.jinxiu-base@jinxiu.test", password: "jinxiu-demo" }
const DEMO_ARTISAN = { phone: "13800000001", password: "jinxiu-demo" }

test.use({ viewport: NARROW, locale: "zh-CN" })
// pages render on their first request: give each walk through them time
test.describe.configure({ timeout: 240_000 })

/** The page's width, and the elements reaching past the screen's right edge (widest first). */
async function overflow(page: Page) {
  return page.evaluate((limit) => {
    const describe = (el: Element) => {
      const id = el.id ? `#${el.id}` : ""
      const testId = el.getAttribute("data-testid") ? `[data-testid=${el.getAttribute("data-testid")}]` : ""
      const cls = typeof el.className === "string" && el.className ? `.${el.className.trim().split(/\s+/).slice(0, 4).join(".")}` : ""
      const text = (el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40)
      return `<${el.tagName.toLowerCase()}${id}${testId}${cls}> "${text}"`
    }
    // an element inside a box that scrolls or clips sideways is that box's business, not the page's
    const clipped = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const x = getComputedStyle(p).overflowX
        if (x === "auto" || x === "scroll" || x === "hidden" || x === "clip") return true
      }
      return false
    }
    const offenders = Array.from(document.body.querySelectorAll("*"))
      .map((el) => ({ el, right: el.getBoundingClientRect().right + window.scrollX }))
      .filter(({ el, right }) => right > limit + 0.5 && !clipped(el) && el.getBoundingClientRect().width > 0)
      .sort((a, b) => b.right - a.right)
      .slice(0, 5)
      .map(({ el, right }) => `${describe(el)} right=${Math.round(right)}`)
    return { scrollWidth: document.documentElement.scrollWidth, offenders }
  }, NARROW.width)
}

async function expectNoSideways(page: Page, label: string) {
  await page.waitForLoadState("load")
  // lazy parts (a chart, images) settle; a page that keeps polling is measured as it stands
  await page.waitForLoadState("networkidle", { timeout: 5_000 }).catch(() => undefined)
  const { scrollWidth, offenders } = await overflow(page)
  expect(scrollWidth, `${label} (${page.url()}) is ${scrollWidth} px wide at 360 px; widest: ${offenders.join(" | ") || "(none found)"}`).toBeLessThanOrEqual(NARROW.width)
}

/** The first link on the page whose path contains `part` (e.g. "/products/"). */
async function firstLink(page: Page, part: string): Promise<string> {
  const href = await page.locator(`main a[href*="${part}"]`).first().getAttribute("href", { timeout: 15_000 })
  expect(href, `a link to ${part} on ${page.url()}`).toBeTruthy()
  return new URL(href!, page.url()).pathname.replace(/^\/(zh-CN|en)/, "")
}

for (const locale of ["zh-CN", "en"] as Locale[]) {
  test(`the shop fits a 360 px phone (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}`)
    await expectNoSideways(page, "home")
    // A seeded piece with makers who show their profile (other journeys add pieces without makers
    // that may come first on the home page).
    const product = "/products/phoenix-folding-fan"

    await page.goto(`/${locale}/store`)
    await expectNoSideways(page, "store")
    await page.goto(`/${locale}/categories`)
    await expectNoSideways(page, "categories")
    await page.goto(`/${locale}${await firstLink(page, "/categories/")}`)
    await expectNoSideways(page, "category")

    await page.goto(`/${locale}${product}`)
    await expectNoSideways(page, "product")
    const maker = await firstLink(page, "/makers/")
    const workshop = await firstLink(page, "/workshops/")

    await page.goto(`/${locale}/search?q=${encodeURIComponent(locale === "en" ? "fan" : "扇")}`)
    await expectNoSideways(page, "search results")

    await page.goto(`/${locale}${maker}`)
    await expectNoSideways(page, "maker")
    await page.goto(`/${locale}${workshop}`)
    await expectNoSideways(page, "workshop")

    await page.goto(`/${locale}/jobs`)
    await expectNoSideways(page, "jobs")
    const opening = await firstLink(page, "/jobs/")
    await page.goto(`/${locale}${opening}`)
    await expectNoSideways(page, "opening")

    await page.goto(`/${locale}/account/login`)
    await expectNoSideways(page, "account login")
    await page.goto(`/${locale}/account/register`)
    await expectNoSideways(page, "account register")
    await page.goto(`/${locale}/workshops`)
    await expectNoSideways(page, "workshops")
    await page.goto(`/${locale}/impact`)
    await expectNoSideways(page, "impact")

    const cart = new CartPage(page)
    await cart.addFromProductPage(product.replace(/^\/products\//, ""), { locale })
    await cart.open(locale)
    await expect(cart.lines.first()).toBeVisible()
    await expectNoSideways(page, "cart")
    await page.goto(`/${locale}/checkout`)
    await page.getByTestId("checkout-page").or(page.locator("main")).first().waitFor()
    await expectNoSideways(page, "checkout")
  })
}

for (const locale of ["zh-CN", "en"] as Locale[]) {
  test(`the desk fits a 360 px phone (${locale})`, async ({ page }) => {
    const login = new DeskLoginPage(page)
    await login.open(locale)
    await expectNoSideways(page, "desk login")
    await login.login(DEMO_COORDINATOR.email, DEMO_COORDINATOR.password, locale)
    await expectNoSideways(page, "desk today")
    for (const [label, path] of [
      ["desk batches", "/desk/history"],
      ["desk month", "/desk/month"],
      ["desk women", "/desk/women"],
      ["desk applications", "/desk/applications"],
      ["desk training", "/desk/training"],
      ["desk questions", "/desk/questions"],
      ["desk notices", "/desk/notices"],
    ]) {
      await page.goto(`/${locale}${path}`)
      await expectNoSideways(page, label)
    }
    // a closed month (the seed closes every month before last) and one of its pay slips
    await page.goto(`/${locale}/desk/month?month=${addMonths(currentMonth(), -2)}`)
    await expectNoSideways(page, "desk closed month")
    await page.goto(`/${locale}${await firstLink(page, "/desk/slip/")}`)
    await expectNoSideways(page, "desk slip")
  })

  test(`/me fits a 360 px phone (${locale})`, async ({ page }) => {
    const login = new MeLoginPage(page)
    await login.open(locale)
    await expectNoSideways(page, "me login")
    await login.login(DEMO_ARTISAN.phone, DEMO_ARTISAN.password, locale)
    await expectNoSideways(page, "me month")
    await page.goto(`/${locale}/me/month/${currentMonth()}`)
    await expectNoSideways(page, "me this month's lines")
    // a closed, paid month (the seed closes every month before last): its page, and its slip
    const period = addMonths(currentMonth(), -2)
    await page.goto(`/${locale}/me/month/${period}`)
    await expectNoSideways(page, "me history")
    await page.goto(`/${locale}/me/month/${period}/slip`)
    await expectNoSideways(page, "me slip")
    await page.goto(`/${locale}/me/settings`)
    await expectNoSideways(page, "me settings")
    await page.goto(`/${locale}/me/notices`)
    await expectNoSideways(page, "me notices")
  })
}
