import path from "node:path"
import { expect, test, type Browser, type Page } from "./support/test"
import { extractText, getDocumentProxy } from "unpdf"
import { e2eSettings } from "../../scripts/lib/e2e-settings.mjs"
import { AdminApp } from "./pages/admin-app"
import { AdminPayoutRunPage } from "./pages/admin-payout-run-page"
import { ADMIN, PASSWORD, addMonths, backendUrl, closeMonthByApi, createTestWorkshop, login, recordBatch, todayInChina, type TestWorkshop } from "./pages/desk-backend"
import { DeskLoginPage, type Locale } from "./pages/desk-login-page"
import { DeskQuestionsPage } from "./pages/desk-questions-page"
import { MeLoginPage } from "./pages/me-login-page"
import { MeMonthPage } from "./pages/me-month-page"
import { MeNoticesPage } from "./pages/me-notices-page"

/**
 * Paying each woman, on her phone: staff run the payout for a closed month in the admin (the
 * WeChat Pay file exported, its results imported with one transfer that came back); she sees
 * "已付 ¥91.00 · 微信 · <day>" and the other woman sees hers came back; she questions a line, her
 * coordinator corrects it on the desk, she sees the answer and what it changed; her pay slip
 * prints to a PDF whose text has her name and the amount.
 *
 * The month is one of the test's own: an ended month before the demo history (14 months ago),
 * still open until this spec closes it, so it shares nothing with the other specs.
 */
const SHOTS = path.join(__dirname, "..", "artifacts", "screenshots")
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true })
const PHONE_VIEWPORT = { width: 390, height: 844 }
const MONTH = addMonths(todayInChina().slice(0, 7), -14)
const MONTH_LABEL = (() => {
  const [y, m] = MONTH.split("-").map(Number)
  return `${y}年${m}月`
})()
/** the month as the admin names it, in whichever language the dashboard shows */
const MONTH_OPTION = new RegExp(
  `^(${MONTH_LABEL}|${new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${MONTH}-01T00:00:00Z`))})$`
)

test.use({ viewport: PHONE_VIEWPORT, locale: "zh-CN" })
test.describe.configure({ mode: "serial" })

let ws: TestWorkshop
const accountName = (i: number) => `付款测试${ws.suffix.slice(-4)}${"甲乙"[i]}`

async function newContext(browser: Browser, locale: Locale, viewport = PHONE_VIEWPORT) {
  const context = await browser.newContext({ viewport, locale, baseURL: e2eSettings().storefrontUrl })
  return { context, page: await context.newPage() }
}

test.beforeAll(async ({ request }) => {
  ws = await createTestWorkshop(request, "pay", 2)
  const coordinator = await login(request, "coordinator", { email: ws.coordinator.email, password: PASSWORD })
  const line = (artisan: string, quantity: number, grade: "A" | "B") => ({ artisan_id: artisan, piece_type_id: ws.pieceType.id, quantity, grade, work_date: `${MONTH}-10` })
  // her month: 6 × ¥12.50 + 2 × ¥8.00 = ¥91.00; the other woman's: 4 × ¥12.50 = ¥50.00
  await recordBatch(request, coordinator, `pay-journey-${ws.suffix}`, [line(ws.artisans[0].id, 6, "A"), line(ws.artisans[0].id, 2, "B"), line(ws.artisans[1].id, 4, "A")])
  const admin = await login(request, "user", ADMIN)
  for (const [i, artisan] of ws.artisans.entries()) {
    const res = await request.post(`${backendUrl()}/admin/artisans/${artisan.id}/payout-details`, {
      headers: { authorization: `Bearer ${admin}` },
      data: { method: "wechat", account_name: accountName(i), account: `wxid_e2e_${ws.suffix.slice(-6)}_${i}` },
    })
    expect(res.status(), await res.text()).toBe(200)
  }
  expect((await closeMonthByApi(request, MONTH)).status).toBe("closed")
})

test("staff run the payout for the month: the WeChat Pay file out, its results in, one transfer came back", async ({ browser }) => {
  const { context, page } = await newContext(browser, "zh-CN", { width: 1280, height: 800 })
  const app = new AdminApp(page)
  await app.login()
  const run = new AdminPayoutRunPage(app)
  await run.open()
  await run.chooseMonth(MONTH_OPTION)
  const wechat = run.group("wechat")
  await expect(wechat.rows.filter({ hasText: ws.artisans[0].display_name })).toHaveCount(1)
  await expect(wechat.rows.filter({ hasText: ws.artisans[1].display_name })).toHaveCount(1)
  await app.screenshot("payout-run")

  const file = await run.export("wechat")
  expect(file.name).toBe(`jinxiu-payouts-${MONTH}-wechat.csv`)
  expect(file.text.startsWith("\uFEFF")).toBe(true)
  const lines = file.text.replace(/^\uFEFF/, "").split("\r\n").filter(Boolean)
  const keyOf = (i: number) => {
    const found = lines.find((l) => l.includes(`"${accountName(i)}"`))
    expect(found, `her line in the WeChat Pay file:\n${lines.slice(0, 5).join("\n")}`).toBeTruthy()
    expect(found).toContain(`wxid_e2e_${ws.suffix.slice(-6)}_${i}`) // the account whole: this is the file WeChat Pay reads
    return found!.slice(1, found!.indexOf('"', 1))
  }
  expect(lines.find((l) => l.includes(`"${accountName(0)}"`))).toContain('"91.00"')
  const results = ["line_key,状态,凭证号,失败原因", `${keyOf(0)},成功,WX-E2E-0001,`, `${keyOf(1)},失败,,微信账户未实名`].join("\r\n") + "\r\n"

  await run.importResults("wechat-results.csv", results)
  await expect(run.importLines).toHaveCount(2)
  await expect(run.importLines.nth(0)).toHaveAttribute("data-result", "recorded")
  await expect(run.importLines.nth(1)).toHaveAttribute("data-result", "failed")
  await app.screenshot("payout-run-imported")

  // the same file again pays nothing twice
  await run.importResults("wechat-results.csv", results)
  await expect(run.importLines.nth(0)).toHaveAttribute("data-result", "replayed")
  await expect(run.importLines.nth(1)).toHaveAttribute("data-result", "replayed")
  const month = await app.api("GET", `/admin/periods/${MONTH}/payouts`)
  const hers = month.statements.filter((s: { artisan_id: string }) => s.artisan_id === ws.artisans[0].id)
  expect(hers).toEqual([expect.objectContaining({ state: "paid", paid: "91.00", owed: "0.00" })])
  expect(hers[0].payouts).toHaveLength(1)
  expect(month.statements.find((s: { artisan_id: string }) => s.artisan_id === ws.artisans[1].id)).toMatchObject({ state: "unpaid", owed: "50.00" })
  await context.close()
})

test("she sees she was paid by WeChat on the day; the other woman sees hers came back", async ({ browser }) => {
  const today = todayInChina()
  {
    const { context, page } = await newContext(browser, "zh-CN")
    await new MeLoginPage(page).login(ws.artisans[0].phone, PASSWORD)
    const month = new MeMonthPage(page)
    await month.open(MONTH)
    const paid = page.locator("[data-testid=payout-line][data-status=sent]")
    await expect(paid).toHaveCount(1)
    await expect(paid).toContainText("已付 ¥91.00")
    await expect(paid).toContainText("微信")
    await expect(paid).toContainText(today)
    await expect(page.getByTestId("month-pay")).toHaveAttribute("data-state", "paid")
    await shot(page, "me-month-paid")
    // and she was told: the results file's one event named her payout
    const notices = new MeNoticesPage(page)
    await notices.openFromTab()
    await expect(async () => {
      await page.reload()
      await expect(notices.notice("payout_sent").amount).toHaveText("¥91.00", { timeout: 1000 })
    }).toPass()
    await context.close()
  }
  {
    const { context, page } = await newContext(browser, "zh-CN")
    await new MeLoginPage(page).login(ws.artisans[1].phone, PASSWORD)
    const month = new MeMonthPage(page)
    await month.open(MONTH)
    const failed = page.locator("[data-testid=payout-line][data-status=failed]")
    await expect(failed).toHaveCount(1)
    await expect(failed.getByTestId("payout-failure")).toHaveText(`${today} 退回：微信账户未实名。我们会重新支付。`)
    await expect(page.getByTestId("month-pay")).toHaveAttribute("data-state", "unpaid")
    await shot(page, "me-month-payout-failed")
    const notices = new MeNoticesPage(page)
    await notices.openFromTab()
    await expect(async () => {
      await page.reload()
      await expect(notices.notice("payout_failed").amount).toHaveText("¥50.00", { timeout: 1000 })
    }).toPass()
    await context.close()
  }
})

test("she questions a line; her coordinator corrects it on the desk; she sees the answer and what it changed", async ({ browser }) => {
  const [her] = ws.artisans
  const note = "其实绣了 7 片 A 级"
  {
    const { context, page } = await newContext(browser, "zh-CN")
    await new MeLoginPage(page).login(her.phone, PASSWORD)
    const month = new MeMonthPage(page)
    await month.open(MONTH)
    const line = month.lines.first()
    await line.getByTestId("question-open").click()
    const sheet = page.getByTestId("question-sheet")
    await sheet.getByTestId("question-reason-quantity_wrong").click()
    await sheet.getByTestId("question-note").fill(note)
    await sheet.getByTestId("question-send").click()
    // her line now says what she asked and that it waits for an answer
    const asked = line.getByTestId("question-state")
    await expect(asked).toHaveAttribute("data-state", "open")
    await expect(asked).toContainText("件数不对")
    await shot(page, "me-question-sent")
    await context.close()
  }
  {
    const { context, page } = await newContext(browser, "zh-CN")
    await new DeskLoginPage(page).login(ws.coordinator.email, PASSWORD)
    const desk = new DeskQuestionsPage(page)
    await desk.open()
    const question = desk.of(her.display_name)
    await expect(question.root).toHaveCount(1)
    await expect(question.root).toContainText(note)
    await shot(page, "desk-question")
    // the month is closed: the form says first that the correction goes into this month
    await question.openCorrection()
    const thisMonth = todayInChina().slice(0, 7)
    await expect(question.late).toContainText(new RegExp(`${MONTH_LABEL}已(发放|结账)，奖励或扣款记在${Number(thisMonth.slice(0, 4))}年${Number(thisMonth.slice(5))}月。`))
    await question.correct("bonus", "12.50", "少记了 1 片，已补上")
    // resolved: it leaves the open list, and the resolved list says what was done
    await expect(question.root).toHaveCount(0)
    await desk.open("zh-CN", "resolved")
    await expect(question.resolution).toContainText("+¥12.50")
    await shot(page, "desk-question-corrected")
    await context.close()
  }
  {
    const { context, page } = await newContext(browser, "zh-CN")
    await new MeLoginPage(page).login(her.phone, PASSWORD)
    const month = new MeMonthPage(page)
    await month.open(MONTH)
    const state = page.getByTestId("question-state").first()
    await expect(state).toHaveAttribute("data-state", "corrected")
    await expect(state.getByTestId("question-answer")).toContainText("少记了 1 片，已补上")
    await expect(state.getByTestId("question-changed")).toContainText("+¥12.50")
    await shot(page, "me-question-answered")
    // a closed month stays as it was frozen: the correction is money of this month
    const thisMonth = new MeMonthPage(page)
    await thisMonth.open(todayInChina().slice(0, 7))
    await expect(thisMonth.net).toHaveText("¥12.50")
    await context.close()
  }
})

test("her pay slip prints: the PDF has her name, the month and what she was paid", async ({ browser }) => {
  const [her] = ws.artisans
  const { context, page } = await newContext(browser, "zh-CN")
  await new MeLoginPage(page).login(her.phone, PASSWORD)
  await page.goto(`/zh-CN/me/month/${MONTH}/slip`)
  await expect(page.getByTestId("pay-slip")).toBeVisible()
  await shot(page, "me-pay-slip")
  await page.emulateMedia({ media: "print" })
  const pdf = await page.pdf({ format: "A4", printBackground: true })
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })
  // CJK fonts map some characters to their compatibility forms (⼯ for 工): compare the normal forms
  const printed = text.normalize("NFKC")
  expect(printed).toContain(her.display_name)
  expect(printed).toContain("91.00")
  expect(printed).toContain(MONTH_LABEL)
  await context.close()
})
