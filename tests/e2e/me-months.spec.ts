import { expect, test } from "./support/test"
import { addMonths, currentMonth, monthOf, monthRange } from "@jinxiu/workshop/domain"
import { backendUrl, login } from "./pages/desk-backend"
import { MeHomePage } from "./pages/me-home-page"
import { MeLoginPage } from "./pages/me-login-page"

/**
 * /me lists her months from the month she joined: 罗佩仪 (a demo craftswoman who joined this
 * summer, phone 13800000007) sees no empty ¥0 months from before she came, newest first.
 */
const NEWCOMER = { phone: "13800000007", password: "jinxiu-demo" }

test.use({ viewport: { width: 360, height: 740 }, locale: "zh-CN" })

test("a woman who joined this year sees her months from the month she joined, not empty months before it", async ({ page, request }) => {
  const token = await login(request, "artisan", NEWCOMER)
  const headers = { authorization: `Bearer ${token}` }
  const me = await (await request.get(`${backendUrl()}/artisan/me`, { headers })).json()
  const joined = monthOf(me.artisan.joined_on)
  const now = currentMonth()
  const earliest = addMonths(now, -11)
  const first = joined > earliest ? joined : earliest
  // the seed credits her nothing before she joined (a month with lines would be listed: money is never hidden)
  const { months } = await (await request.get(`${backendUrl()}/artisan/earnings?from=${earliest}&to=${now}`, { headers })).json()
  expect(months.filter((m: { period: string }) => m.period < first)).toEqual([])

  await new MeLoginPage(page).login(NEWCOMER.phone, NEWCOMER.password)
  const home = new MeHomePage(page)
  const listed = await home.statements.evaluateAll((rows) => rows.map((r) => r.getAttribute("data-period")))
  expect(listed).toEqual(monthRange(first, now).reverse())
  await expect(home.statement(addMonths(first, -1)).row).toHaveCount(0)
})
