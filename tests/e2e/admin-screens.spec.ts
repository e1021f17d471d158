import fs from "node:fs"
import { expect, test, type Page } from "@playwright/test"
import { AdminApp } from "./pages/admin-app"
import { AdminArtisansPage } from "./pages/admin-artisans-page"
import { AdminLandingPage } from "./pages/admin-landing-page"
import { AdminPeriodsPage } from "./pages/admin-periods-page"
import { AdminProductPage } from "./pages/admin-product-page"
import { AdminRatesPage } from "./pages/admin-rates-page"
import { AdminWorkshopsPage } from "./pages/admin-workshops-page"

/** Dates and months in China, as the backend counts them. */
const chinaDate = (days = 0) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date(Date.now() + days * 86_400_000))
const addMonths = (month: string, n: number) => {
  const [y, m] = month.split("-").map(Number)
  const i = y * 12 + m - 1 + n
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`
}
const THIS_MONTH = chinaDate().slice(0, 7)
const LAST_MONTH = addMonths(THIS_MONTH, -1)

const SEEDED_WORKSHOPS = [
  "dinghu-handicraft", "duanzhou-gold", "gaoyao-gold", "guangning-handicraft", "huaiji-handicraft", "jinxiu-base", "sihui-gold",
]

/** CSV lines without the BOM and the final line break. */
const csvLines = (text: string) => text.replace(/^\uFEFF/, "").split("\r\n").filter((line) => line.length > 0)

/** "1234567.5" → "¥1,234,567.50", as the admin shows money. */
const yuan = (amount: string) => {
  const [whole, fraction = ""] = amount.split(".")
  return `¥${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${fraction.padEnd(2, "0")}`
}

const run = Date.now().toString(36)

test.describe.configure({ mode: "serial" })

test.describe("the programme staff's admin screens", () => {
  let page: Page
  let app: AdminApp
  const workshop = {
    handle: `e2e-${run}`,
    name_zh: `测试工坊${run}`,
    name_en: `Test workshop ${run}`,
    city_zh: "肇庆",
    city_en: "Zhaoqing",
    story_zh: "端砚之乡的新工坊。",
    story_en: "A new workshop in the home of Duan inkstones.",
  }

  test.beforeAll(async ({ browser }) => {
    fs.mkdirSync("artifacts/screenshots", { recursive: true })
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    app = new AdminApp(page)
    await app.login()
  })

  test.afterAll(async () => {
    await page.close()
  })

  test("creates a workshop with both languages", async () => {
    const workshops = new AdminWorkshopsPage(app)
    await workshops.open()
    await expect(workshops.rows.first()).toBeVisible()
    const before = await workshops.rows.count()
    expect(before).toBeGreaterThanOrEqual(SEEDED_WORKSHOPS.length)

    // the form checks before sending: a bad handle is named next to its field
    await workshops.create({ ...workshop, handle: "Not A Handle" })
    await expect(workshops.form.getByTestId("error-handle")).toBeVisible()
    await expect(workshops.rows).toHaveCount(before)
    await workshops.form.locator("#handle").fill(workshop.handle)
    await workshops.form.getByTestId("workshop-save").click()

    await expect(workshops.form).toBeHidden()
    const row = workshops.row(workshop.handle)
    await expect(row).toContainText(workshop.name_zh)
    await expect(row).toContainText(workshop.name_en)
    await expect(workshops.rows).toHaveCount(before + 1)
    const stored = await app.api("GET", `/admin/workshops?handle=${workshop.handle}`)
    expect(stored.workshops[0]).toMatchObject({ story_zh: workshop.story_zh, story_en: workshop.story_en, is_active: true })
    await app.screenshot("workshops")
  })

  test("registers an artisan with her phone login, shown once, and finds her in the filtered list", async () => {
    const artisans = new AdminArtisansPage(app)
    await artisans.open()
    const phone = `1391${String(Date.now() % 10_000_000).padStart(7, "0")}`
    const artisan = { workshop: workshop.name_zh, display_name: `阿秀${run}`, legal_name: `黄秀${run}`, phone: "12345" }

    await artisans.startRegistering(artisan)
    await artisans.save()
    await expect(artisans.fieldError("phone")).toBeVisible()
    await artisans.form.locator("#phone").fill(phone)
    const password = await artisans.form.locator("#password").inputValue()
    expect(password.length).toBeGreaterThanOrEqual(8)
    await artisans.save()

    await expect(artisans.shownOnce).toBeVisible()
    await expect(artisans.shownOnce.getByTestId("shown-once-identifier")).toHaveText(`+86${phone}`)
    await expect(artisans.shownOnce.getByTestId("shown-once-password")).toHaveText(password)
    await app.screenshot("artisans-login-shown-once")
    await artisans.shownOnce.getByTestId("shown-once-done").click()
    await expect(artisans.shownOnce).toBeHidden()

    // she can log in with what was handed to her
    const login = await page.request.post(`${app.backendUrl}/auth/artisan/phone`, { data: { phone, password } })
    expect(login.status()).toBe(200)

    await artisans.filter({ workshop: workshop.name_zh, status: "active" })
    await expect(artisans.names).toHaveText([artisan.display_name])
    await artisans.filter({ status: "paused" })
    await expect(artisans.rows).toHaveCount(0)
    await artisans.filter({ status: "active" })
    await expect(artisans.names).toHaveText([artisan.display_name])
    await app.screenshot("artisans")
  })

  test("adds a future rate: it is scheduled while the current one stays in force", async () => {
    const [first] = (await app.api("GET", "/admin/workshops?handle=dinghu-handicraft")).workshops
    const { piece_types } = await app.api("GET", `/admin/piece-types?workshop_id=${first.id}&order=code`)
    const pieceType = piece_types.find((p: any) => p.current_rate)
    expect(pieceType).toBeTruthy()

    const rates = new AdminRatesPage(app)
    await rates.open()
    await rates.chooseWorkshop(first.name_zh)
    await rates.pieceType(pieceType.code).click()
    await expect(rates.rowsInState("in_force")).toHaveCount(1)
    await expect(rates.rowsInState("in_force")).toHaveAttribute("data-from", pieceType.current_rate.effective_from)

    // grade B may not pay more than grade A: refused before sending
    const from = chinaDate(40)
    await rates.addRate({ effective_from: from, rate_a: "10", rate_b: "12" })
    await expect(rates.timeline.getByTestId("error-rate_b")).toBeVisible()
    await expect(rates.rate(from)).toHaveCount(0)

    await rates.addRate({ effective_from: from, rate_a: "18.50", rate_b: "12" })
    await expect(rates.rate(from)).toHaveAttribute("data-state", "scheduled")
    await expect(rates.rate(from)).toContainText("¥18.50")
    await expect(rates.rowsInState("in_force")).toHaveCount(1)
    await expect(rates.rowsInState("in_force")).toHaveAttribute("data-from", pieceType.current_rate.effective_from)
    await app.screenshot("rates")
  })

  test("closes an ended month after previewing its totals, marks it paid, and exports its statements", async () => {
    // an ended month that is still open: money posted into a month before the demo history
    const month = addMonths(THIS_MONTH, -12)
    const { artisans } = await app.api("GET", "/admin/artisans?limit=1&status=active&order=display_name")
    const artisan = artisans[0]
    await app.api("POST", "/admin/adjustments", { artisan_id: artisan.id, kind: "bonus", amount: 88.8, reason: "E2E 年终奖 / year-end bonus", period: month })

    const periods = new AdminPeriodsPage(app)
    await periods.open()
    await expect(periods.row(month)).toHaveAttribute("data-status", "open")
    // the current month can't be closed before it ends
    if (await periods.row(THIS_MONTH).count()) await expect(periods.row(THIS_MONTH).getByTestId("period-close")).toHaveCount(0)

    await periods.openClosePreview(month)
    await expect(periods.previewRows).toHaveCount(1)
    await expect(periods.previewRows.first()).toContainText(artisan.display_name)
    await expect(periods.preview.getByTestId("preview-total")).toHaveText("¥88.80")
    await app.screenshot("periods-close-preview")
    await periods.confirmClose()
    await expect(periods.preview).toBeHidden()
    await expect(periods.row(month)).toHaveAttribute("data-status", "closed")

    const reference = `E2E-PAY-${run}`
    await periods.markPaid(month, reference)
    await expect(periods.row(month)).toHaveAttribute("data-status", "paid")
    await expect(periods.row(month)).toContainText(reference)
    await app.screenshot("periods")

    await periods.openStatements(month)
    await expect(periods.statementRows).toHaveCount(1)
    const { download, text } = await periods.exportCsv()
    expect(download.suggestedFilename()).toBe(`jinxiu-statements-${month}.csv`)
    const lines = csvLines(text)
    expect(lines[0]).toMatch(/^period,workshop_handle,workshop_name,artisan_id,display_name/)
    expect(lines).toHaveLength(2)
    expect(lines[1]).toContain(`"${artisan.id}"`)
    expect(lines[1]).toContain(`"${artisan.display_name}"`)
    expect(lines[1]).toContain(`"88.80"`)
    expect(lines[1]).toContain(`"${reference}"`)
  })

  test("exports a seeded month's statements: one CSV row per statement shown", async () => {
    const periods = new AdminPeriodsPage(app)
    await periods.open()
    await expect(periods.row(LAST_MONTH)).toHaveAttribute("data-status", /closed|paid/)
    await periods.openStatements(LAST_MONTH)
    const { statements } = await app.api("GET", `/admin/periods/${LAST_MONTH}/statements`)
    expect(statements.length).toBeGreaterThan(0)
    await expect(periods.statementRows).toHaveCount(statements.length)
    await app.screenshot("statements")
    const { text } = await periods.exportCsv()
    const lines = csvLines(text)
    expect(lines).toHaveLength(statements.length + 1)
    for (const s of statements) {
      expect(lines.some((line) => line.includes(`"${s.artisan_id}"`) && line.includes(`"${s.net_total}"`))).toBe(true)
    }
  })

  test("the Makers widget on a product changes a maker's weight", async () => {
    const { products } = await app.api("GET", "/admin/products?handle=peony-round-fan&fields=id")
    const productId = products[0].id
    const before = await app.api("GET", `/admin/products/${productId}/makers`)
    expect(before.makers.length).toBeGreaterThanOrEqual(2)

    const product = new AdminProductPage(app)
    await product.open(productId)
    await expect(product.makers).toHaveCount(before.makers.length)
    const newWeight = before.makers[0].weight + 1
    await product.setWeight(0, String(newWeight))

    const weights = before.makers.map((m: any, i: number) => (i === 0 ? newWeight : m.weight))
    const total = weights.reduce((a: number, b: number) => a + b, 0)
    const expected = weights.map((w: number) => `${Math.round((before.share_percent * w * 100) / total) / 100}%`)
    await expect(product.weights).toHaveText(weights.map(String))
    await expect(product.percents).toHaveText(expected)
    const after = await app.api("GET", `/admin/products/${productId}/makers`)
    expect(after.makers.map((m: any) => m.weight)).toEqual(weights)
    await product.widget.scrollIntoViewIfNeeded()
    await app.screenshot("product-makers")
  })

  test("the landing page shows this month's output and earnings of the seven workshops", async () => {
    const landing = new AdminLandingPage(app)
    await landing.open()
    const handles = await landing.handles()
    for (const handle of SEEDED_WORKSHOPS) expect(handles).toContain(handle)
    const summary = await app.api("GET", "/admin/workshop-summary")
    expect(summary.month).toBe(THIS_MONTH)
    await expect(landing.rows).toHaveCount(summary.workshops.length)
    // the seeded month so far has work recorded: the totals row shows the programme's earnings
    await expect(landing.total).toContainText(yuan(summary.totals.net))
    await expect(landing.total).toContainText(yuan(summary.totals.piecework))
    await app.screenshot("landing")
  })

  test("the screens follow the admin's language: Chinese", async () => {
    await page.evaluate(() => window.localStorage.setItem("lng", "zhCN"))
    const landing = new AdminLandingPage(app)
    await landing.open()
    await expect(landing.widget).toContainText("本月各工坊产量与收入")
    await app.screenshot("landing-zh-CN")
    const periods = new AdminPeriodsPage(app)
    await periods.open()
    await expect(page.getByTestId("periods-page")).toContainText("结算月份")
    await app.screenshot("periods-zh-CN")
    await page.evaluate(() => window.localStorage.setItem("lng", "en"))
  })
})
