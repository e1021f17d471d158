import { currentMonth } from "@jinxiu/workshop/domain"
import { expect, type APIRequestContext, type Locator, type Page } from "@playwright/test"

/** The order confirmation (/order/:id/confirmed). */
export class OrderConfirmationPage {
  readonly root: Locator
  readonly orderNumber: Locator
  readonly makers: Locator
  readonly makersLine: Locator
  readonly address: Locator
  readonly lines: Locator

  constructor(private readonly page: Page) {
    this.root = page.getByTestId("order-confirmed")
    this.orderNumber = page.getByTestId("order-number")
    this.makers = page.getByTestId("order-makers")
    this.makersLine = page.getByTestId("order-makers-line")
    this.address = page.getByTestId("order-address")
    this.lines = page.getByTestId("summary-line")
  }

  async orderId(): Promise<string> {
    await expect(this.root).toBeVisible()
    return (await this.root.getAttribute("data-order-id"))!
  }

  /** The makers' share as the page states it: amounts (order currency, CNY), women, workshops. */
  async makersShare() {
    await expect(this.makers).toBeVisible()
    return {
      amount: (await this.makers.getAttribute("data-amount"))!,
      amountCny: (await this.makers.getAttribute("data-amount-cny"))!,
      makers: Number(await this.makers.getAttribute("data-makers")),
      workshops: Number(await this.makers.getAttribute("data-workshops")),
    }
  }
}

/** "13.33" → 1333 fen, exactly. */
export function toFen(amount: string): number {
  const negative = amount.trim().startsWith("-")
  const [whole, fraction = ""] = amount.trim().replace("-", "").split(".")
  const fen = Number(whole || "0") * 100 + Number((fraction + "00").slice(0, 2))
  return negative ? -fen : fen
}

/**
 * The backend, as the programme's staff and the makers see it: checks that an order placed in
 * the shop exists and that its makers were credited.
 */
export class ShopBackend {
  private adminToken: string | null = null

  constructor(
    private readonly request: APIRequestContext,
    private readonly backendUrl: string,
    private readonly demoPassword = "jinxiu-demo"
  ) {}

  private async admin(): Promise<Record<string, string>> {
    if (!this.adminToken) {
      const res = await this.request.post(`${this.backendUrl}/auth/user/emailpass`, {
        data: { email: "admin@jinxiu.test", password: this.demoPassword },
      })
      expect(res.status()).toBe(200)
      this.adminToken = (await res.json()).token
    }
    return { authorization: `Bearer ${this.adminToken}` }
  }

  async adminGet(path: string) {
    const res = await this.request.get(`${this.backendUrl}${path}`, { headers: await this.admin() })
    expect(res.status(), `GET ${path}`).toBe(200)
    return res.json()
  }

  async adminPost(path: string, data: unknown) {
    const res = await this.request.post(`${this.backendUrl}${path}`, { headers: await this.admin(), data })
    expect(res.status(), `POST ${path}: ${await res.text()}`).toBeLessThan(300)
    return res.json()
  }

  /** Every order in the shop (the count). */
  async orderCount(): Promise<number> {
    return (await this.adminGet("/admin/orders?limit=1&fields=id")).count
  }

  /** Orders whose e-mail (or number) matches. */
  async ordersMatching(text: string): Promise<{ id: string; email: string }[]> {
    return (await this.adminGet(`/admin/orders?q=${encodeURIComponent(text)}&fields=id,email,display_id&limit=50`)).orders.filter(
      (order: { email: string }) => order.email === text
    )
  }

  async order(id: string) {
    return (await this.adminGet(`/admin/orders/${id}?fields=id,email,display_id,customer_id,currency_code,*items`)).order
  }

  /** The artisans credited for a product (its makers). */
  async makersOf(productId: string): Promise<string[]> {
    return (await this.adminGet(`/admin/products/${productId}/makers`)).makers.map((maker: { artisan_id: string }) => maker.artisan_id)
  }

  /**
   * The sale_share entries a maker got for one order, read the way she reads them: logged in with
   * her phone (demo password), GET /artisan/earnings/<month>.
   */
  async makerSaleShares(artisanId: string, orderDisplayId: number, month: string): Promise<string[]> {
    const { artisan } = await this.adminGet(`/admin/artisans/${artisanId}?fields=id,phone`)
    const login = await this.request.post(`${this.backendUrl}/auth/artisan/phone`, {
      data: { phone: artisan.phone, password: this.demoPassword },
    })
    expect(login.status()).toBe(200)
    const { token } = await login.json()
    const res = await this.request.get(`${this.backendUrl}/artisan/earnings/${month}`, { headers: { authorization: `Bearer ${token}` } })
    expect(res.status()).toBe(200)
    const { entries } = await res.json()
    return entries
      .filter((entry: { kind: string; sale: { order_display_id: number | null } | null }) => entry.kind === "sale_share" && entry.sale?.order_display_id === orderDisplayId)
      .map((entry: { amount: string }) => entry.amount)
  }
}

/** This month in China (the ledger's months are China's), as YYYY-MM. */
export function monthInChina(date = new Date()): string {
  return currentMonth(date)
}
