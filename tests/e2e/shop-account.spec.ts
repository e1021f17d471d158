import path from "node:path"
import { expect, test, type Page } from "./support/test"
import { AccountPage } from "./pages/account-page"
import { CartPage } from "./pages/cart-page"
import { CheckoutPage, type ChinaAddress } from "./pages/checkout-page"
import { OrderConfirmationPage, ShopBackend } from "./pages/order-confirmation-page"
import { stack } from "./support/stack"

const PASSWORD = "jinxiu-e2e-password"
const uniqueEmail = (what: string) => `${what}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@e2e.jinxiu.test`

const HOME: ChinaAddress = {
  name: "林美华",
  phone: "13912345678",
  province: "广东省",
  city: "肇庆市",
  district: "端州区",
  street: "星湖大道 8 号 3 栋 502",
  postalCode: "526040",
}
const WORK: ChinaAddress = {
  name: "林美华",
  phone: "13912345678",
  province: "广东省",
  city: "广州市",
  district: "天河区",
  street: "体育西路 100 号",
}

const SHOTS = path.join(__dirname, "..", "artifacts", "screenshots")
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `checkout-${name}.png`), fullPage: true })

test.describe("the customer's account", () => {
  test("a customer registers, buys, finds the order in her history, logs out and in again", async ({ page, request }) => {
    const account = new AccountPage(page)
    const cart = new CartPage(page)
    const checkout = new CheckoutPage(page)
    const confirmation = new OrderConfirmationPage(page)
    const backend = new ShopBackend(request, stack().backendUrl)
    const email = uniqueEmail("customer")

    // protected pages send a guest to the login page
    await page.goto("/zh-CN/account")
    await expect(page).toHaveURL(/\/zh-CN\/account\/login\?next=%2Faccount$/)

    // a too-short password is refused beside the field, and no account is created
    await account.register({ firstName: "美华", lastName: "林", email, password: "short" })
    await expect(account.fieldError(account.registerForm, "password")).toHaveText("密码至少需要 8 个字符。")
    await expect(account.registerForm.locator('[name="email"]')).toHaveValue(email)
    await account.register({ firstName: "美华", lastName: "林", email, password: PASSWORD })
    await expect(account.overview).toBeVisible()
    await expect(page.getByTestId("account-greeting")).toHaveText("林美华，您好")
    await expect(page.getByTestId("no-orders")).toBeVisible()
    await expect(page.getByTestId("account-link")).toHaveAttribute("href", "/zh-CN/account")

    // registering the same e-mail again is refused
    await account.logout()
    await account.register({ firstName: "美华", email, password: PASSWORD })
    await expect(account.fieldError(account.registerForm, "email")).toHaveText("这个邮箱已经注册过。")
    await account.openLogin()
    await account.login(email, PASSWORD)
    await expect(account.overview).toBeVisible()

    // she buys; her e-mail is filled in for her
    await cart.addFromProductPage("lotus-bookmark", { variant: "纸盒装" })
    await checkout.open()
    await expect(checkout.field("email")).toHaveValue(email)
    await checkout.fillChinaAddress(email, HOME)
    await checkout.submitContact()
    await checkout.chooseShipping(0)
    await checkout.choosePayment()
    await checkout.placeOrder()
    const orderId = await confirmation.orderId()
    const order = await backend.order(orderId)
    expect(order.email).toBe(email)
    expect(order.customer_id).toBeTruthy()

    // the order is in her history, with its detail page
    await page.goto("/zh-CN/account")
    await expect(account.order(orderId)).toBeVisible()
    await expect(account.order(orderId)).toContainText(`订单 #${order.display_id}`)
    await shot(page, "account-1280")
    await page.setViewportSize({ width: 390, height: 844 })
    await shot(page, "account-390")
    await page.setViewportSize({ width: 1280, height: 800 })
    await account.order(orderId).getByRole("link").click()
    await expect(page.getByTestId("account-order-page")).toHaveAttribute("data-order-id", orderId)
    await expect(page.getByTestId("order-address")).toContainText("星湖大道 8 号 3 栋 502")
    await expect(page.getByTestId("order-makers")).toBeVisible()

    // log out: the account is closed to her until she logs in again
    await page.goto("/zh-CN/account")
    await account.logout()
    await expect(page.getByTestId("account-link")).toHaveAttribute("href", "/zh-CN/account/login")
    await page.goto(`/zh-CN/account/orders/${orderId}`)
    await expect(account.loginForm).toBeVisible()
    await account.login(email, "wrong-password")
    await expect(account.formError).toHaveText("邮箱或密码不正确。")
    await account.login(email, PASSWORD)
    // back where she wanted to go
    await expect(page.getByTestId("account-order-page")).toHaveAttribute("data-order-id", orderId)
  })

  test("a guest's cart becomes hers when she logs in, and the order is hers", async ({ page, request }) => {
    const account = new AccountPage(page)
    const cart = new CartPage(page)
    const checkout = new CheckoutPage(page)
    const confirmation = new OrderConfirmationPage(page)
    const backend = new ShopBackend(request, stack().backendUrl)
    const email = uniqueEmail("returning")

    await account.register({ firstName: "秋菊", email, password: PASSWORD })
    await expect(account.overview).toBeVisible()
    await account.logout()

    await cart.addFromProductPage("carp-lucky-ornament")
    await cart.open()
    await expect(cart.lines).toHaveCount(1)
    await account.openLogin()
    await account.login(email, PASSWORD)
    await expect(account.overview).toBeVisible()
    await cart.open()
    await expect(cart.lines).toHaveCount(1)

    await checkout.open()
    await checkout.fillChinaAddress(email, WORK)
    await checkout.submitContact()
    await checkout.chooseShipping(0)
    await checkout.choosePayment()
    await checkout.placeOrder()
    const orderId = await confirmation.orderId()
    await page.goto("/zh-CN/account")
    await expect(account.order(orderId)).toBeVisible()
    const order = await backend.order(orderId)
    const { customers } = await backend.adminGet(`/admin/customers?q=${encodeURIComponent(email)}&fields=id,email,has_account`)
    const customer = customers.find((c: { email: string; has_account: boolean }) => c.email === email && c.has_account)
    expect(order.customer_id).toBe(customer.id)
  })

  test("addresses: add, edit, make default, delete; a wrong mobile is refused beside the field", async ({ page }) => {
    const account = new AccountPage(page)
    await account.register({ firstName: "美华", email: uniqueEmail("addresses"), password: PASSWORD })
    await expect(account.overview).toBeVisible()

    await account.openAddresses()
    await expect(page.getByTestId("no-addresses")).toBeVisible()
    await account.addChinaAddress(HOME)
    // her first address is her default
    await expect(account.addressCards).toHaveCount(1)
    await expect(account.addressCard("星湖大道").getByTestId("default-badge")).toBeVisible()

    // a bad mobile: error beside the field, nothing saved
    await page.getByTestId("add-cn-address").click()
    await account.fillChinaAddress({ ...WORK, phone: "0758-1234567" })
    await page.getByTestId("address-save").click()
    await expect(account.fieldError(account.addressForm, "phone")).toHaveText("请输入 11 位中国大陆手机号，例如 138 0013 8000。")
    await account.fillChinaAddress(WORK)
    await page.getByTestId("address-save").click()
    await expect(account.addressCards).toHaveCount(2)

    // make the second one the default
    await account.addressCard("体育西路").getByTestId("address-make-default").click()
    await expect(account.addressCard("体育西路").getByTestId("default-badge")).toBeVisible()
    await expect(account.addressCard("星湖大道").getByTestId("default-badge")).toHaveCount(0)

    // edit the first: new district and street
    await account.addressCard("星湖大道").getByTestId("address-edit").click()
    await expect(account.addressForm.locator('[name="address_1"]')).toHaveValue(HOME.street)
    await account.addressForm.locator('[name="district"]').selectOption("鼎湖区")
    await account.addressForm.locator('[name="address_1"]').fill("坑口街道 6 号")
    await page.getByTestId("address-save").click()
    await expect(account.addressCard("坑口街道 6 号")).toContainText("广东省 肇庆市 鼎湖区")
    await expect(account.addressCard("星湖大道")).toHaveCount(0)
    await shot(page, "addresses-1280")
    await page.setViewportSize({ width: 390, height: 844 })
    await shot(page, "addresses-390")

    // the default address is offered at checkout
    await new CartPage(page).addFromProductPage("lotus-bookmark")
    const checkout = new CheckoutPage(page)
    await checkout.open()
    await expect(checkout.field("address_1")).toHaveValue(WORK.street)

    // delete one
    await account.openAddresses()
    await account.addressCard("坑口街道 6 号").getByTestId("address-delete").click()
    await expect(account.addressCards).toHaveCount(1)
    await expect(account.addressCard("体育西路")).toBeVisible()
  })

  test("in English: login, registration and account pages speak English", async ({ page }) => {
    const account = new AccountPage(page)
    await account.openLogin("en")
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Log in")
    await account.login("not-an-email", "")
    await expect(account.fieldError(account.loginForm, "email")).toHaveText("Enter a valid e-mail address, such as name@example.com.")
    await expect(account.fieldError(account.loginForm, "password")).toHaveText("This field is required.")
    await account.register({ firstName: "Ada", email: uniqueEmail("ada"), password: PASSWORD }, "en")
    await expect(account.overview).toBeVisible()
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("My account")
    await expect(page.getByTestId("account-greeting")).toHaveText("Hello, Ada")
    await expect(page.getByTestId("no-orders")).toHaveText("You have no orders yet.")
    await expect(account.logoutButton).toHaveText("Log out")
    await account.openAddresses("en")
    await expect(page.getByTestId("add-intl-address")).toHaveText("Add an address elsewhere")
    await shot(page, "account-en-1280")
  })
})
