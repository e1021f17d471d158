import { expect, test, type Page } from "./support/test"
import { spokenMoney } from "@jinxiu/workshop/domain"
import { MeLoginPage } from "./pages/me-login-page"

/**
 * "听一听": the demo craftswoman (陈阿兰, with a goal and paid months in the seed) presses the
 * listen button on /me and hears her month in her page's language. The browser's speech synthesis
 * is replaced by a recorder in the page (Chromium here has no voices), so the test hears exactly
 * the text and language the page gave it.
 */
const DEMO_ARTISAN = { phone: "13800000001", password: "jinxiu-demo" }

test.use({ viewport: { width: 360, height: 740 }, locale: "zh-CN" })

type Spoken = { text: string; lang: string }

async function recordSpeech(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __spoken: { text: string; lang: string }[]; __cancelled: number }
    w.__spoken = []
    w.__cancelled = 0
    class RecordedUtterance {
      text: string
      lang = ""
      onend: (() => void) | null = null
      onerror: (() => void) | null = null
      constructor(text: string) {
        this.text = text
      }
    }
    Object.defineProperty(window, "SpeechSynthesisUtterance", { value: RecordedUtterance, configurable: true, writable: true })
    Object.defineProperty(window, "speechSynthesis", {
      configurable: true,
      value: {
        speaking: false,
        pending: false,
        paused: false,
        getVoices: () => [],
        speak: (u: RecordedUtterance) => w.__spoken.push({ text: u.text, lang: u.lang }),
        cancel: () => {
          w.__cancelled += 1
        },
      },
    })
  })
}

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: Spoken[] }).__spoken)

/** The amount as the page shows it ("¥3,210.50", "CN¥3,210") as a decimal ("3210.50"). */
async function shownAmount(page: Page): Promise<string> {
  const text = (await page.getByTestId("month-so-far").innerText()).trim()
  const negative = /^[-−]/.test(text)
  const digits = text.replace(/[^\d.]/g, "")
  expect(digits, `a number in "${text}"`).toMatch(/^\d+(\.\d{1,2})?$/)
  return `${negative ? "-" : ""}${digits}`
}

test("she presses 听一听 and hears this month's money in Chinese, then in English; a second press stops", async ({ page }) => {
  await recordSpeech(page)
  await new MeLoginPage(page).login(DEMO_ARTISAN.phone, DEMO_ARTISAN.password)
  const button = page.getByTestId("listen-button")
  await expect(button).toHaveText("听一听")
  const earned = await shownAmount(page)

  await button.click()
  await expect(button).toHaveAttribute("data-speaking", "true")
  await expect(button).toHaveText("停下")
  const [zh] = await spoken(page)
  expect(zh.lang).toBe("zh-CN")
  expect(zh.text).toContain(`你挣了${spokenMoney(earned, "zh-CN")}。`)
  // her goal (the demo artisan set one) and her last paid month are in it too
  expect(zh.text).toMatch(/你的目标是\d+元/)
  expect(zh.text).toMatch(/月的钱：\d+月\d+日用/)

  await button.click()
  await expect(button).toHaveAttribute("data-speaking", "false")
  expect(await page.evaluate(() => (window as unknown as { __cancelled: number }).__cancelled)).toBeGreaterThan(0)
  expect(await spoken(page)).toHaveLength(1)

  await page.goto("/en/me")
  await page.getByTestId("month-so-far").waitFor()
  const earnedEn = await shownAmount(page)
  expect(earnedEn).toBe(earned)
  await expect(button).toHaveText("Listen")
  await button.click()
  const [en] = await spoken(page)
  expect(en.lang).toBe("en")
  expect(en.text).toContain(`you have earned ${spokenMoney(earned, "en")}.`)
  expect(en.text).toMatch(/Your goal is [\d,]+ yuan/)
})

test("where the phone cannot read aloud, the button is disabled with a plain note", async ({ page }) => {
  await page.addInitScript(() => {
    delete (Window.prototype as unknown as Record<string, unknown>).speechSynthesis
    delete (window as unknown as Record<string, unknown>).speechSynthesis
  })
  await new MeLoginPage(page).login(DEMO_ARTISAN.phone, DEMO_ARTISAN.password)
  await expect(page.getByTestId("listen-button")).toBeDisabled()
  await expect(page.getByTestId("listen-unavailable")).toHaveText("这部手机不能读出声音。")
})
