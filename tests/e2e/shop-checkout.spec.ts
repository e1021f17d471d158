import path from "node:path"
import { expect, test, type Page } from "./support/test"
import { amountOf, CartPage } from "./pages/cart-page"
import { CheckoutPage, type ChinaAddress } from "./pages/checkout-page"
import { monthInChina, OrderConfirmationPage, ShopBackend, toFen } from "./pages/order-confirmation-page"
import { stack } from "./support/stack"

const ADDRESS: ChinaAddress = {
  name: "陈小红",
  phone: "138 0013 8000",
  province: "广东省",
  city: "肇庆市",
  district: "端州区",
  street: "天宁北路 12 号",
}

const uniqueEmail = (what: string) => `${what}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@e2e.jinxiu.test`

const SHOTS = path.join(__dirname, "..", "artifacts", "screenshots")
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `checkout-${name}.png`), fullPage: true })

test.describe("buying in the shop (guest)", () => {
  test("a guest buys two different pieces with manual payment and sees what the makers got", async ({ page, request }) => {
    const cart = new CartPage(page)
    const checkout = new CheckoutPage(page)
    const confirmation = new OrderConfirmationPage(page)
    const backend = new ShopBackend(request, stack().backendUrl)
    const email = uniqueEmail("guest")

    await cart.addFromProductPage("lotus-scent-pouch")
    await cart.addFromProductPage("carp-lucky-ornament", { quantity: 2 })
    await cart.open()
    await expect(cart.lines).toHaveCount(2)
    await expect(cart.total("total")).toHaveText(/¥/)
    await expect.poll(() => cart.badgeCount()).toBe(3)
    await shot(page, "cart-1280")

    await cart.checkoutButton.click()
    await expect(checkout.contactForm).toBeVisible()
    await checkout.fillChinaAddress(email, ADDRESS)
    await page.setViewportSize({ width: 390, height: 844 })
    await shot(page, "contact-390")
    await page.setViewportSize({ width: 1280, height: 800 })
    await shot(page, "contact-1280")
    await checkout.submitContact()
    await checkout.chooseShipping(0)
    await checkout.choosePayment("pp_system_default")
    await expect(page.getByTestId("contact-summary")).toContainText("广东省 肇庆市 端州区")
    await expect(page.getByTestId("contact-summary")).toContainText("13800138000")
    await shot(page, "review-1280")
    await page.setViewportSize({ width: 390, height: 844 })
    await shot(page, "review-390")
    await page.setViewportSize({ width: 1280, height: 800 })

    await checkout.placeOrder()
    const orderId = await confirmation.orderId()
    await expect(confirmation.lines).toHaveCount(2)
    await expect(confirmation.address).toContainText("天宁北路 12 号")
    const share = await confirmation.makersShare()
    expect(toFen(share.amountCny)).toBeGreaterThan(0)
    expect(share.amount).toBe(share.amountCny) // a CNY order
    // lotus pouch: two makers of one workshop; carp ornament: one maker of another
    expect(share.makers).toBe(3)
    expect(share.workshops).toBe(2)
    await expect(confirmation.makersLine).toContainText(`¥${share.amountCny}`)
    await expect(confirmation.makersLine).toContainText("3 位绣娘")
    await expect(confirmation.makersLine).toContainText("2 个工坊")
    await shot(page, "confirmed-1280")
    await page.setViewportSize({ width: 390, height: 844 })
    await shot(page, "confirmed-390")

    // the cart is used up
    await expect.poll(() => cart.badgeCount()).toBe(0)

    // the order exists in the backend, with both pieces and the guest's e-mail
    const order = await backend.order(orderId)
    expect(order.email).toBe(email)
    expect(order.currency_code).toBe("cny")
    expect(order.items.map((item: { product_title: string }) => item.product_title).sort()).toEqual(["荷花香囊", "年年有余挂饰"].sort())

    // and each maker was credited: the sale_share entries for this order add up to what the
    // confirmation said (the order.placed subscriber posts them)
    const makers = [...new Set((await Promise.all(order.items.map((item: { product_id: string }) => backend.makersOf(item.product_id)))).flat())]
    expect(makers).toHaveLength(3)
    await expect
      .poll(
        async () => {
          const amounts = (await Promise.all(makers.map((id) => backend.makerSaleShares(id, order.display_id, monthInChina())))).flat()
          return { entries: amounts.length, fen: amounts.reduce((sum, amount) => sum + toFen(amount), 0) }
        },
        { message: "sale_share entries of the order's makers", timeout: 20_000 }
      )
      .toEqual({ entries: 3, fen: toFen(share.amountCny) })
  })

  test("on a phone, choosing a delivery option shows its price and the new total in the summary at once", async ({ page }) => {
    const cart = new CartPage(page)
    const checkout = new CheckoutPage(page)
    await page.setViewportSize({ width: 390, height: 844 })
    await cart.addFromProductPage("lotus-bookmark")
    await checkout.open()
    await checkout.fillChinaAddress(uniqueEmail("delivery"), ADDRESS)
    await checkout.submitContact()
    await expect(checkout.shippingForm).toBeVisible()
    // the cheapest delivery is ticked and already on the cart: its price is in the summary from the start
    await expect(checkout.shippingOption(0)).toBeChecked()
    await expect(checkout.summaryTotal("shipping")).toHaveText("¥12.00")
    const subtotal = amountOf(await checkout.summaryTotal("subtotal").innerText())
    const totalWith = async (shipping: number) =>
      `¥${(subtotal + shipping + amountOf(await checkout.summaryTotal("tax").innerText())).toFixed(2)}`
    await expect(checkout.summaryTotal("total")).toHaveText(await totalWith(12))

    // 顺丰特快 (¥25): the summary is the cart's, before she continues
    await checkout.shippingOption(1).check()
    await expect(checkout.summaryTotal("shipping")).toHaveText("¥25.00")
    await expect(checkout.summaryTotal("total")).toHaveText(await totalWith(25))
    expect(await checkout.step()).toBe("shipping")
    await expect(checkout.shippingOption(1)).toBeChecked()
    await shot(page, "shipping-chosen-390")

    // back to 标准快递 (¥12)
    await checkout.shippingOption(0).check()
    await expect(checkout.summaryTotal("shipping")).toHaveText("¥12.00")
    await expect(checkout.summaryTotal("total")).toHaveText(await totalWith(12))
    expect(await checkout.step()).toBe("shipping")

    // continuing keeps what the summary said
    await page.getByTestId("shipping-continue").click()
    await expect(checkout.paymentForm).toBeVisible()
    await expect(page.getByTestId("shipping-summary")).toContainText("¥12.00")
    await expect(checkout.summaryTotal("shipping")).toHaveText("¥12.00")
  })

  test("invalid checkout input shows each error beside its field and places no order", async ({ page, request }) => {
    const cart = new CartPage(page)
    const checkout = new CheckoutPage(page)
    const backend = new ShopBackend(request, stack().backendUrl)
    const email = uniqueEmail("invalid")
    const ordersBefore = await backend.orderCount()

    await cart.addFromProductPage("lotus-bookmark")
    await checkout.open()
    await checkout.fillChinaAddress("not-an-email", { ...ADDRESS, phone: "1380013800", district: "", postalCode: "52604" })
    await checkout.submitContact()
    await expect(checkout.formError).toBeVisible()
    await expect(checkout.fieldError("email")).toHaveText("请输入有效的邮箱地址，例如 name@example.com。")
    await expect(checkout.fieldError("phone")).toHaveText("请输入 11 位中国大陆手机号，例如 138 0013 8000。")
    await expect(checkout.fieldError("district")).toHaveText("此项必填。")
    await expect(checkout.fieldError("postal_code")).toHaveText("邮政编码应为 6 位数字，可不填。")
    await expect(checkout.fieldError("name")).toHaveCount(0)
    await expect(checkout.field("phone")).toHaveAttribute("aria-invalid", "true")
    // what she typed is still there
    await expect(checkout.field("name")).toHaveValue(ADDRESS.name)
    await shot(page, "errors-1280")
    await page.setViewportSize({ width: 390, height: 844 })
    await shot(page, "errors-390")

    // the later steps can't be reached by URL, and nothing was ordered
    await checkout.open("zh-CN", "review")
    expect(await checkout.step()).toBe("contact")
    await expect(checkout.placeOrderButton).toHaveCount(0)

    // a correct e-mail but still a bad mobile: still refused
    await checkout.fillChinaAddress(email, { ...ADDRESS, phone: "12800138000" })
    await checkout.submitContact()
    await expect(checkout.fieldError("phone")).toBeVisible()
    expect(await checkout.step()).toBe("contact")

    expect(await backend.orderCount()).toBe(ordersBefore)
    expect(await backend.ordersMatching(email)).toEqual([])
  })

  test("the cart survives a reload; changing a quantity and removing a line update the totals", async ({ page }) => {
    const cart = new CartPage(page)
    await cart.addFromProductPage("lotus-scent-pouch")
    await cart.addFromProductPage("butterfly-coin-purse")
    await cart.open()
    await expect(cart.lines).toHaveCount(2)
    await page.reload()
    await expect(cart.lines).toHaveCount(2)

    const pouch = cart.line("荷花香囊")
    const unit = amountOf(await pouch.total.innerText())
    const subtotalBefore = amountOf(await cart.total("subtotal").innerText())
    await cart.setQuantity("荷花香囊", 3)
    await expect(pouch.total).toHaveText(`¥${(unit * 3).toFixed(2)}`)
    await expect(cart.total("subtotal")).toHaveText(`¥${(subtotalBefore + unit * 2).toFixed(2)}`)
    await expect.poll(() => cart.badgeCount()).toBe(4)

    await cart.remove("蝶恋花零钱包")
    await expect(cart.lines).toHaveCount(1)
    await expect(cart.total("subtotal")).toHaveText(`¥${(unit * 3).toFixed(2)}`)
    await page.reload()
    await expect(cart.lines).toHaveCount(1)
    await expect(cart.line("荷花香囊").quantity).toHaveValue("3")
    await expect.poll(() => cart.badgeCount()).toBe(3)
    await shot(page, "cart-after-changes-1280")
    await page.setViewportSize({ width: 390, height: 844 })
    await shot(page, "cart-390")

    await cart.remove("荷花香囊")
    await expect(cart.empty).toBeVisible()
  })

  test("a promo code (in any case) lowers the total and can be removed; an unknown code is refused", async ({ page, request }) => {
    const backend = new ShopBackend(request, stack().backendUrl)
    const code = `E2E${Date.now()}`
    await backend.adminPost("/admin/promotions", {
      code,
      type: "standard",
      status: "active",
      is_automatic: false,
      application_method: { type: "percentage", target_type: "order", allocation: "across", value: 10, currency_code: "cny" },
    })
    const cart = new CartPage(page)
    await cart.addFromProductPage("lotus-scent-pouch")
    await cart.open()
    const totalBefore = amountOf(await cart.total("total").innerText())

    await cart.applyPromo("NO-SUCH-CODE")
    await expect(cart.promoError).toHaveText("这个优惠码无效或不适用于您的购物车。")
    await expect(cart.total("discount")).toHaveCount(0)

    // typed in small letters, as customers do: codes aren't case-sensitive
    await cart.applyPromo(code.toLowerCase())
    await expect(cart.promoApplied).toContainText(code)
    await expect(cart.total("discount")).toHaveText(`−¥${(totalBefore / 10).toFixed(2)}`)
    await expect(cart.total("total")).toHaveText(`¥${(totalBefore * 0.9).toFixed(2)}`)
    await page.reload()
    await expect(cart.promoApplied).toContainText(code)

    await page.getByTestId("promo-remove").click()
    await expect(cart.promoApplied).toHaveCount(0)
    await expect(cart.total("total")).toHaveText(`¥${totalBefore.toFixed(2)}`)
  })

  test("switching the market moves the cart into the other currency", async ({ page }) => {
    const cart = new CartPage(page)
    await cart.addFromProductPage("lotus-scent-pouch")
    await cart.open()
    await expect(cart.total("total")).toHaveText(/^¥/)
    await page.getByTestId("market-select").selectOption("intl")
    await expect(cart.total("total")).toHaveText(/^US\$|^\$/)
    await expect(cart.lines).toHaveCount(1)
    await page.reload()
    await expect(cart.total("total")).toHaveText(/^US\$|^\$/)
    await page.getByTestId("market-select").selectOption("cn")
    await expect(cart.total("total")).toHaveText(/^¥/)
  })

  test("in English: the cart, checkout and field errors speak English", async ({ page }) => {
    const cart = new CartPage(page)
    const checkout = new CheckoutPage(page)
    await cart.addFromProductPage("lotus-scent-pouch", { locale: "en" })
    await cart.open("en")
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cart")
    await expect(cart.checkoutButton).toHaveText("Check out")
    await expect(page.getByTestId("cart-line-title")).toHaveText("Lotus Scent Pouch")
    await cart.checkoutButton.click()
    await expect(checkout.contactForm).toBeVisible()
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Checkout")
    // English visitors shop in the international market: the international address form
    await expect(checkout.fieldLabel("first_name")).toContainText("First name")
    await expect(checkout.fieldLabel("country_code")).toContainText("Country or region")
    await checkout.fillInternationalAddress("ada@example", { firstName: "Ada", lastName: "", street: "12 St James's Square", city: "London", postalCode: "SW1Y 4JH", country: "gb" })
    await checkout.submitContact()
    await expect(checkout.fieldError("email")).toHaveText("Enter a valid e-mail address, such as name@example.com.")
    await expect(checkout.fieldError("last_name")).toHaveText("This field is required.")
    await shot(page, "errors-en-1280")
    await checkout.fillInternationalAddress(uniqueEmail("ada"), { firstName: "Ada", lastName: "Lovelace", street: "12 St James's Square", city: "London", postalCode: "SW1Y 4JH", country: "gb" })
    await checkout.submitContact()
    await expect(checkout.shippingForm).toBeVisible()
    await expect(checkout.shippingForm).toContainText("International standard (7–14 days)")
    await expect(checkout.shippingForm).toContainText("$")
    await checkout.chooseShipping(0)
    await checkout.choosePayment()
    await expect(checkout.placeOrderButton).toHaveText("Place order")
    await checkout.placeOrder()

    // a USD order: the makers' share in dollars and in the yuan they are credited
    const confirmation = new OrderConfirmationPage(page)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Order placed")
    const share = await confirmation.makersShare()
    expect(share).toMatchObject({ makers: 2, workshops: 1 })
    expect(toFen(share.amountCny)).toBeGreaterThan(toFen(share.amount))
    await expect(confirmation.makersLine).toContainText(`Your order paid $${share.amount} (about CN¥${share.amountCny}) to 2 women in 1 workshop.`)
    await expect(confirmation.address).toContainText("United Kingdom")
    await expect(page.getByTestId("order-details")).toContainText("International standard (7–14 days)")
    await shot(page, "confirmed-en-1280")
  })
})
