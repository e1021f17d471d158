import path from "node:path"
import { expect, test, type Browser, type Page } from "./support/test"
import { e2eSettings } from "../../scripts/lib/e2e-settings.mjs"
import { AdminApp } from "./pages/admin-app"
import { AdminPeriodsPage } from "./pages/admin-periods-page"
import { ADMIN, PASSWORD, addMonths, lastDayOfMonth, backendUrl, coordinatorApi, createTestWorkshop, login, todayInChina, type TestWorkshop } from "./pages/desk-backend"
import { DeskLoginPage, type Locale } from "./pages/desk-login-page"
import { DeskMonthPage } from "./pages/desk-month-page"
import { DeskTodayPage } from "./pages/desk-today-page"
import { MeHomePage } from "./pages/me-home-page"
import { MeLoginPage } from "./pages/me-login-page"
import { MeMonthPage } from "./pages/me-month-page"
import { MeNoticesPage } from "./pages/me-notices-page"

/**
 * Month end: the seed leaves last month ended but still open (earlier months closed and paid).
 * Work dated in it is still accepted; an administrator closes it in the Medusa admin (Periods
 * screen); the artisan then sees her closed statement, and the desk refuses any more work dated in
 * that month, saying so beside the line.
 *
 * This spec changes shared state (it closes last month for everyone): it is the only one that may.
 */
const SHOTS = path.join(__dirname, "..", "artifacts", "screenshots")
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true })
const PHONE_VIEWPORT = { width: 390, height: 844 }

test.use({ viewport: PHONE_VIEWPORT, locale: "zh-CN" })
test.describe.configure({ mode: "serial" })

let ws: TestWorkshop
let lastMonth: string
let lastMonthLabel: string

test.beforeAll(async ({ request }) => {
  ws = await createTestWorkshop(request, "close", 1)
  lastMonth = addMonths(todayInChina().slice(0, 7), -1)
  const [y, m] = lastMonth.split("-").map(Number)
  lastMonthLabel = `${y}年${m}月`
})

async function newContext(browser: Browser, locale: Locale, viewport = PHONE_VIEWPORT) {
  const context = await browser.newContext({ viewport, locale, baseURL: e2eSettings().storefrontUrl })
  return { context, page: await context.newPage() }
}

test("while last month is still open, the coordinator can record work dated in it", async ({ page, request }) => {
  const admin = await login(request, "user", ADMIN)
  const { periods } = await (await request.get(`${backendUrl()}/admin/periods`, { headers: { authorization: `Bearer ${admin}` } })).json()
  const period = periods.find((p: { month: string }) => p.month === lastMonth)
  expect(period?.status, `the seed leaves ${lastMonth} ended but open; was it closed by another spec?`).toBe("open")

  const [artisan] = ws.artisans
  await new DeskLoginPage(page).login(ws.coordinator.email, PASSWORD)
  const desk = new DeskTodayPage(page)
  await desk.setDate(`${lastMonth}-15`)
  await desk.fillLines([
    { artisan: artisan.id, pieceType: ws.pieceType.id, quantity: 6, grade: "A" },
    { artisan: artisan.id, pieceType: ws.pieceType.id, quantity: 2, grade: "B" },
  ])
  await desk.submit.click()
  await expect(desk.status).toHaveText("已记上：2 行，共 ¥91.00")

  const monthPage = new DeskMonthPage(page)
  await monthPage.open(lastMonth)
  await expect(monthPage.status).toHaveAttribute("data-status", "open")
  await expect(monthPage.checks.getByTestId("check-ended")).toHaveAttribute("data-done", "true")
  await expect(monthPage.checks.getByTestId("check-outbox")).toHaveAttribute("data-done", "true")
  await expect(monthPage.row(artisan.id)).toContainText("¥91.00")
  await shot(page, "desk-month-before-close")
})

test("an administrator closes last month in the admin's Periods screen", async ({ browser }) => {
  const { context, page } = await newContext(browser, "zh-CN", { width: 1280, height: 800 })
  const app = new AdminApp(page)
  await app.login()
  const periods = new AdminPeriodsPage(app)
  await periods.open()
  await expect(periods.row(lastMonth)).toHaveAttribute("data-status", "open")
  await periods.openClosePreview(lastMonth)
  await expect(periods.previewRows.filter({ hasText: ws.artisans[0].display_name })).toHaveCount(1)
  // the demo leaves one woman's question about the month open: closing warns, lists it, needs a reason
  await expect(periods.openQuestions).toHaveCount(1)
  await expect(periods.openQuestions.first()).toContainText("梅姐")
  await expect(periods.preview.getByTestId("close-confirm")).toBeDisabled()
  await periods.confirmCloseWithReason("月底前要发工资：问题下月核对后更正")
  await expect(periods.preview).toBeHidden()
  await expect(periods.row(lastMonth)).toHaveAttribute("data-status", "closed")
  await expect(periods.row(lastMonth).getByTestId("period-close-reason")).toContainText("月底前要发工资")
  await context.close()
})

test("the artisan sees last month's closed statement", async ({ browser }) => {
  const [artisan] = ws.artisans
  const { context, page } = await newContext(browser, "zh-CN")
  await new MeLoginPage(page).login(artisan.phone, PASSWORD)
  const me = new MeHomePage(page)
  const statement = me.statement(lastMonth)
  await expect(statement.status).toHaveAttribute("data-status", "closed")
  await expect(statement.status).toHaveText("已结账")
  await expect(statement.amount).toHaveText("¥91")
  await me.showChart()
  await shot(page, "me-home-closed")

  await statement.link.click()
  const detail = new MeMonthPage(page)
  await expect(detail.net).toHaveText("¥91")
  await expect(detail.statement).toContainText("数字已经定了，等着发钱。")
  await expect(detail.day(`${lastMonth}-15`).lines).toHaveCount(2)
  await shot(page, "me-month-closed")
  await context.close()
})

test("she is told: a new notice on 消息 with what the month pays her; opening it marks it read", async ({ browser }) => {
  const [artisan] = ws.artisans
  const { context, page } = await newContext(browser, "zh-CN")
  await new MeLoginPage(page).login(artisan.phone, PASSWORD)
  const notices = new MeNoticesPage(page)
  await expect(async () => {
    await page.reload()
    await expect(notices.badge).toHaveText("1", { timeout: 1000 })
  }).toPass()
  await shot(page, "me-notices-badge")

  await notices.openFromTab()
  const ready = notices.notice("statement_ready")
  await expect(ready.text).toHaveText(`${Number(lastMonth.slice(5))}月工资单已出`)
  await expect(ready.amount).toHaveText("¥91.00")
  await expect(ready.isNew).toBeVisible()
  // opened: read, the badge goes
  await expect(notices.badge).toHaveCount(0)
  await shot(page, "me-notices")
  await page.reload()
  await expect(notices.notice("statement_ready").isNew).toHaveCount(0)
  await expect(notices.badge).toHaveCount(0)
  await context.close()
})

test("she questions the month: her coordinator is told on the desk, under 消息", async ({ browser, request }) => {
  const [artisan] = ws.artisans
  const token = await login(request, "artisan", { phone: artisan.phone, password: PASSWORD })
  const asked = await request.post(`${backendUrl()}/artisan/questions`, {
    data: { period: lastMonth, reason: "missing_work", note: "还有两把扇子" },
    headers: { authorization: `Bearer ${token}`, "idempotency-key": `e2e-notice-question-${ws.suffix}` },
  })
  expect(asked.status()).toBe(201)

  const { context, page } = await newContext(browser, "zh-CN")
  await new DeskLoginPage(page).login(ws.coordinator.email, PASSWORD)
  const link = page.getByTestId("notices-link")
  await expect(async () => {
    await page.reload()
    await expect(link.getByTestId("notices-badge")).toHaveText("1", { timeout: 1000 })
  }).toPass()
  await link.click()
  const notice = page.locator("[data-testid=notice][data-kind=question_opened]")
  await expect(notice.getByTestId("notice-text")).toHaveText(`${artisan.display_name}问了${Number(lastMonth.slice(5))}月的工资单`)
  await expect(link.getByTestId("notices-badge")).toHaveCount(0)
  await shot(page, "desk-notices")
  await context.close()
})

test("work dated in the closed month is refused on the desk, with the reason beside the line", async ({ page, request }) => {
  const [artisan] = ws.artisans
  const api = await coordinatorApi(request, ws.coordinator.email)
  const before = await api.entries({ from: `${lastMonth}-01`, to: lastDayOfMonth(lastMonth) })
  expect(before).toHaveLength(2)

  await new DeskLoginPage(page).login(ws.coordinator.email, PASSWORD)
  const desk = new DeskTodayPage(page)
  await desk.setDate(`${lastMonth}-20`)
  await desk.fillLines([{ artisan: artisan.id, pieceType: ws.pieceType.id, quantity: 3, grade: "A" }])
  await desk.submit.click()

  await expect(desk.refusedBatches).toHaveCount(1)
  const line = desk.refusedBatches.getByTestId("batch-line").first()
  await expect(line.getByTestId("line-error")).toHaveText(`${lastMonthLabel}已经结账，不能再记这个月的工。`)
  await expect(line.locator("[data-code]")).toHaveAttribute("data-code", "period_closed")
  await shot(page, "desk-today-closed-month")
  expect(await api.entries({ from: `${lastMonth}-01`, to: lastDayOfMonth(lastMonth) })).toHaveLength(2)

  // "Fix" puts the line back in the form with the reason beside it; moved to today, it goes through.
  await desk.refusedBatches.getByTestId("fix-batch").click()
  await expect(desk.refusedBatches).toHaveCount(0)
  await expect(desk.line(0).errors).toHaveText(`${lastMonthLabel}已经结账，不能再记这个月的工。`)
  await desk.setDate(todayInChina())
  await expect(desk.line(0).errors).toHaveCount(0)
  await desk.submit.click()
  await expect(desk.status).toHaveText("已记上：1 行，共 ¥37.50")
  expect(await api.entries({ from: `${lastMonth}-01`, to: lastDayOfMonth(lastMonth) })).toHaveLength(2)
  expect(await api.entries({ date: todayInChina() })).toHaveLength(1)

  const monthPage = new DeskMonthPage(page)
  await monthPage.open(lastMonth)
  await expect(monthPage.status).toHaveAttribute("data-status", "closed")
  await expect(monthPage.row(artisan.id)).toContainText("¥91.00")
  await shot(page, "desk-month-closed")
})

test.describe("in English", () => {
  test.use({ locale: "en" })

  test("the refusal is said in English", async ({ page }) => {
    const [artisan] = ws.artisans
    await new DeskLoginPage(page).login(ws.coordinator.email, PASSWORD, "en")
    const desk = new DeskTodayPage(page)
    await desk.setDate(`${lastMonth}-21`)
    await desk.fillLines([{ artisan: artisan.id, pieceType: ws.pieceType.id, quantity: 1, grade: "A" }])
    await desk.submit.click()
    const monthName = new Intl.DateTimeFormat("en", { year: "numeric", month: "long", timeZone: "UTC" }).format(new Date(`${lastMonth}-01T00:00:00Z`))
    await expect(desk.refusedBatches.getByTestId("line-error")).toHaveText(`${monthName} is closed: no more work can be recorded for it.`)
    await shot(page, "desk-today-closed-month-en")
    await desk.refusedBatches.getByTestId("discard-batch").click()
    await expect(desk.refusedBatches).toHaveCount(0)
  })
})
