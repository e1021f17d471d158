// The Stripe payment path end to end, without internet: the backend runs with our Stripe provider
// pointed (test-only STRIPE_API_HOST) at a local fake Stripe that speaks Stripe's real HTTP API to
// the real `stripe` library. Everything goes through the store and admin HTTP APIs and Medusa's
// webhook route; Stripe.js in the browser is played by a publishable-key client confirming the
// PaymentIntent with its client_secret.
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { parseStripeErrorMessage } from "../../src/modules/stripe"
import { stripeLibrary } from "../../src/modules/stripe/stripe-library"
import { startFakeStripe, type FakeStripe } from "../fake-stripe/server"
import { setUpCommerce } from "../../../seed/src/demo/commerce"
import { adminHeaders, customerHeaders, publishableKeyHeaders, uniqueSuffix } from "../helpers"
import type { Container, RequestConfig, TestApi } from "../helpers/types"

const WEBHOOK_SECRET = "whsec_jinxiu_integration_secret"

// medusa-config.ts reads these when the runner loads it (in its beforeAll, after ours below).
process.env.STRIPE_API_KEY = "sk_test_jinxiu_integration"
process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET
process.env.STRIPE_API_HOST = "127.0.0.1"
process.env.STRIPE_API_PROTOCOL = "http"

let fake: FakeStripe

beforeAll(async () => {
  fake = await startFakeStripe()
  process.env.STRIPE_API_PORT = String(fake.port)
})

afterAll(async () => {
  await fake?.close()
})

const STRIPE = "pp_stripe_stripe"
const UNIT_PRICE = 44.25 // CNY; two of them: 88.50 → 8850 fen at Stripe
const ORDER_FIELDS = [
  "id",
  "payment_status",
  "total",
  "payment_collections.id",
  "payment_collections.status",
  "payment_collections.payments.*",
  "payment_collections.payments.captures.*",
  "payment_collections.payments.refunds.*",
].join(",")

/** Stripe.js in the customer's browser: confirms the PaymentIntent with its client_secret. */
function browserConfirm(intent: { id: string; client_secret: string }, paymentMethod: string) {
  const Stripe = stripeLibrary()
  const browser = new Stripe("pk_test_jinxiu_storefront", { host: fake.host, port: fake.port, protocol: fake.protocol }) as any
  return browser.paymentIntents.confirm(intent.id, {
    payment_method: paymentMethod,
    client_secret: intent.client_secret,
    use_stripe_sdk: true,
  })
}

type Delivery = { ok: true } | { ok: false; error: string }

/**
 * Medusa's webhook route answers 200 at once and hands the payload to the subscriber
 * "payment-webhook-handler" 5 s later. This wraps that subscriber (through the event bus's public
 * subscribe/unsubscribe) to learn when each delivery has been handled and how it ended.
 */
function watchWebhookDeliveries(container: Container) {
  const event = "payment.webhook_received"
  const bus = container.resolve(Modules.EVENT_BUS) as any
  const entry = (bus.eventToSubscribersMap.get(event) ?? []).find((s: { id: string }) => s.id === "payment-webhook-handler")
  if (!entry) {
    throw new Error("Medusa's payment webhook subscriber (payment-webhook-handler) is not registered")
  }
  const deliveries: Delivery[] = []
  let wake: () => void = () => undefined
  bus.unsubscribe(event, entry.subscriber, { subscriberId: entry.id })
  bus.subscribe(
    event,
    async (data: unknown) => {
      try {
        await entry.subscriber(data)
        deliveries.push({ ok: true })
      } catch (error) {
        deliveries.push({ ok: false, error: (error as Error).message })
        throw error
      } finally {
        wake()
      }
    },
    { subscriberId: entry.id }
  )
  return {
    deliveries,
    /** Resolves once `count` deliveries in all have been handled. */
    async handled(count: number): Promise<Delivery[]> {
      while (deliveries.length < count) {
        await new Promise<void>((resolve) => (wake = resolve))
      }
      return deliveries.slice(0, count)
    },
    restore() {
      bus.unsubscribe(event, null, { subscriberId: entry.id })
      bus.subscribe(event, entry.subscriber, { subscriberId: entry.id })
    },
  }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: RequestConfig
    let store: Awaited<ReturnType<typeof publishableKeyHeaders>>
    let regionId: string
    let variantId: string

    const post = (url: string, body: unknown, config: RequestConfig) => api.post(url, body, config)

    beforeEach(async () => {
      admin = await adminHeaders(getContainer())
    })

    describe("checkout", () => {
      beforeEach(async () => {
        const container = getContainer()
        store = await publishableKeyHeaders(container)
        const region = await post(
          "/admin/regions",
          { name: `Stripe test ${uniqueSuffix()}`, currency_code: "cny", countries: ["cn"], payment_providers: ["pp_system_default", STRIPE] },
          admin
        )
        regionId = region.data.region.id
        const product = await post(
          "/admin/products",
          {
            title: "广府金绣团扇",
            status: "published",
            options: [{ title: "尺寸", values: ["标准"] }],
            variants: [
              { title: "标准", options: { 尺寸: "标准" }, manage_inventory: false, prices: [{ currency_code: "cny", amount: UNIT_PRICE }] },
            ],
            sales_channels: [{ id: store.salesChannelId }],
          },
          admin
        )
        variantId = product.data.product.variants[0].id
      })

      /** A cart with two fans and a Stripe payment session, as the storefront builds it. */
      async function cartWithStripeSession(headers: RequestConfig, sessionData?: Record<string, unknown>) {
        const address = { first_name: "美", last_name: "陈", address_1: "端州区 金绣基地", city: "肇庆", country_code: "cn", postal_code: "526000" }
        const cart = await post(
          "/store/carts",
          { region_id: regionId, email: `buyer-${uniqueSuffix()}@jinxiu.test`, items: [{ variant_id: variantId, quantity: 2 }], shipping_address: address, billing_address: address },
          headers
        )
        const cartId = cart.data.cart.id as string
        const collection = await post("/store/payment-collections", { cart_id: cartId }, headers)
        const collectionId = collection.data.payment_collection.id as string
        const withSession = await post(
          `/store/payment-collections/${collectionId}/payment-sessions`,
          { provider_id: STRIPE, ...(sessionData ? { data: sessionData } : {}) },
          headers
        )
        const session = withSession.data.payment_collection.payment_sessions[0]
        return { cartId, collectionId, session, intent: session.data as { id: string; client_secret: string } }
      }

      const complete = (cartId: string, headers: RequestConfig) => post(`/store/carts/${cartId}/complete`, {}, headers)

      async function orderOf(orderId: string) {
        const res = await api.get(`/admin/orders/${orderId}?fields=${ORDER_FIELDS}`, admin)
        return res.data.order
      }

      async function ordersOfCart(cartId: string) {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
        return data as { order_id: string }[]
      }

      it("initiates a PaymentIntent, authorizes it into an order, captures and refunds from the admin", async () => {
        const customer = await customerHeaders(api as TestApi, getContainer())
        const headers = { headers: { authorization: customer.headers.authorization, ...store.headers } }
        const { cartId, session, intent } = await cartWithStripeSession(headers)

        // Initiated: a manual-capture PaymentIntent for 88.50 CNY in fen, tied to the session and
        // to a Stripe customer made for the shop's customer.
        expect(session.provider_id).toBe(STRIPE)
        const created = fake.state.paymentIntents.get(intent.id)!
        expect(created).toMatchObject({ amount: 8850, currency: "cny", capture_method: "manual", status: "requires_payment_method" })
        expect(created.metadata.session_id).toBe(session.id)
        expect(intent.client_secret).toBe(created.client_secret)
        expect(fake.state.customers.get(created.customer)).toMatchObject({ email: customer.email })

        // Authorized: the browser confirms the card, then the order is placed.
        const confirmed = await browserConfirm(intent, "pm_card_visa")
        expect(confirmed.status).toBe("requires_capture")
        const placed = await complete(cartId, headers)
        expect(placed.data.type).toBe("order")
        const orderId = placed.data.order.id as string
        let order = await orderOf(orderId)
        expect(order.payment_status).toBe("authorized")
        const payment = order.payment_collections[0].payments[0]
        expect(payment).toMatchObject({ provider_id: STRIPE, amount: 88.5, currency_code: "cny" })
        expect(payment.data.id).toBe(intent.id)
        expect(fake.state.paymentIntents.get(intent.id)!.status).toBe("requires_capture")

        // Captured from the admin: Stripe captures the full 8850 fen, once, with an idempotency key.
        const captureRes = await post(`/admin/payments/${payment.id}/capture`, {}, admin)
        expect(captureRes.status).toBe(200)
        expect(fake.state.paymentIntents.get(intent.id)).toMatchObject({ status: "succeeded", amount_received: 8850 })
        const captureCalls = fake.state.requests.filter((r) => r.path === `/v1/payment_intents/${intent.id}/capture`)
        expect(captureCalls).toHaveLength(1)
        expect(captureCalls[0]).toMatchObject({ status: 200, replayed: false })
        expect(captureCalls[0].idempotencyKey).toMatch(/^capt_/)
        order = await orderOf(orderId)
        expect(order.payment_status).toBe("captured")
        expect(order.payment_collections[0].payments[0].captures).toHaveLength(1)

        // Refunded from the admin: 20 CNY comes back as a 2000 fen Stripe refund.
        const refundRes = await post(`/admin/payments/${payment.id}/refund`, { amount: 20 }, admin)
        expect(refundRes.status).toBe(200)
        const refunds = [...fake.state.refunds.values()].filter((r) => r.payment_intent === intent.id)
        expect(refunds).toHaveLength(1)
        expect(refunds[0]).toMatchObject({ amount: 2000, currency: "cny", status: "succeeded" })
        order = await orderOf(orderId)
        expect(order.payment_status).toBe("partially_refunded")
        expect(order.payment_collections[0].payments[0].refunds.map((r: { amount: number }) => r.amount)).toEqual([20])
      })

      it("places the order from a signed webhook exactly once, and ignores a badly signed one", async () => {
        const { cartId, intent } = await cartWithStripeSession(store)
        // The customer paid in the browser but never came back to the shop to place the order.
        await browserConfirm(intent, "pm_card_mastercard")
        const [stripeEvent] = fake.eventsFor(intent.id, "payment_intent.amount_capturable_updated")
        expect(stripeEvent).toBeDefined()
        const payload = JSON.stringify(stripeEvent)
        const Stripe = stripeLibrary()
        const send = (secret: string) =>
          api.post("/hooks/payment/stripe_stripe", payload, {
            headers: {
              "content-type": "application/json",
              "stripe-signature": Stripe.webhooks.generateTestHeaderString({ payload, secret }),
            },
          })

        const watch = watchWebhookDeliveries(getContainer())
        try {
          // Signed with another secret: handled, refused, nothing happens.
          const forged = await send("whsec_someone_else")
          expect(forged.status).toBe(200) // Medusa acknowledges first and checks when it handles it
          const [refused] = await watch.handled(1)
          expect(refused.ok).toBe(false)
          expect((refused as { error: string }).error).toMatch(/No signatures found matching the expected signature/)
          expect(await ordersOfCart(cartId)).toHaveLength(0)
          const cartAfterForgery = await api.get(`/store/carts/${cartId}`, store)
          expect(cartAfterForgery.data.cart.completed_at).toBeFalsy()

          // Signed with the webhook secret and delivered twice: one order, one payment.
          const [first, second] = await Promise.all([send(WEBHOOK_SECRET), send(WEBHOOK_SECRET)])
          expect([first.status, second.status]).toEqual([200, 200])
          // Both deliveries are handled. Which one wins is a race: the other either finds the
          // payment already there (a no-op) or is refused by the database's unique payment per
          // session. Any other failure is a bug; the single order and payment are checked below.
          const delivered = (await watch.handled(3)).slice(1)
          expect(delivered.filter((d) => d.ok)).not.toHaveLength(0)
          for (const d of delivered) {
            if (!d.ok) expect(d.error).toMatch(/^Payment with payment_session_id: \S+, already exists\.$/)
          }
        } finally {
          watch.restore()
        }

        const orders = await ordersOfCart(cartId)
        expect(orders).toHaveLength(1)
        const order = await orderOf(orders[0].order_id)
        expect(order.payment_status).toBe("authorized")
        expect(order.payment_collections[0].payments).toHaveLength(1)
        expect(order.payment_collections[0].payments[0].data.id).toBe(intent.id)
        // Authorizing read the PaymentIntent; nothing was confirmed or captured again.
        expect(fake.state.paymentIntents.get(intent.id)!.status).toBe("requires_capture")
        const writes = fake.state.requests.filter((r) => r.method === "POST" && r.path.startsWith(`/v1/payment_intents/${intent.id}/`))
        expect(writes.map((r) => `${r.path.split("/").pop()}:${r.keyKind}`)).toEqual(["confirm:publishable"])
      })

      it("a cancel after a lost recording race leaves alone the PaymentIntent its session's payment stands on", async () => {
        // Two deliveries of one webhook authorize the same session at once; the loser's payment
        // record fails on the unique payment per session, and Medusa's payment module then cancels
        // the PaymentIntent (no idempotency key: its payment has no id). Called here the way the
        // module calls it, deterministically, on the provider the module uses.
        const paymentModule = getContainer().resolve(Modules.PAYMENT) as any
        const provider = await paymentModule.paymentProviderService_.retrieveProvider(STRIPE)
        const stripeData = (id: string) => JSON.parse(JSON.stringify(fake.state.paymentIntents.get(id)))

        // The session whose payment was recorded (the order is placed on it): the intent stays authorized.
        const placed = await cartWithStripeSession(store)
        await browserConfirm(placed.intent, "pm_card_visa")
        expect((await complete(placed.cartId, store)).data.type).toBe("order")
        expect(stripeData(placed.intent.id).metadata.session_id).toBe(placed.session.id)
        await provider.cancelPayment({ data: stripeData(placed.intent.id), context: {} })
        expect(fake.state.paymentIntents.get(placed.intent.id)!.status).toBe("requires_capture")

        // A session with no payment recorded: the dangling authorization is cancelled, as before.
        const dangling = await cartWithStripeSession(store)
        await browserConfirm(dangling.intent, "pm_card_visa")
        await provider.cancelPayment({ data: stripeData(dangling.intent.id), context: {} })
        expect(fake.state.paymentIntents.get(dangling.intent.id)!.status).toBe("canceled")
      })

      it("answers a declined card with Stripe's decline code, places no order, and takes another card", async () => {
        // The storefront passed the card's PaymentMethod with the session: confirmed at checkout.
        const { cartId, intent } = await cartWithStripeSession(store, {
          payment_method: "pm_card_chargeDeclinedInsufficientFunds",
          payment_method_types: ["card"],
        })
        expect(fake.state.paymentIntents.get(intent.id)!.status).toBe("requires_confirmation")

        const declined = await complete(cartId, store)
        expect(declined.status).toBe(200)
        expect(declined.data.type).toBe("cart")
        expect(declined.data.error).toEqual({
          type: "payment_authorization_error",
          name: "Error",
          message: "Payment declined by Stripe (code: card_declined, decline_code: insufficient_funds): Your card has insufficient funds.",
        })
        expect(parseStripeErrorMessage(declined.data.error.message)).toEqual({ code: "card_declined", decline_code: "insufficient_funds" })
        expect(declined.data.cart.completed_at).toBeFalsy()
        expect(await ordersOfCart(cartId)).toHaveLength(0)
        expect(fake.state.paymentIntents.get(intent.id)).toMatchObject({
          status: "requires_payment_method",
          last_payment_error: { code: "card_declined", decline_code: "insufficient_funds" },
        })

        // Trying again without a new card gives the same answer and still no order.
        const again = await complete(cartId, store)
        expect(again.data.error.message).toBe(declined.data.error.message)
        expect(await ordersOfCart(cartId)).toHaveLength(0)

        // Another card, confirmed in the browser: the same cart becomes an order.
        await browserConfirm(intent, "pm_card_visa")
        const placed = await complete(cartId, store)
        expect(placed.data.type).toBe("order")
        expect(await ordersOfCart(cartId)).toHaveLength(1)
        expect((await orderOf(placed.data.order.id)).payment_status).toBe("authorized")
      })

      it("declines a card confirmed in the browser with its own code (expired card)", async () => {
        const { cartId, intent } = await cartWithStripeSession(store)
        const browserError = await browserConfirm(intent, "pm_card_chargeDeclinedExpiredCard").then(
          () => null,
          (error: unknown) => error
        )
        expect(browserError).toMatchObject({ type: "StripeCardError", code: "expired_card" })

        const declined = await complete(cartId, store)
        expect(declined.data.type).toBe("cart")
        expect(declined.data.error.type).toBe("payment_authorization_error")
        expect(parseStripeErrorMessage(declined.data.error.message)).toEqual({ code: "expired_card", decline_code: "expired_card" })
        expect(declined.data.error.message).toMatch(/Your card has expired\.$/)
        expect(await ordersOfCart(cartId)).toHaveLength(0)
      })
    })

    describe("demo seed", () => {
      it("gives its regions the Stripe provider when the payment module has it", async () => {
        const { regions } = await setUpCommerce(getContainer())
        for (const id of [regions.china, regions.international]) {
          const res = await api.get(`/admin/regions/${id}?fields=id,*payment_providers`, admin)
          const providers = res.data.region.payment_providers.map((p: { id: string }) => p.id).sort()
          expect(providers).toEqual(["pp_stripe_stripe", "pp_system_default"])
        }
      })
    })
  },
})
