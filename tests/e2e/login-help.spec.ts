import path from "node:path"
import { expect, test, type Browser, type Page } from "./support/test"
import { e2eSettings } from "../../scripts/lib/e2e-settings.mjs"
import { PASSWORD, createTestWorkshop, type TestWorkshop } from "./pages/desk-backend"
import { DeskLoginPage } from "./pages/desk-login-page"
import { DeskWomenPage } from "./pages/desk-women-page"
import { MeLoginPage } from "./pages/me-login-page"

/**
 * A craftswoman locks her login with wrong passwords; the income page tells her to ask her
 * coordinator; the coordinator gives her a new password from the desk; she logs in with it.
 */
const SHOTS = path.join(__dirname, "..", "artifacts", "screenshots")
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true })
const PHONE_VIEWPORT = { width: 390, height: 844 }

test.use({ viewport: PHONE_VIEWPORT, locale: "zh-CN" })

let ws: TestWorkshop

test.beforeAll(async ({ request }) => {
  ws = await createTestWorkshop(request, "login-help", 2)
})

async function newPhone(browser: Browser) {
  const context = await browser.newContext({ viewport: PHONE_VIEWPORT, locale: "zh-CN", baseURL: e2eSettings().storefrontUrl })
  return { context, page: await context.newPage() }
}

test("a locked-out woman is told to ask her coordinator, who gives her a new password from the desk", async ({ browser }) => {
  const [her, other] = ws.artisans

  // On her phone: five wrong passwords lock her login, and the page says who can help
  const phone = await newPhone(browser)
  const me = new MeLoginPage(phone.page)
  await me.open()
  await expect(phone.page.getByTestId("login-forgot")).toContainText("工坊负责人")
  // each attempt waits for the login action's answer before the next
  const attempt = async (password: string) => {
    const answered = phone.page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/me/login"))
    await me.fill(her.phone, password)
    await answered
  }
  for (let i = 0; i < 5; i++) {
    await attempt(`wrong-password-${i}`)
    await expect(me.error).toContainText("手机号或密码不对")
  }
  await attempt(PASSWORD)
  await expect(me.error).toContainText("请找工坊负责人帮你重设密码")
  await shot(phone.page, "me-login-locked")

  // On the coordinator's phone: her workshop's women, and a new password for her
  const desk = await newPhone(browser)
  await new DeskLoginPage(desk.page).login(ws.coordinator.email, PASSWORD)
  await desk.page.getByTestId("desk-nav-women").click()
  const women = new DeskWomenPage(desk.page)
  await women.open()
  await expect(women.rows()).toHaveCount(2)
  await expect(women.row(other.id)).toContainText(other.display_name)
  const password = await women.resetPassword(her.id)
  expect(password).toMatch(/^\d{8}$/)
  // shown large, in groups of four, to read out, with a word on what to do with it
  await expect(women.row(her.id).getByTestId("new-password")).toContainText(`${her.display_name}的新密码`)
  await expect(women.row(her.id).getByTestId("new-password")).toContainText("只显示这一次")
  await expect(women.row(her.id).getByTestId("new-password-value")).toHaveText(`${password.slice(0, 4)} ${password.slice(4)}`)
  await shot(desk.page, "desk-women-new-password")
  await women.dismissPassword(her.id)
  await expect(women.row(her.id).getByTestId("new-password-value")).toHaveCount(0)

  // Back on her phone: the old password is gone, the new one lets her in at once
  await attempt(PASSWORD)
  await expect(me.error).toContainText("手机号或密码不对")
  await me.login(her.phone, password)
  await expect(phone.page.getByTestId("month-so-far")).toBeVisible()

  await phone.context.close()
  await desk.context.close()
})
