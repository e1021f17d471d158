import path from "node:path"
import { expect, test, type APIRequestContext } from "./support/test"
import { e2eSettings } from "../../scripts/lib/e2e-settings.mjs"
import { CartPage } from "./pages/cart-page"
import { productByHandle, storeGet } from "./pages/catalog-backend"
import { CheckoutPage, type ChinaAddress } from "./pages/checkout-page"
import { backendUrl, login } from "./pages/desk-backend"
import { MeHomePage } from "./pages/me-home-page"
import { MeLoginPage } from "./pages/me-login-page"
import { monthInChina, OrderConfirmationPage, ShopBackend, toFen } from "./pages/order-confirmation-page"

/**
 * From the shop to a craftswoman's income page: a guest buys a piece the demo artisan 陈阿兰
 * made, the confirmation states what the makers get, and on her phone (/me, 390 x 844) she sees
 * the sale with the product photo and her share, and her month's big number grown by exactly it.
 * Her share comes from the backend (GET /store/orders/:id/makers), never from the test; the
 * product is found through GET /store/products/:id/makers. Other orders of the same product, and
 * whatever other specs did to her months, don't matter: the spec compares before with after.
 */
const SHOTS = path.join(__dirname, "..", "artifacts", "screenshots")
const PHONE_VIEWPORT = { width: 390, height: 844 }
const DEMO_ARTISAN = { name: "陈阿兰", phone: "13800000001", password: "jinxiu-demo" }

const ADDRESS: ChinaAddress = {
  name: "周美玲",
  phone: "139 0758 1234",
  province: "广东省",
  city: "肇庆市",
  district: "鼎湖区",
  street: "坑口大道 8 号",
}

type SaleEntry = {
  id: string
  kind: string
  amount: string
  sale: { product_id: string | null; product_title: string | null; thumbnail: string | null; quantity: number | null; order_display_id: number | null } | null
}

type OrderMakers = {
  order_id: string
  currency_code: string
  total: { amount: string; amount_cny: string }
  makers_count: number
  workshops_count: number
  lines: { line_item_id: string; product_id: string | null; quantity: number; amount_cny: string; makers: { artisan_id: string | null; amount_cny: string }[] }[]
}

/** "¥1,234" / "¥53.07" / "-¥12.00" (as the income pages write yuan) → fen, exactly. */
function yuanTextToFen(text: string): number {
  const negative = /^[\s]*[-−]/.test(text)
  const fen = toFen(text.replace(/[^0-9.]/g, ""))
  return negative ? -fen : fen
}

/** The artisan's own API (what /me reads), with her token. */
async function artisanApi(request: APIRequestContext) {
  const token = await login(request, "artisan", { phone: DEMO_ARTISAN.phone, password: DEMO_ARTISAN.password })
  const headers = { authorization: `Bearer ${token}` }
  const get = async (pathname: string) => {
    const res = await request.get(`${backendUrl()}${pathname}`, { headers })
    expect(res.status(), `GET ${pathname}`).toBe(200)
    return res.json()
  }
  return {
    async me(): Promise<{ id: string; display_name: string }> {
      return (await get("/artisan/me")).artisan
    },
    async monthEntries(month: string): Promise<SaleEntry[]> {
      return (await get(`/artisan/earnings/${month}`)).entries
    },
  }
}

/** The products she is among the makers of, by the shop's own maker lookup (sorted by handle). */
type StoreProduct = { id: string; handle: string; title: string; thumbnail: string | null }

async function productsMadeBy(request: APIRequestContext, artisanId: string): Promise<StoreProduct[]> {
  const { products } = await storeGet<{ products: StoreProduct[] }>(request, "/store/products", {
    limit: "100",
    fields: "id,handle,title,thumbnail",
  })
  const made: StoreProduct[] = []
  for (const product of products) {
    const { makers } = await storeGet<{ makers: { artisan_id: string }[] }>(request, `/store/products/${product.id}/makers`)
    if (makers.some((maker) => maker.artisan_id === artisanId)) made.push(product)
  }
  return made.sort((a, b) => a.handle.localeCompare(b.handle))
}

test.use({ locale: "zh-CN" })

test("a guest buys a piece 陈阿兰 made; her income page shows the sale and her share", async ({ page, browser, request }) => {
  const month = monthInChina()
  const artisan = await artisanApi(request)
  const her = await artisan.me()
  expect(her.display_name).toBe(DEMO_ARTISAN.name)

  // A product she made that can be bought in China now (a version in stock, with a CNY price).
  const candidates = await productsMadeBy(request, her.id)
  expect(candidates.length, `products made by ${DEMO_ARTISAN.name}`).toBeGreaterThan(0)
  let choice: { product: StoreProduct; variantTitle: string } | null = null
  for (const product of candidates) {
    const detail = await productByHandle(request, product.handle, "cny")
    const variant = detail.variants.find(
      (v) => v.calculated_price && (!v.manage_inventory || v.allow_backorder || (v.inventory_quantity ?? 0) > 0)
    )
    if (variant) {
      choice = { product, variantTitle: variant.title }
      break
    }
  }
  expect(choice, `a product of ${DEMO_ARTISAN.name}'s in stock`).not.toBeNull()
  const { product, variantTitle } = choice!

  // Her income page on her phone, before the sale.
  const phone = await browser.newContext({ viewport: PHONE_VIEWPORT, locale: "zh-CN", baseURL: e2eSettings().storefrontUrl })
  const mePage = await phone.newPage()
  await new MeLoginPage(mePage).login(DEMO_ARTISAN.phone, DEMO_ARTISAN.password)
  const me = new MeHomePage(mePage)
  await expect(me.subtitle).toContainText(DEMO_ARTISAN.name)
  const before = {
    month: yuanTextToFen(await me.soFar.innerText()),
    sales: yuanTextToFen(await me.part("sale_share").innerText()),
    rows: await me.soldPieces.count(),
  }

  // A guest buys one of the piece in the shop and pays manually.
  const cart = new CartPage(page)
  const checkout = new CheckoutPage(page)
  const confirmation = new OrderConfirmationPage(page)
  await cart.addFromProductPage(product.handle, { variant: variantTitle })
  await cart.open()
  await expect(cart.lines).toHaveCount(1)
  await cart.checkoutButton.click()
  await expect(checkout.contactForm).toBeVisible()
  await checkout.fillChinaAddress(`sale-income-${Date.now()}-${Math.floor(Math.random() * 1e6)}@e2e.jinxiu.test`, ADDRESS)
  await checkout.submitContact()
  await checkout.chooseShipping(0)
  await checkout.choosePayment("pp_system_default")
  await checkout.placeOrder()
  const orderId = await confirmation.orderId()

  // What the backend says the makers get from this order, and her part of it.
  const { order_makers: makers } = await storeGet<{ order_makers: OrderMakers }>(request, `/store/orders/${orderId}/makers`)
  expect(makers.currency_code).toBe("cny")
  expect(makers.lines.map((line) => line.product_id)).toEqual([product.id])
  const herParts = makers.lines.flatMap((line) => line.makers).filter((maker) => maker.artisan_id === her.id)
  expect(herParts, `${DEMO_ARTISAN.name} among the order's makers (she consents to a public profile)`).toHaveLength(1)
  const herShare = herParts[0].amount_cny
  const herShareFen = toFen(herShare)
  expect(herShareFen).toBeGreaterThan(0)
  expect(herShareFen).toBeLessThanOrEqual(toFen(makers.total.amount_cny))

  // The confirmation page states the makers' share the backend computed.
  const stated = await confirmation.makersShare()
  expect(stated.amountCny).toBe(makers.total.amount_cny)
  expect(stated.makers).toBe(makers.makers_count)
  expect(stated.workshops).toBe(makers.workshops_count)
  await expect(confirmation.makersLine).toContainText(`¥${makers.total.amount_cny}`)
  await expect(confirmation.makersLine).toContainText(`${makers.makers_count} 位绣娘`)

  // The order.placed subscriber credits her, once, with exactly that share.
  const order = await new ShopBackend(request, backendUrl()).order(orderId)
  const saleEntries = async () =>
    (await artisan.monthEntries(month)).filter((entry) => entry.kind === "sale_share" && entry.sale?.order_display_id === order.display_id)
  await expect
    .poll(async () => (await saleEntries()).map((entry) => entry.amount), {
      message: `${DEMO_ARTISAN.name}'s sale_share entries for order #${order.display_id}`,
      timeout: 20_000,
    })
    .toEqual([herShare])
  const [entry] = await saleEntries()
  expect(entry.sale).toMatchObject({ product_id: product.id, product_title: product.title, quantity: 1 })
  expect(entry.sale!.thumbnail).toBe(order.items[0].thumbnail)
  expect(entry.sale!.thumbnail, "the sale carries the product's photo").toBeTruthy()

  // On her phone: the sale, with the product photo and her share, where the page lists her
  // month's entries; the big number and the sales part grew by exactly her share.
  await me.open()
  await expect(me.soldPieces).toHaveCount(before.rows + 1)
  const row = me.soldPiece(entry.id)
  await expect(row.root).toHaveCount(1)
  await row.root.scrollIntoViewIfNeeded()
  await expect(row.line).toContainText(`${product.title} 被买走了`)
  await expect(row.line).toContainText("1 件")
  await expect(row.photo).toHaveAttribute("src", entry.sale!.thumbnail!)
  await expect.poll(() => row.photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { message: "the product photo loaded" }).toBe(true)
  expect(yuanTextToFen(await row.amount.innerText())).toBe(herShareFen)
  expect(yuanTextToFen(await me.soFar.innerText()) - before.month).toBe(herShareFen)
  expect(yuanTextToFen(await me.part("sale_share").innerText()) - before.sales).toBe(herShareFen)
  await mePage.screenshot({ path: path.join(SHOTS, "me-sale-390.png"), fullPage: true })
  await phone.close()
})
