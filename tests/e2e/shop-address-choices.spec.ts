import { expect, test } from "./support/test"
import { AccountPage } from "./pages/account-page"
import { CartPage } from "./pages/cart-page"
import { CheckoutPage } from "./pages/checkout-page"
import { ShopBackend } from "./pages/order-confirmation-page"
import { stack } from "./support/stack"

const uniqueEmail = (what: string) => `${what}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@e2e.jinxiu.test`

/** 肇庆市's districts and counties, as the dataset lists them. */
const ZHAOQING = ["端州区", "鼎湖区", "高要区", "广宁县", "怀集县", "封开县", "德庆县", "四会市"]

test.describe("a China address is chosen province → city → district", () => {
  test("each list offers only what lies in the choice above it, and the server refuses a mixed-up address", async ({ page }) => {
    const cart = new CartPage(page)
    const checkout = new CheckoutPage(page)
    await cart.addFromProductPage("lotus-bookmark")
    await checkout.open()

    // nothing to choose before the province
    await expect(checkout.field("city").locator("option")).toHaveText(["请先选择省份"])

    await checkout.field("province").selectOption("广东省")
    await expect(checkout.field("city").locator('option[value="肇庆市"]')).toHaveCount(1)
    const cities = await checkout.optionValues("city")
    expect(cities).toHaveLength(21)
    expect(cities).toEqual(expect.arrayContaining(["广州市", "肇庆市", "东莞市"]))
    expect(cities).not.toContain("北京市")

    // the district list offers the chosen city's districts, and only those
    await checkout.field("city").selectOption("肇庆市")
    await expect.poll(() => checkout.optionValues("district")).toEqual(ZHAOQING)
    await checkout.field("district").selectOption("端州区")
    await checkout.field("city").selectOption("广州市")
    await expect(checkout.field("district")).toHaveValue("")
    const guangzhou = await checkout.optionValues("district")
    expect(guangzhou).toContain("天河区")
    expect(guangzhou).not.toContain("端州区")

    // a municipality: its city is itself
    await checkout.field("province").selectOption("北京市")
    await expect(checkout.field("city")).toHaveValue("北京市")
    expect(await checkout.optionValues("city")).toEqual(["北京市"])
    await expect.poll(() => checkout.optionValues("district")).toContain("朝阳区")
    expect(await checkout.optionValues("district")).not.toContain("端州区")

    // what the lists wouldn't allow, sent anyway (an old form, a hand-made request): refused by
    // the server beside the field, nothing saved
    await checkout.field("email").fill(uniqueEmail("divisions"))
    await checkout.field("name").fill("陈小红")
    await checkout.field("phone").fill("13800138000")
    await checkout.field("address_1").fill("天宁北路 12 号")
    await checkout.field("city").evaluate((select: HTMLSelectElement) => {
      select.add(new Option("肇庆市", "肇庆市", true, true))
    })
    await checkout.submitContact()
    await expect(checkout.fieldError("city")).toHaveText("这个城市不属于所选省份，请从列表中重新选择。")
    expect(await checkout.step()).toBe("contact")
    // what was sent stays shown, marked, to be chosen again
    await expect(checkout.field("city")).toHaveValue("肇庆市")
    await expect(checkout.field("city").locator("option:checked")).toHaveText("肇庆市（不在列表中，请重新选择）")
    await expect(checkout.field("province")).toHaveValue("北京市")

    await checkout.field("city").selectOption("北京市")
    await checkout.field("district").selectOption("朝阳区")
    await checkout.submitContact()
    await expect(checkout.shippingForm).toBeVisible()
    // written once: 北京市 朝阳区
    await expect(page.getByTestId("contact-summary")).toContainText("北京市 朝阳区")
  })

  test("a saved address typed before the lists is shown to be chosen again; a saved one fills the checkout's lists", async ({ page, request }) => {
    const account = new AccountPage(page)
    const backend = new ShopBackend(request, stack().backendUrl)
    const email = uniqueEmail("saved-divisions")
    await account.register({ firstName: "美华", lastName: "林", email, password: "jinxiu-e2e-password" })
    await expect(account.overview).toBeVisible()

    // an address from before the lists: city typed as 肇庆 (no 市)
    const { customers } = await backend.adminGet(`/admin/customers?q=${encodeURIComponent(email)}&fields=id,email`)
    const customer = customers.find((candidate: { email: string }) => candidate.email === email)
    await backend.adminPost(`/admin/customers/${customer.id}/addresses`, {
      first_name: "林美华",
      phone: "13912345678",
      province: "广东省",
      city: "肇庆",
      address_2: "端州区",
      address_1: "星湖大道 8 号",
      country_code: "cn",
      is_default_shipping: true,
    })

    await account.openAddresses()
    await account.addressCard("星湖大道").getByTestId("address-edit").click()
    const form = account.addressForm
    await expect(form.locator('[name="province"]')).toHaveValue("广东省")
    await expect(form.locator('[name="city"]')).toHaveValue("肇庆")
    await expect(form.locator('[name="city"] option:checked')).toHaveText("肇庆（不在列表中，请重新选择）")
    await page.getByTestId("address-save").click()
    await expect(account.fieldError(form, "city")).toHaveText("这个城市不属于所选省份，请从列表中重新选择。")

    await form.locator('[name="city"]').selectOption("肇庆市")
    await form.locator('[name="district"]').selectOption("端州区")
    await page.getByTestId("address-save").click()
    await expect(account.addressCard("星湖大道")).toContainText("广东省 肇庆市 端州区")

    // a second one in Beijing, chosen from the lists
    await page.getByTestId("add-cn-address").click()
    await account.fillChinaAddress({ name: "林美华", phone: "13912345678", province: "北京市", city: "北京市", district: "朝阳区", street: "建国路 88 号" })
    await page.getByTestId("address-save").click()
    await expect(account.addressCard("建国路")).toContainText("北京市 朝阳区")

    // at checkout the default (Zhaoqing) is filled in; choosing the Beijing one fills its lists
    await new CartPage(page).addFromProductPage("lotus-bookmark")
    const checkout = new CheckoutPage(page)
    await checkout.open()
    await expect(checkout.field("city")).toHaveValue("肇庆市")
    await expect(checkout.field("district")).toHaveValue("端州区")
    const saved = page.getByTestId("saved-address-select")
    await saved.selectOption((await saved.locator("option", { hasText: "建国路" }).getAttribute("value"))!)
    await expect(checkout.field("province")).toHaveValue("北京市")
    await expect(checkout.field("city")).toHaveValue("北京市")
    await expect(checkout.field("district")).toHaveValue("朝阳区")
    await expect(checkout.field("address_1")).toHaveValue("建国路 88 号")
    expect(await checkout.optionValues("district")).not.toContain("端州区")
  })

  test("without JavaScript, sending the province brings back its cities, then the city's districts", async ({ browser, page }) => {
    await new CartPage(page).addFromProductPage("lotus-bookmark")
    const context = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() })
    try {
      const checkout = new CheckoutPage(await context.newPage())
      await checkout.open()
      await checkout.field("email").fill(uniqueEmail("no-script"))
      await checkout.field("name").fill("陈小红")
      await checkout.field("phone").fill("13800138000")
      await checkout.field("address_1").fill("天宁北路 12 号")
      await checkout.field("province").selectOption("广东省")
      await checkout.submitContact()

      await expect(checkout.fieldError("city")).toHaveText("此项必填。")
      await expect(checkout.field("province")).toHaveValue("广东省")
      await checkout.field("city").selectOption("肇庆市")
      await checkout.submitContact()

      await expect(checkout.fieldError("district")).toHaveText("此项必填。")
      expect(await checkout.optionValues("district")).toEqual(ZHAOQING)
      await checkout.field("district").selectOption("端州区")
      await checkout.submitContact()
      await expect(checkout.shippingForm).toBeVisible()
    } finally {
      await context.close()
    }
  })
})
