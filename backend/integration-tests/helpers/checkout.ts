import { setUpCommerce, type CommerceSetup } from "../../../seed/src/demo/commerce"
import { ensurePublishableKey } from "../../../seed/src/demo/publishable-key"
import type { Container, RequestConfig, TestApi } from "./types"
import { uniqueSuffix } from "./unique"

/** The manual payment provider Medusa always has. */
export const MANUAL_PAYMENT_PROVIDER = "pp_system_default"

export type Shop = CommerceSetup & {
  /** headers carrying the storefront's publishable key (linked to the shop's sales channel) */
  store: RequestConfig
}

/**
 * The shop as the demo seed sets it up: the China region in CNY and the international one, tax
 * regions, a stock location, standard and express shipping, the sales channel and the
 * storefront's publishable key.
 */
export async function setUpShop(container: Container): Promise<Shop> {
  const setup = await setUpCommerce(container)
  const token = await ensurePublishableKey(container, setup.salesChannelId)
  return { ...setup, store: { headers: { "x-publishable-api-key": token } } }
}

/** A published product with one variant at `unitPrice` CNY, sold in the shop and shipped with its profile. */
export async function createProductForSale(api: TestApi, admin: RequestConfig, shop: Shop, options: { title: string; unitPrice: number }) {
  const res = await api.post(
    "/admin/products",
    {
      title: options.title,
      status: "published",
      shipping_profile_id: shop.shippingProfileId,
      options: [{ title: "尺寸", values: ["标准"] }],
      variants: [
        { title: "标准", options: { 尺寸: "标准" }, manage_inventory: false, prices: [{ currency_code: "cny", amount: options.unitPrice }] },
      ],
      sales_channels: [{ id: shop.salesChannelId }],
    },
    admin
  )
  const product = res.data.product as { id: string; title: string; variants: { id: string }[] }
  return { product, variantId: product.variants[0].id }
}

const ADDRESS = { first_name: "美", last_name: "陈", address_1: "端州区 金绣基地", city: "肇庆", country_code: "cn", postal_code: "526000" }

/**
 * A shopper's checkout through the store API, step by step as the storefront does it: a cart in
 * the China region, the variant added, e-mail and address, a shipping option, a payment
 * collection with a session of the manual provider, then the cart completed into an order.
 */
export async function checkOut(api: TestApi, shop: Shop, items: { variantId: string; quantity: number }[]) {
  const store = shop.store
  const cart = await api.post("/store/carts", { region_id: shop.regions.china }, store)
  const cartId = cart.data.cart.id as string
  for (const item of items) {
    await api.post(`/store/carts/${cartId}/line-items`, { variant_id: item.variantId, quantity: item.quantity }, store)
  }
  await api.post(
    `/store/carts/${cartId}`,
    { email: `shopper-${uniqueSuffix()}@jinxiu.test`, shipping_address: ADDRESS, billing_address: ADDRESS },
    store
  )
  const options = await api.get(`/store/shipping-options?cart_id=${cartId}`, store)
  const standard = (options.data.shipping_options as { id: string; name: string }[]).find((o) => /Standard/.test(o.name))
  if (!standard) throw new Error(`checkOut: no standard shipping option for the cart (${JSON.stringify(options.data)})`)
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: standard.id }, store)
  const collection = await api.post("/store/payment-collections", { cart_id: cartId }, store)
  await api.post(`/store/payment-collections/${collection.data.payment_collection.id}/payment-sessions`, { provider_id: MANUAL_PAYMENT_PROVIDER }, store)
  const completed = await api.post(`/store/carts/${cartId}/complete`, {}, store)
  if (completed.data.type !== "order") {
    throw new Error(`checkOut: the cart did not become an order: ${JSON.stringify(completed.data.error ?? completed.data)}`)
  }
  return { cartId, orderId: completed.data.order.id as string }
}
