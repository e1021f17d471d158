import { expect, type APIResponse, type Page } from "@playwright/test"
import { stack } from "../support/stack"

export const ADMIN_EMAIL = "admin@jinxiu.test"
export const ADMIN_PASSWORD = "jinxiu-demo"

/** The Medusa admin (/app) of the stack under test, logged in as the demo admin. */
export class AdminApp {
  readonly backendUrl: string

  constructor(readonly page: Page) {
    this.backendUrl = stack().backendUrl
  }

  async login() {
    await this.page.goto(`${this.backendUrl}/app/login`)
    await this.page.locator("input[name=email]").fill(ADMIN_EMAIL)
    await this.page.locator("input[name=password]").fill(ADMIN_PASSWORD)
    await this.page.locator("button[type=submit]").click()
    await expect(this.page).toHaveURL(/\/app\/(orders|products)/, { timeout: 30_000 })
  }

  async open(path: string) {
    await this.page.goto(`${this.backendUrl}/app${path}`)
  }

  /** The admin API with the session the browser holds (for test setup and cross-checks). */
  async api<T = any>(method: "GET" | "POST", path: string, body?: unknown): Promise<T> {
    const url = `${this.backendUrl}${path}`
    const res: APIResponse =
      method === "GET" ? await this.page.request.get(url) : await this.page.request.post(url, { data: body ?? {} })
    if (!res.ok()) throw new Error(`${method} ${path} answered ${res.status()}: ${await res.text()}`)
    return (await res.json()) as T
  }

  /** Picks an option of a Medusa UI (Radix) select. */
  async choose(trigger: ReturnType<Page["getByTestId"]>, option: string | RegExp) {
    await trigger.click()
    await this.page.getByRole("option", { name: option }).click()
  }

  async screenshot(name: string) {
    await this.page.screenshot({ path: `artifacts/screenshots/admin-${name}.png`, fullPage: true })
  }
}
