import { expect, test } from "./support/test"
import { e2eSettings } from "../../scripts/lib/e2e-settings.mjs"
import { ADMIN, PASSWORD, addMonths, backendUrl, closeMonthByApi, coordinatorApi, createTestWorkshop, login, recordBatch, todayInChina, type TestWorkshop } from "./pages/desk-backend"
import { DeskHistoryPage } from "./pages/desk-history-page"
import { DeskLoginPage } from "./pages/desk-login-page"
import { DeskMonthPage } from "./pages/desk-month-page"
import { MeLoginPage } from "./pages/me-login-page"
import { MeMonthPage } from "./pages/me-month-page"

/**
 * A correction of a paid month, on a phone in zh-CN: the coordinator reverses a line of a month
 * already paid; the desk says first which month the money comes off and asks to confirm; the paid
 * month keeps the pay it had and the correction lands in this month, naming what it takes back;
 * the desk's history, the desk's month view and her own month page give the same figure for each
 * of the two months.
 *
 * The month is the spec's own: 15 months back, before the demo history and the other specs' months.
 */
const PHONE_VIEWPORT = { width: 390, height: 844 }
const THIS_MONTH = todayInChina().slice(0, 7)
const MONTH = addMonths(THIS_MONTH, -15)
/** "2025年9月", as the desk writes a month of another year */
const zhMonth = (month: string) => `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`
/** "¥50.00" or "¥50" (her page drops whole fen) → 50 */
const yuan = (text: string | null) => Number((text ?? "").replace(/[^\d.-]/g, ""))

test.use({ viewport: PHONE_VIEWPORT, locale: "zh-CN" })
test.describe.configure({ mode: "serial" })

let ws: TestWorkshop

test.beforeAll(async ({ request }) => {
  ws = await createTestWorkshop(request, "correct", 1)
  const her = ws.artisans[0]
  const coordinator = await login(request, "coordinator", { email: ws.coordinator.email, password: PASSWORD })
  const line = (quantity: number, work_date: string) => ({ artisan_id: her.id, piece_type_id: ws.pieceType.id, quantity, grade: "A", work_date })
  // the paid month: 1 × ¥12.50 on the 18th, 3 × ¥12.50 on the 19th = ¥50.00; this month: 2 × ¥12.50 = ¥25.00
  await recordBatch(request, coordinator, `paid-correction-${ws.suffix}`, [line(1, `${MONTH}-18`), line(3, `${MONTH}-19`), line(2, todayInChina())])
  await closeMonthByApi(request, MONTH)
  const admin = await login(request, "user", ADMIN)
  const paid = await request.post(`${backendUrl()}/admin/periods/${MONTH}/pay`, {
    headers: { authorization: `Bearer ${admin}` },
    data: { payment_reference: `E2E-CORRECTION-${ws.suffix}` },
  })
  expect(paid.status(), await paid.text()).toBe(200)
})

test("reversing a line of a paid month says where the money lands first; the desk and her page agree on both months", async ({ page, browser, request }) => {
  const her = ws.artisans[0]
  await new DeskLoginPage(page).login(ws.coordinator.email, PASSWORD)
  const api = await coordinatorApi(request, ws.coordinator.email)
  const wrong = (await api.entries({ artisan_id: her.id, from: `${MONTH}-01`, to: `${MONTH}-28` })).find((e) => e.quantity === 1)!
  const history = new DeskHistoryPage(page)

  await history.openArtisan(her.id, MONTH)
  await expect(history.total).toHaveText("¥50.00")
  await expect(page.getByTestId("history-basis")).toHaveText("按发放月计，和“本月”页、她的收入页是同一个数。")
  const entry = history.entry(wrong.id)
  await entry.getByTestId("reverse-open").click()
  // before anything is written: which month is paid, how much, and which month it comes off
  await expect(entry.getByTestId("reverse-late")).toHaveText(`${zhMonth(MONTH)}已发放，这 ¥12.50 将从${zhMonth(THIS_MONTH)}扣回。`)
  await expect(entry.getByTestId("reverse-confirm")).toHaveText(`确认从${zhMonth(THIS_MONTH)}扣回`)
  expect((await api.entries({ artisan_id: her.id, from: `${MONTH}-01`, to: `${MONTH}-28` })).every((e) => !e.reversed_at)).toBe(true)
  await entry.getByTestId("reverse-reason").fill("多记了一件")
  await entry.getByTestId("reverse-confirm").click()
  await expect(entry).toHaveAttribute("data-reversed", "true")

  // the paid month keeps its pay: the line still counts there and says where it was taken back
  await expect(entry).toHaveAttribute("data-corrected-in", THIS_MONTH)
  await expect(entry.getByTestId("corrected-later-badge")).toHaveText(`已更正，${zhMonth(THIS_MONTH)}扣回：多记了一件`)
  await history.openArtisan(her.id, MONTH)
  await expect(history.total).toHaveText("¥50.00")

  // this month: ¥25.00 of work less the ¥12.50 taken back, with the correction naming its line
  await history.openArtisan(her.id, THIS_MONTH)
  await expect(history.total).toHaveText("¥12.50")
  await expect(page.getByTestId("history-parts")).toHaveText("计件 ¥25.00 · 更正 -¥12.50 · 其他 ¥0.00")
  const correction = page.getByTestId("history-correction")
  await expect(correction).toHaveCount(1)
  await expect(correction).toContainText(new RegExp(`更正 ${Number(MONTH.slice(5, 7))}月18日 ${ws.pieceType.name_zh} ×1，¥12\\.50`))
  await expect(correction).toContainText("原因：多记了一件")

  // the desk's month view: the same figures
  const monthView = new DeskMonthPage(page)
  const desk: Record<string, number> = {}
  for (const month of [MONTH, THIS_MONTH]) {
    await history.openArtisan(her.id, month)
    const historyTotal = yuan(await history.total.textContent())
    await monthView.open(month)
    const row = yuan(await monthView.row(her.id).locator("td").last().textContent())
    expect(row).toBe(historyTotal)
    desk[month] = historyTotal
  }
  expect(desk).toEqual({ [MONTH]: 50, [THIS_MONTH]: 12.5 })

  // her own month pages: the same figures, and the correction names what it takes back
  const phone = await browser.newContext({ viewport: PHONE_VIEWPORT, locale: "zh-CN", baseURL: e2eSettings().storefrontUrl })
  const herPage = await phone.newPage()
  await new MeLoginPage(herPage).login(her.phone, PASSWORD)
  const mine = new MeMonthPage(herPage)
  for (const month of [MONTH, THIS_MONTH]) {
    await mine.open(month)
    expect(yuan(await mine.net.textContent())).toBe(desk[month])
  }
  // the paid month's line says it was taken back, and where
  await mine.open(MONTH)
  const corrected = herPage.locator(`[data-testid=month-line][data-corrected-in="${THIS_MONTH}"]`)
  await expect(corrected).toHaveCount(1)
  await expect(corrected.getByTestId("line-detail")).toContainText(`已更正，${zhMonth(THIS_MONTH)}扣回`)
  await mine.open(THIS_MONTH)
  const line = herPage.locator("[data-testid=month-line][data-kind=reversal]")
  await expect(line).toHaveCount(1)
  await expect(line.getByTestId("line-detail")).toHaveText(
    new RegExp(`^更正 ${Number(MONTH.slice(5, 7))}月18日 ${ws.pieceType.name_zh} ×1，¥12\\.50 · 原因：多记了一件$`)
  )
  await phone.close()
})
