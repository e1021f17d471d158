import path from "node:path"
import { expect, test, type Browser, type Page, type Request } from "./support/test"
import {
  PASSWORD,
  backendUrl,
  coordinatorApi,
  createEmptyWorkshop,
  createTestWorkshop,
  login,
  moveArtisan,
  todayInChina,
  type TestWorkshop,
} from "./pages/desk-backend"
import { e2eSettings } from "../../scripts/lib/e2e-settings.mjs"
import { DeskHistoryPage } from "./pages/desk-history-page"
import { DeskLoginPage, type Locale } from "./pages/desk-login-page"
import { DeskMonthPage } from "./pages/desk-month-page"
import { DeskTodayPage } from "./pages/desk-today-page"
import { MeHomePage } from "./pages/me-home-page"
import { MeLoginPage } from "./pages/me-login-page"
import { MeMonthPage } from "./pages/me-month-page"
import { MeSettingsPage } from "./pages/me-settings-page"

/**
 * The coordinators' desk and the craftswomen's income pages, on a phone (390 x 844), against a
 * workshop this spec creates for itself through the admin API (its own coordinator, three
 * artisans and a piece type paying A ¥12.50 / B ¥8.00), so nothing here depends on the demo data
 * or on other specs.
 */
const SHOTS = path.join(__dirname, "..", "artifacts", "screenshots")
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true })
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
const PHONE_VIEWPORT = { width: 390, height: 844 }

test.use({ viewport: PHONE_VIEWPORT, locale: "zh-CN" })
test.describe.configure({ mode: "serial" })

let ws: TestWorkshop
let today: string
let month: string

test.beforeAll(async ({ request }) => {
  ws = await createTestWorkshop(request, "desk", 3)
  today = todayInChina()
  month = today.slice(0, 7)
})

async function newPhone(browser: Browser, locale: Locale = "zh-CN") {
  const context = await browser.newContext({
    viewport: PHONE_VIEWPORT,
    locale,
    baseURL: e2eSettings().storefrontUrl,
  })
  return { context, page: await context.newPage() }
}

/** Requests the desk's outbox makes, with their Idempotency-Key. */
function watchBatches(page: Page) {
  const sent: { key: string | null; request: Request }[] = []
  page.on("request", (request) => {
    if (request.url().endsWith("/api/desk/work-entries") && request.method() === "POST") {
      sent.push({ key: request.headers()["idempotency-key"] ?? null, request })
    }
  })
  return sent
}

test("a coordinator records a batch; the artisan sees those entries and her new total", async ({ page, browser, request }) => {
  const [a, b] = ws.artisans
  const login = new DeskLoginPage(page)
  await login.open()
  await shot(page, "desk-login")
  await login.login(ws.coordinator.email, PASSWORD)
  const desk = new DeskTodayPage(page)
  await expect(page.getByTestId("section-subtitle")).toContainText(ws.workshop.name_zh)
  // Her workshop's artisans, and only them.
  await expect(desk.line(0).artisan.locator("option:not([value=''])")).toHaveCount(3)
  await shot(page, "desk-today")

  await desk.fillLines([
    { artisan: a.id, pieceType: ws.pieceType.id, quantity: 4, grade: "A" },
    { artisan: a.id, pieceType: ws.pieceType.id, quantity: 2, grade: "B" },
    { artisan: b.id, pieceType: ws.pieceType.id, quantity: 3, grade: "R" },
    // -3: a number below 1 says "at least 1", not "whole number"
    { artisan: b.id, pieceType: ws.pieceType.id, quantity: -3, grade: "A" },
  ])
  await expect(desk.line(0).expected).toHaveText("¥50.00")
  await expect(desk.line(1).expected).toHaveText("¥16.00")
  // a quantity typed on a Chinese keyboard (full-width digits) is a quantity
  await desk.line(2).quantity.fill("３")
  await expect(desk.line(0).pieceType.locator("option:checked")).toHaveText("测试绣片 · A ¥12.50 / B ¥8")

  // A bad quantity is caught beside its line and nothing is sent.
  const sent = watchBatches(page)
  await desk.submit.click()
  await expect(desk.line(3).errors).toHaveText("数量至少 1 件。")
  await expect(desk.line(3).errors.locator("[data-code]")).toHaveAttribute("data-code", "invalid_too_small")
  await expect(desk.line(0).errors).toHaveCount(0)
  await shot(page, "desk-today-line-error")
  expect(sent).toHaveLength(0)

  await desk.line(3).root.getByRole("button", { name: "删除第 4 行" }).click()
  await desk.submit.click()
  await expect(desk.status).toHaveText("已记上：3 行，共 ¥66.00")
  expect(sent).toHaveLength(1)
  expect(sent[0].key).toMatch(UUID)
  expect(sent[0].request.postDataJSON()).toEqual({
    lines: [
      { artisan_id: a.id, piece_type_id: ws.pieceType.id, quantity: 4, grade: "A", work_date: today },
      { artisan_id: a.id, piece_type_id: ws.pieceType.id, quantity: 2, grade: "B", work_date: today },
      { artisan_id: b.id, piece_type_id: ws.pieceType.id, quantity: 3, grade: "R", work_date: today },
    ],
  })
  // The day's totals per artisan, in yuan.
  await expect(desk.totalRow(a.id).pieces).toHaveText("4/2/0")
  await expect(desk.totalRow(a.id).amount).toHaveText("¥66.00")
  await expect(desk.totalRow(b.id).pieces).toHaveText("0/0/3")
  await expect(desk.totalRow(b.id).amount).toHaveText("¥0.00")
  await expect(desk.grandTotal).toHaveText("¥66.00")
  await expect(desk.outbox).toHaveAttribute("data-waiting", "0")
  // The session token never reaches the page (HTML, RSC payload, scripts).
  expect(await page.content()).not.toContain("eyJhbGciOi")
  await shot(page, "desk-today-confirmed")

  const api = await coordinatorApi(request, ws.coordinator.email)
  const entries = await api.entries({ date: today })
  expect(entries).toHaveLength(3)
  expect(new Set(entries.map((e) => e.batch_id)).size).toBe(1)

  // The artisan, on her own phone.
  const phone = await newPhone(browser)
  const meLogin = new MeLoginPage(phone.page)
  await meLogin.open()
  await shot(phone.page, "me-login")
  await meLogin.fill(a.phone, "wrong-password")
  await expect(meLogin.error).toHaveText("手机号或密码不对，请再试一次。")
  await shot(phone.page, "me-login-error")
  await meLogin.login(a.phone, PASSWORD)
  const me = new MeHomePage(phone.page)
  await expect(me.subtitle).toContainText(a.display_name)
  await expect(me.soFar).toHaveText("¥66")
  await expect(me.part("piecework")).toHaveText("¥66")
  await expect(me.part("bonus")).toHaveText("¥0")
  await expect(me.statement(month).amount).toHaveText("¥66")
  await expect(me.statement(month).status).toHaveAttribute("data-status", "open")
  await me.showChart()
  // One bar: this month is the only one of her 12 with money.
  await expect(me.chart.locator(".recharts-bar-rectangle")).toHaveCount(1)
  await shot(phone.page, "me-home")

  await me.statement(month).link.click()
  const detail = new MeMonthPage(phone.page)
  await expect(detail.net).toHaveText("¥66")
  const day = detail.day(today)
  await expect(day.total).toHaveText("¥66.00")
  await expect(day.lines).toHaveCount(2)
  await expect(day.lines.nth(0)).toContainText("测试绣片")
  await expect(day.lines.nth(0).getByTestId("line-detail")).toHaveText("4 件 · A级 · 每件 ¥12.50")
  await expect(day.lines.nth(0).getByTestId("line-amount")).toHaveText("¥50.00")
  await expect(day.lines.nth(1).getByTestId("line-detail")).toHaveText("2 件 · B级 · 每件 ¥8.00")
  await expect(day.lines.nth(1).getByTestId("line-amount")).toHaveText("¥16.00")
  await shot(phone.page, "me-month")
  await phone.context.close()
})

test("offline, the batch waits on the phone and arrives exactly once when the connection returns", async ({ page, context, request }) => {
  const [a, b] = ws.artisans
  const api = await coordinatorApi(request, ws.coordinator.email)
  const before = (await api.entries({ date: today })).length
  await new DeskLoginPage(page).login(ws.coordinator.email, PASSWORD)
  const desk = new DeskTodayPage(page)
  const sent = watchBatches(page)

  await desk.fillLines([
    { artisan: b.id, pieceType: ws.pieceType.id, quantity: 5, grade: "A" },
    { artisan: a.id, pieceType: ws.pieceType.id, quantity: 1, grade: "B" },
  ])
  await context.setOffline(true)
  await desk.submit.click()
  await expect(desk.outbox).toHaveAttribute("data-online", "false")
  await expect(desk.outbox).toHaveAttribute("data-waiting", "1")
  await expect(desk.waitingBatches).toHaveCount(1)
  await expect(desk.waitingBatches.getByTestId("batch-line")).toHaveCount(2)
  await expect(desk.status).toHaveText("连不上服务器：这批已存在手机上，联网后会自动发送。")
  // The batch is kept in the browser before anything reached the server.
  const stored = await page.evaluate((id) => JSON.parse(localStorage.getItem(`jinxiu.desk.outbox.${id}`) ?? "[]"), ws.coordinator.id)
  expect(stored).toHaveLength(1)
  expect(stored[0].key).toMatch(UUID)
  await shot(page, "desk-today-offline")
  expect((await api.entries({ date: today })).length).toBe(before)

  await context.setOffline(false)
  await expect(desk.outbox).toHaveAttribute("data-waiting", "0")
  await expect(desk.status).toHaveText("已记上：2 行，共 ¥70.50")
  await expect(desk.totalRow(b.id).amount).toHaveText("¥62.50")
  const after = await api.entries({ date: today })
  expect(after.length).toBe(before + 2)
  // Every attempt carried the key the batch was composed with.
  expect(sent.length).toBeGreaterThanOrEqual(2)
  expect(new Set(sent.map((s) => s.key))).toEqual(new Set([stored[0].key]))
  expect(await page.evaluate((id) => localStorage.getItem(`jinxiu.desk.outbox.${id}`), ws.coordinator.id)).toBeNull()
})

test("an answer lost on the way back: the retry with the same key is replayed, not counted twice", async ({ page, request }) => {
  const [a] = ws.artisans
  const api = await coordinatorApi(request, ws.coordinator.email)
  const before = await api.entries({ date: today })
  await new DeskLoginPage(page).login(ws.coordinator.email, PASSWORD)
  const desk = new DeskTodayPage(page)
  const sent = watchBatches(page)
  const replayed: string[] = []
  page.on("response", (response) => {
    if (response.url().endsWith("/api/desk/work-entries")) replayed.push(response.headers()["idempotent-replayed"] ?? "no")
  })
  // The first request reaches the server and is recorded, but its answer never comes back.
  let dropped = false
  await page.route("**/api/desk/work-entries", async (route) => {
    if (!dropped) {
      dropped = true
      const reached = await route.fetch()
      expect(reached.status()).toBe(201)
      await route.abort("connectionreset")
      return
    }
    await route.continue()
  })

  await desk.fillLines([{ artisan: a.id, pieceType: ws.pieceType.id, quantity: 7, grade: "A" }])
  await desk.submit.click()
  await expect(desk.status).toHaveText("已记上：1 行，共 ¥87.50", { timeout: 20_000 })
  expect(sent.length).toBe(2)
  expect(sent[0].key).toBe(sent[1].key)
  expect(replayed).toEqual(["true"])
  const after = await api.entries({ date: today })
  expect(after.length).toBe(before.length + 1)
  expect(after.filter((e) => e.quantity === 7 && e.artisan_id === a.id)).toHaveLength(1)
})

test("the server refuses a line: the reason shows beside it, and she can't see another workshop's artisans", async ({ page, context, request }) => {
  const c = ws.artisans[2]
  await new DeskLoginPage(page).login(ws.coordinator.email, PASSWORD)
  const desk = new DeskTodayPage(page)
  await desk.fillLines([{ artisan: c.id, pieceType: ws.pieceType.id, quantity: 2, grade: "A" }])
  await context.setOffline(true)
  await desk.submit.click()
  await expect(desk.waitingBatches).toHaveCount(1)
  // While the batch waits, the programme staff move her to another workshop.
  const elsewhere = await createEmptyWorkshop(request, "elsewhere")
  await moveArtisan(request, c.id, elsewhere.id)
  await context.setOffline(false)

  await expect(desk.refusedBatches).toHaveCount(1)
  await expect(desk.outbox).toHaveAttribute("data-refused", "1")
  const line = desk.refusedBatches.getByTestId("batch-line").first()
  await expect(line).toContainText(c.display_name)
  await expect(line.getByTestId("line-error")).toHaveText("这位绣娘不在你的工坊。")
  await expect(line.locator("[data-code]")).toHaveAttribute("data-code", "artisan_not_found")
  await shot(page, "desk-today-refused")
  // Kept until she decides; not sent again.
  await page.reload()
  await expect(desk.refusedBatches).toHaveCount(1)
  await desk.refusedBatches.getByTestId("discard-batch").click()
  await expect(desk.refusedBatches).toHaveCount(0)

  // She no longer sees her, in the desk or through the API.
  await expect(desk.line(0).artisan.locator(`option[value="${c.id}"]`)).toHaveCount(0)
  const api = await coordinatorApi(request, ws.coordinator.email)
  const list = await (await api.get("/coordinator/artisans")).json()
  expect(list.artisans.map((x: { id: string }) => x.id).sort()).toEqual([ws.artisans[0].id, ws.artisans[1].id].sort())
  expect((await api.get(`/coordinator/artisans/${c.id}`)).status()).toBe(404)
  const demo = await (await api.get(`/coordinator/work-entries?artisan_id=${c.id}`)).json()
  expect(demo.work_entries).toEqual([])
  // The desk's own endpoint refuses it the same way.
  const direct = await page.request.post("/api/desk/work-entries", {
    headers: { "idempotency-key": `e2e-${Date.now()}-direct` },
    data: { lines: [{ artisan_id: c.id, piece_type_id: ws.pieceType.id, quantity: 1, grade: "A", work_date: today }] },
  })
  expect(direct.status()).toBe(404)
  expect((await direct.json()).errors[0]).toMatchObject({ index: 0, field: "artisan_id", code: "artisan_not_found" })
})

test("history by day and by artisan; a reversal stays visible with its reason; the month view", async ({ page, request }) => {
  const [a, b] = ws.artisans
  await new DeskLoginPage(page).login(ws.coordinator.email, PASSWORD)
  const history = new DeskHistoryPage(page)
  await history.openDay(today)
  await expect(history.entries).toHaveCount((await (await coordinatorApi(request, ws.coordinator.email)).entries({ date: today })).length)
  await shot(page, "desk-history-day")

  const api = await coordinatorApi(request, ws.coordinator.email)
  const target = (await api.entries({ date: today })).find((e) => e.artisan_id === a.id && e.quantity === 2 && e.grade === "B")!
  await history.reverse(target.id, "数错了，重记")
  const reversed = history.entry(target.id)
  await expect(reversed.getByTestId("reversed-badge")).toHaveText("已冲销：数错了，重记")
  await shot(page, "desk-history-reverse")
  expect((await api.entries({ date: today })).find((e) => e.id === target.id)?.reversed_at).toBeTruthy()

  // Artisan A's day: 4xA (50) + 1xB (8) + 7xA (87.50); the reversed 2xB (16) no longer counts.
  await history.openArtisan(a.id, month)
  await expect(history.total).toHaveText("¥145.50")
  await expect(history.entry(target.id)).toHaveAttribute("data-reversed", "true")
  await shot(page, "desk-history-artisan")

  const monthPage = new DeskMonthPage(page)
  await monthPage.open(month)
  await expect(monthPage.status).toHaveAttribute("data-status", "open")
  await expect(monthPage.row(a.id)).toContainText("¥145.50")
  await expect(monthPage.row(b.id)).toContainText("¥62.50")
  await expect(monthPage.total).toHaveText("¥208.00")
  await expect(monthPage.checks.getByTestId("check-outbox")).toHaveAttribute("data-done", "true")
  await shot(page, "desk-month")
})

test("an artisan sees only her own data, by any URL or API call", async ({ browser, request }) => {
  const [a, b] = ws.artisans
  const phone = await newPhone(browser)
  await new MeLoginPage(phone.page).login(a.phone, PASSWORD)
  const me = new MeHomePage(phone.page)
  const ownTotal = await me.soFar.textContent()

  // Another artisan's id in the URL changes nothing: still her own page.
  for (const query of [`?artisan_id=${b.id}`, `?id=${b.id}`, `?artisan=${b.id}`]) {
    await me.open("zh-CN", query)
    await expect(me.subtitle).toContainText(a.display_name)
    await expect(me.subtitle).not.toContainText(b.display_name)
    await expect(me.soFar).toHaveText(ownTotal!)
  }
  const detail = new MeMonthPage(phone.page)
  await detail.open(month, "zh-CN", `?artisan_id=${b.id}`)
  await expect(detail.net).toHaveText(ownTotal!)
  expect((await phone.page.goto(`/zh-CN/me/artisans/${b.id}`))?.status()).toBe(404)
  expect((await phone.page.goto(`/zh-CN/me/month/${b.id}`))?.status()).toBe(404)

  // Her login is kept in an httpOnly cookie, out of the page's reach.
  const cookies = await phone.context.cookies()
  const session = cookies.find((c) => c.name === "jinxiu_me_session")
  expect(session?.httpOnly).toBe(true)
  expect(await phone.page.evaluate(() => document.cookie)).not.toContain("jinxiu_me_session")
  expect(await phone.page.content()).not.toContain(session!.value)

  // With her token, the backend gives nothing of B's.
  const token = await login(request, "artisan", { phone: a.phone, password: PASSWORD })
  const headers = { authorization: `Bearer ${token}` }
  const own = await (await request.get(`${backendUrl()}/artisan/me?id=${b.id}`, { headers })).json().catch(() => null)
  if (own?.artisan) expect(own.artisan.id).toBe(a.id)
  expect((await request.get(`${backendUrl()}/artisan/earnings?artisan_id=${b.id}`, { headers })).status()).toBe(400)
  expect((await request.get(`${backendUrl()}/coordinator/artisans/${b.id}`, { headers })).status()).toBe(401)
  expect((await request.get(`${backendUrl()}/coordinator/work-entries?artisan_id=${b.id}`, { headers })).status()).toBe(401)
  expect((await request.get(`${backendUrl()}/admin/artisans/${b.id}`, { headers })).status()).toBe(401)
  // Her month is her own: 4 piecework lines and one reversal, ¥145.50 (B's is ¥62.50).
  const ownMonth = await (await request.get(`${backendUrl()}/artisan/earnings/${month}`, { headers })).json()
  expect(ownMonth.entries).toHaveLength(5)
  expect(ownMonth.totals.net).toBe("145.50")

  // Her session opens neither the desk nor the desk's endpoint.
  await phone.page.goto("/zh-CN/desk")
  await expect(phone.page).toHaveURL(/\/zh-CN\/desk\/login$/)
  const post = await phone.page.request.post("/api/desk/work-entries", {
    headers: { "idempotency-key": `e2e-${Date.now()}-artisan` },
    data: { lines: [{ artisan_id: b.id, piece_type_id: ws.pieceType.id, quantity: 1, grade: "A", work_date: today }] },
  })
  expect(post.status()).toBe(401)
  await phone.context.close()
})

test("she sets her goal, and a wrong current password gets a clear answer", async ({ browser }) => {
  const b = ws.artisans[1]
  const phone = await newPhone(browser)
  await new MeLoginPage(phone.page).login(b.phone, PASSWORD)
  const settings = new MeSettingsPage(phone.page)
  await settings.open()
  await settings.setGoal("500")
  await expect(settings.goalMessage).toHaveText("目标已保存。")
  const me = new MeHomePage(phone.page)
  await me.open()
  // ¥62.50 of ¥500: 12 %.
  await expect(me.goal.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "12")
  await expect(me.goalNote).toHaveText("离目标还差 ¥437.50")
  await me.showChart()
  await shot(phone.page, "me-home-goal")

  await settings.open()
  await settings.changePassword("not-my-password", "new-password-1")
  await expect(settings.passwordMessage).toHaveText("现在的密码不对。")
  await expect(settings.currentPassword).toHaveAttribute("aria-invalid", "true")
  await shot(phone.page, "me-settings-wrong-password")
  await settings.changePassword(PASSWORD, "new-password-1", "new-password-2")
  await expect(settings.passwordMessage).toHaveText("两次输入的新密码不一样。")
  await settings.changePassword(PASSWORD, "new-password-1")
  await expect(settings.passwordMessage).toHaveText("密码已改好，下次用新密码登录。")
  await shot(phone.page, "me-settings")

  await phone.page.getByTestId("logout").click()
  await expect(phone.page).toHaveURL(/\/zh-CN\/me\/login$/)
  const meLogin = new MeLoginPage(phone.page)
  await meLogin.fill(b.phone, PASSWORD)
  await expect(meLogin.error).toHaveText("手机号或密码不对，请再试一次。")
  await meLogin.login(b.phone, "new-password-1")
  await phone.context.close()
})

test.describe("in English", () => {
  test.use({ locale: "en" })

  test("the desk and the income pages speak English", async ({ page, browser }) => {
    const [a, b] = ws.artisans
    await new DeskLoginPage(page).login(ws.coordinator.email, PASSWORD, "en")
    const desk = new DeskTodayPage(page)
    await expect(page.locator("html")).toHaveAttribute("lang", "en")
    await desk.fillLines([
      { artisan: b.id, pieceType: ws.pieceType.id, quantity: 1, grade: "A" },
      { artisan: b.id, pieceType: ws.pieceType.id, quantity: "2.5", grade: "B" },
    ])
    await desk.submit.click()
    await expect(desk.line(1).errors).toHaveText("Enter a whole number.")
    await shot(page, "desk-today-en")
    await desk.line(1).quantity.fill("2")
    await desk.submit.click()
    await expect(desk.status).toHaveText("Recorded: 2 lines, CN¥28.50 in all")
    await expect(desk.totalRow(b.id).amount).toHaveText("CN¥91.00")
    await shot(page, "desk-today-confirmed-en")
    const monthPage = new DeskMonthPage(page)
    await monthPage.open(month, "en")
    await expect(monthPage.status).toHaveText("Open")
    await shot(page, "desk-month-en")

    const phone = await newPhone(browser, "en")
    await new MeLoginPage(phone.page).login(a.phone, PASSWORD, "en")
    const me = new MeHomePage(phone.page)
    await expect(me.soFar).toHaveText("CN¥145.50")
    await expect(phone.page.getByText("Where it comes from")).toBeVisible()
    await me.showChart()
    await shot(phone.page, "me-home-en")
    const detail = new MeMonthPage(phone.page)
    await detail.open(month, "en")
    await expect(detail.day(today).lines.first().getByTestId("line-detail")).toHaveText("7 pieces · grade A · CN¥12.50 each")
    await shot(phone.page, "me-month-en")
    await phone.context.close()
  })
})
