import path from "node:path"
import { expect, test, type Page, type Request } from "./support/test"
import { e2eSettings } from "../../scripts/lib/e2e-settings.mjs"
import { ADMIN, PASSWORD, addDays, backendUrl, coordinatorApi, createTestWorkshop, login, todayInChina, type TestWorkshop } from "./pages/desk-backend"
import { DeskLoginPage } from "./pages/desk-login-page"
import { DeskTodayPage } from "./pages/desk-today-page"
import { MeLoginPage } from "./pages/me-login-page"

/**
 * The programme, on phones, in Chinese: a mother finds a mama-post opening she can do at home and
 * applies without an account; the workshop's coordinator moves her to a trial and hires her on the
 * desk, having booked her a place at next week's training; at today's training the coordinator
 * takes attendance with no connection, and it arrives once
 * when the connection returns, granting the skill the workshop's piece type requires; she records
 * her first piecework; the new artisan logs in and sees her work, her training and her skill.
 * Everything happens in a workshop this spec makes for itself through the admin API.
 */
const SHOTS = path.join(__dirname, "..", "artifacts", "screenshots")
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true })
const PHONE = { width: 360, height: 780 }

test.use({ viewport: PHONE, locale: "zh-CN" })
test.describe.configure({ mode: "serial" })

let ws: TestWorkshop
let today: string
let opening: { id: string; title_zh: string }
let session: { id: string; topic_zh: string }
let coming: { id: string; topic_zh: string }
let skill: { code: string; name_zh: string }
const applicant = { name: "", phone: "" }

async function admin(request: Parameters<typeof login>[0]) {
  const token = await login(request, "user", ADMIN)
  const headers = { authorization: `Bearer ${token}` }
  return async (p: string, data: unknown) => {
    const res = await request.post(`${backendUrl()}${p}`, { headers, data })
    const body = await res.json().catch(() => null)
    if (!res.ok()) throw new Error(`POST ${p} answered ${res.status()}: ${JSON.stringify(body)}`)
    return body
  }
}

test.beforeAll(async ({ request }) => {
  ws = await createTestWorkshop(request, "jobs", 1)
  today = todayInChina()
  const post = await admin(request)
  const seed = Date.now() % 100_000_000
  // a mama-post employer: work at home, school hours
  await post(`/admin/workshops/${ws.workshop.id}`, { mama_post_features: ["work_at_home", "school_hours", "training_provided"] })
  skill = { code: `e2e_couching_${seed.toString(36)}`, name_zh: `盘金${seed % 1000}` }
  await post("/admin/skills", { code: skill.code, name_zh: skill.name_zh, name_en: `Couching ${seed % 1000}` })
  // the workshop's piece type now needs the skill: a line from a woman without it is refused
  await post(`/admin/piece-types/${ws.pieceType.id}`, { required_skill: skill.code })
  const created = await post("/admin/openings", {
    workshop_id: ws.workshop.id,
    title_zh: `在家绣扇面 ${seed % 1000}`,
    title_en: `Fan embroidery at home ${seed % 1000}`,
    piece_type_ids: [ws.pieceType.id],
    place: "home",
    district_zh: "端州区",
    district_en: "Duanzhou",
    hours_zh: "上午 9:00–11:30，送孩子上学后",
    hours_en: "9:00-11:30, after the school run",
    positions: 3,
  })
  opening = created.opening
  const trained = await post("/admin/training-sessions", {
    topic_zh: `盘金入门 ${seed % 1000}`,
    topic_en: `Couching basics ${seed % 1000}`,
    skill_code: skill.code,
    date: today,
    place_zh: "端州区妇女手工坊",
    place_en: "Duanzhou women's workshop",
    trainer: "梁师傅",
    workshop_id: ws.workshop.id,
    capacity: 20,
  })
  session = trained.training_session
  // and one next week, places to be booked
  const next = await post("/admin/training-sessions", {
    topic_zh: `打籽进阶 ${seed % 1000}`,
    topic_en: `Seed stitch, further ${seed % 1000}`,
    skill_code: skill.code,
    date: addDays(today, 7),
    place_zh: "端州区妇女手工坊",
    place_en: "Duanzhou women's workshop",
    trainer: "梁师傅",
    workshop_id: ws.workshop.id,
    capacity: 10,
  })
  coming = next.training_session
  applicant.name = `黄小梅${seed % 1000}`
  applicant.phone = `136${String(seed).padStart(8, "0").slice(-8)}`
})

async function newPhone(browser: import("@playwright/test").Browser) {
  const context = await browser.newContext({ viewport: PHONE, locale: "zh-CN", baseURL: e2eSettings().storefrontUrl })
  return { context, page: await context.newPage() }
}

let statusPath = ""
let hired = { phone: "", password: "", artisanId: "" }

test("a mother finds an opening she can do at home and applies without an account", async ({ page }) => {
  await page.goto("/zh-CN/jobs")
  await page.getByTestId("jobs-filter-form").getByRole("checkbox", { name: /在家/ }).check()
  await page.getByTestId("jobs-filter-apply").click()
  await expect(page).toHaveURL(/at_home=1/)
  const card = page.locator(`[data-testid=opening-card][data-opening-id="${opening.id}"]`)
  await expect(card).toContainText(opening.title_zh)
  await expect(card).toContainText(ws.workshop.name_zh)
  // too few women do this work for a pay figure: said in words, no number
  await expect(card.getByTestId("opening-pay")).toHaveAttribute("data-pay", "hidden")
  await shot(page, "jobs-list-phone")
  await card.getByRole("link").first().click()

  await expect(page.getByTestId("opening-page")).toHaveAttribute("data-opening-id", opening.id)
  await expect(page.getByTestId("opening-features")).toContainText("在家")
  await expect(page.getByTestId("opening-work")).toContainText(ws.pieceType.name_zh)
  const form = page.getByTestId("apply-form")
  // nothing filled: each field says what is missing, nothing is sent
  await page.getByTestId("apply-submit").click()
  await expect(form.getByTestId("field-error").first()).toBeVisible()
  await form.locator("input[name=name]").fill(applicant.name)
  await form.locator("input[name=phone]").fill(applicant.phone)
  await form.locator("input[name=town]").fill("睦岗镇")
  await form.locator("textarea[name=availability]").fill("周一到周五上午，孩子上学以后")
  await form.locator("textarea[name=childcare_needs]").fill("孩子四岁，下午要接")
  await page.getByTestId("apply-consent").check()
  await shot(page, "jobs-apply-phone")
  await page.getByTestId("apply-submit").click()
  const done = page.getByTestId("apply-done")
  await expect(done).toBeVisible()
  await expect(done).toHaveAttribute("data-updated", "false")
  const link = await page.getByTestId("status-link").textContent()
  expect(link).toMatch(/\/zh-CN\/jobs\/application\/[A-Za-z0-9_-]{16,}$/)
  statusPath = new URL(link!.trim()).pathname
  await shot(page, "jobs-applied-phone")

  // her private link shows her application, new
  await page.goto(statusPath)
  await expect(page.getByTestId("application-status")).toHaveAttribute("data-status", "new")
  await expect(page.getByTestId("application-status")).toContainText(opening.title_zh)
})

test("the coordinator books her a place at next week's training before she is hired", async ({ browser }) => {
  const { context, page } = await newPhone(browser)
  await new DeskLoginPage(page).login(ws.coordinator.email, PASSWORD)
  await page.goto("/zh-CN/desk/training")
  await page.locator(`[data-testid=training-session-link][data-session-id="${coming.id}"]`).click()
  const panel = page.getByTestId("registration-panel")
  await expect(panel.getByTestId("register-places")).toHaveAttribute("data-left", "10")
  const choice = panel.getByTestId("register-choice").filter({ hasText: applicant.name })
  await expect(choice).toHaveAttribute("data-application-id", /.+/)
  await choice.click()
  await panel.getByTestId("register-send").click()
  const booked = panel.getByTestId("registration").filter({ hasText: applicant.name })
  await expect(booked).toBeVisible()
  await expect(booked.getByTestId("applicant-tag")).toBeVisible()
  await expect(panel.getByTestId("register-places")).toHaveAttribute("data-left", "9")
  await shot(page, "desk-registration-phone")
  await context.close()
})

test("the coordinator moves her to a trial and hires her on the desk; the password is shown once", async ({ browser, request }) => {
  const { context, page } = await newPhone(browser)
  await new DeskLoginPage(page).login(ws.coordinator.email, PASSWORD)
  await page.goto("/zh-CN/desk/applications")
  const application = page.getByTestId("application").filter({ hasText: applicant.name })
  await expect(application).toHaveAttribute("data-status", "new")
  await expect(application.getByTestId("application-phone")).toBeVisible()

  await application.getByTestId("application-move-trial").click()
  await application.getByTestId("application-note").fill("电话联系过，周三来试做")
  await application.getByTestId("application-move-send").click()
  await expect(page.getByTestId("application").filter({ hasText: applicant.name })).toHaveAttribute("data-status", "trial")

  const tried = page.getByTestId("application").filter({ hasText: applicant.name })
  await expect(tried.getByTestId("application-history")).toContainText("电话联系过，周三来试做")
  await tried.getByTestId("application-hire-open").click()
  await tried.getByTestId("application-hire-send").click()
  const login = page.getByTestId("hired-login")
  await expect(login).toBeVisible()
  hired.phone = (await page.getByTestId("hired-phone").textContent())!.replace(/\s/g, "")
  // shown in two groups of four, as the desk shows every new password
  hired.password = (await page.getByTestId("hired-password").textContent())!.replace(/\s/g, "")
  expect(hired.password).toMatch(/^\d{8}$/)
  await shot(page, "desk-hired-phone")
  await page.getByTestId("hired-done").click()
  await expect(page.getByTestId("hired-password")).toHaveCount(0)

  // she is hired once, in this workshop, and on the desk's women list
  const api = await coordinatorApi(request, ws.coordinator.email)
  const artisans = (await (await api.get("/coordinator/artisans?limit=200")).json()).artisans as { id: string; display_name: string }[]
  const her = artisans.filter((a) => a.display_name === applicant.name)
  expect(her).toHaveLength(1)
  hired.artisanId = her[0].id
  await page.goto("/zh-CN/desk/women")
  await expect(page.getByText(applicant.name).first()).toBeVisible()
  // and her status link says so
  await page.goto(statusPath)
  await expect(page.getByTestId("application-status")).toHaveAttribute("data-status", "hired")
  await context.close()
})

test("attendance taken offline at the training arrives once when the connection returns", async ({ browser, request }) => {
  const { context, page } = await newPhone(browser)
  await new DeskLoginPage(page).login(ws.coordinator.email, PASSWORD)
  const sent: { key: string | null; request: Request }[] = []
  page.on("request", (r) => {
    if (r.method() === "POST" && r.url().includes("/api/desk/training-sessions/")) sent.push({ key: r.headers()["idempotency-key"] ?? null, request: r })
  })
  await page.goto("/zh-CN/desk/training")
  const row = page.locator(`[data-testid=training-session-link][data-session-id="${session.id}"]`)
  await expect(row).toContainText(session.topic_zh)
  await row.click()
  await expect(page.getByTestId("training-session")).toHaveAttribute("data-session-id", session.id)
  const her = page.locator(`[data-testid=attendance-woman][data-artisan-id="${hired.artisanId}"]`)
  await expect(her).toHaveAttribute("data-state", "idle")

  await context.setOffline(true)
  await her.click()
  await expect(her).toHaveAttribute("data-state", "selected")
  await page.getByTestId("attendance-send").click()
  await expect(her).toHaveAttribute("data-state", "waiting")
  await shot(page, "desk-attendance-offline")
  const api = await coordinatorApi(request, ws.coordinator.email)
  const attendedNow = async () => {
    const body = await (await api.get("/coordinator/training-sessions")).json()
    const found = body.training_sessions.find((s: { id: string }) => s.id === session.id)
    return (found?.attendance ?? []).map((a: { artisan_id: string }) => a.artisan_id) as string[]
  }
  expect(await attendedNow()).toEqual([])

  await context.setOffline(false)
  await expect(her).toHaveAttribute("data-state", "done")
  expect(await attendedNow()).toEqual([hired.artisanId])
  // every attempt carried the one key the taps were saved with
  expect(sent.length).toBeGreaterThanOrEqual(1)
  expect(new Set(sent.map((s) => s.key)).size).toBe(1)
  // a reload sends nothing again, and she is still recorded once
  await page.reload()
  await expect(page.locator(`[data-testid=attendance-woman][data-artisan-id="${hired.artisanId}"]`)).toHaveAttribute("data-state", "done")
  expect(await attendedNow()).toEqual([hired.artisanId])
  await context.close()
})

test("the coordinator records her first piecework: the skill she just learned lets the line through", async ({ browser, request }) => {
  const { context, page } = await newPhone(browser)
  await new DeskLoginPage(page).login(ws.coordinator.email, PASSWORD)
  const desk = new DeskTodayPage(page)
  await desk.fillLines([{ artisan: hired.artisanId, pieceType: ws.pieceType.id, quantity: 2, grade: "A" }])
  // the piece type needs a skill: the supervised trial is offered, and not needed now
  await expect(desk.line(0).root.getByTestId("line-trial")).toBeVisible()
  await desk.submit.click()
  await expect(desk.status).toContainText("¥25")
  const api = await coordinatorApi(request, ws.coordinator.email)
  const entries = await api.entries({ date: today })
  expect(entries.filter((e) => e.artisan_id === hired.artisanId).map((e) => [e.quantity, e.grade])).toEqual([[2, "A"]])
  await context.close()
})

test("the new craftswoman logs in and sees her work, her training and her skill", async ({ browser }) => {
  const { context, page } = await newPhone(browser)
  await new MeLoginPage(page).login(hired.phone, hired.password)
  await expect(page.getByTestId("my-training")).toBeVisible()
  await expect(page.getByTestId("my-skill")).toContainText(skill.name_zh)
  await expect(page.getByTestId("my-training-session").first()).toContainText(session.topic_zh)
  // the place booked for her as an applicant is hers now
  await expect(page.getByTestId("my-coming-session").first()).toContainText(coming.topic_zh)
  await expect(page.locator("main")).toContainText("¥25")
  await shot(page, "me-training-phone")
  await context.close()
})
