import fs from "node:fs"
import { expect, test, type Page } from "./support/test"
import { AdminApp } from "./pages/admin-app"
import { stack } from "./support/stack"

/**
 * The programme's admin screens (Workshops → Openings, Applications): the staff post an opening
 * with its work and place, and it is on the shop's /jobs at once; a woman applies; the staff move
 * her application with a note and hire her, the login shown once; a second hire is refused. All
 * in a workshop this spec makes for itself.
 */
const run = Date.now().toString(36)

test.describe.configure({ mode: "serial" })

test.describe("the programme in the admin", () => {
  let page: Page
  let app: AdminApp
  let workshop: { id: string; name_zh: string }
  let pieceType: { id: string; name_zh: string }
  const title = { zh: `绣荷包 ${run}`, en: `Embroidered pouches ${run}` }
  let openingId = ""

  test.beforeAll(async ({ browser }) => {
    fs.mkdirSync("artifacts/screenshots", { recursive: true })
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    app = new AdminApp(page)
    await app.login()
    ;({ workshop } = await app.api("POST", "/admin/workshops", {
      handle: `e2e-jobs-${run}`,
      name_zh: `招募工坊${run}`,
      name_en: `Hiring workshop ${run}`,
      city_zh: "肇庆",
      city_en: "Zhaoqing",
    }))
    ;({ piece_type: pieceType } = await app.api("POST", "/admin/piece-types", {
      workshop_id: workshop.id,
      code: `POUCH-${run}`.toUpperCase(),
      name_zh: "荷包绣片",
      name_en: "Pouch panel",
      kind: "task",
      rate: { effective_from: "2024-01-01", rate_a: 9, rate_b: 6 },
    }))
  })

  test.afterAll(async () => {
    await page.close()
  })

  test("posts an opening with its work and place; the shop lists it at once", async () => {
    await app.open("/workshops/openings")
    await expect(page.getByTestId("openings-page")).toBeVisible()
    await page.getByTestId("opening-new").click()
    const drawer = page.getByTestId("opening-form")
    await app.choose(drawer.getByTestId("opening-workshop"), workshop.name_zh)
    await drawer.locator("#title_zh").fill(title.zh)
    await drawer.locator("#title_en").fill(title.en)
    await drawer.getByTestId(`opening-work-${pieceType.id}`).click()
    await app.choose(drawer.getByTestId("place-select"), /At home/)
    await drawer.locator("#district_zh").fill("怀集县")
    await drawer.locator("#district_en").fill("Huaiji")
    await drawer.locator("#hours_zh").fill("每天下午两小时")
    await drawer.locator("#hours_en").fill("Two hours each afternoon")
    // a wrong number of women is refused beside its field, nothing saved
    await drawer.locator("#positions").fill("0")
    await drawer.getByTestId("opening-save").click()
    await expect(drawer.getByTestId("error-positions")).toBeVisible()
    await drawer.locator("#positions").fill("4")
    await drawer.getByTestId("opening-save").click()
    await expect(drawer).toBeHidden()

    await app.choose(page.getByTestId("openings-workshop"), workshop.name_zh)
    const row = page.getByTestId("opening-row").filter({ hasText: title.zh })
    await expect(row).toHaveAttribute("data-status", "open")
    openingId = (await row.getAttribute("data-opening-id"))!
    await expect(row).toContainText("荷包绣片")
    await app.screenshot("openings")

    // in the shop at once (the backend tells the storefront), in both languages
    const shop = stack().storefrontUrl
    await page.goto(`${shop}/zh-CN/jobs`)
    await expect(page.locator(`[data-testid=opening-card][data-opening-id="${openingId}"]`)).toContainText(title.zh)
    await page.goto(`${shop}/en/jobs/${openingId}`)
    await expect(page.getByTestId("opening-page")).toContainText(title.en)
    await expect(page.getByTestId("opening-work")).toContainText("Pouch panel")
  })

  test("moves an application with a note and hires her once, the login shown once", async () => {
    const { backendUrl, publishableKey } = stack()
    const phone = `137${String(Date.now() % 100_000_000).padStart(8, "0")}`
    const applied = await page.request.post(`${backendUrl}/store/openings/${openingId}/applications`, {
      headers: { "x-publishable-api-key": publishableKey },
      data: { name: `冯秀琴${run.slice(-3)}`, phone, town: "冷坑镇", availability: "下午", consent: true, locale: "zh-CN" },
    })
    expect(applied.status()).toBe(201)
    const applicationId = (await applied.json()).application.id as string

    await app.open("/workshops/applications")
    await expect(page.getByTestId("applications-page")).toBeVisible()
    const row = page.locator(`[data-testid=application-row][data-application-id="${applicationId}"]`)
    await expect(row).toHaveAttribute("data-status", "new")
    // a new application can't be hired before she is contacted or tried
    await expect(row.getByTestId("application-hire")).toHaveCount(0)
    await row.getByTestId("application-move").click()
    const move = page.getByTestId("application-move-form")
    await app.choose(move.getByTestId("status-select"), /Contacted/)
    await move.getByTestId("application-note").fill("已打电话，下周一来工坊")
    await move.getByTestId("application-move-confirm").click()
    await expect(row).toHaveAttribute("data-status", "contacted")
    await row.getByTestId("application-history-toggle").click()
    await expect(page.getByTestId("application-history").first()).toContainText("已打电话，下周一来工坊")

    await row.getByTestId("application-hire").click()
    await page.getByTestId("application-hire-confirm").click()
    await expect(page.getByTestId("shown-once")).toBeVisible()
    await expect(page.getByTestId("shown-once-identifier")).toContainText(phone)
    await expect(page.getByTestId("shown-once-password")).toHaveText(/\d/)
    await app.screenshot("application-hired")
    await page.getByTestId("shown-once-done").click()
    await expect(page.getByTestId("shown-once")).toBeHidden()
    await expect(row).toHaveAttribute("data-status", "hired")
    await expect(row.getByTestId("application-artisan")).toBeVisible()

    // one artisan for her, in the opening's workshop; a second hire is a 409 that makes nothing
    const again = await page.request.post(`${backendUrl}/admin/applications/${applicationId}/hire`, { data: {} })
    expect(again.status()).toBe(409)
    const { artisans } = await app.api("GET", `/admin/artisans?workshop_id=${workshop.id}&limit=50`)
    expect(artisans.filter((a: { phone: string }) => a.phone.endsWith(phone))).toHaveLength(1)
  })
})
