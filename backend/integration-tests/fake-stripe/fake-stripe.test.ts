// The fake Stripe server driven by the real `stripe` library (the version @medusajs/payment-stripe
// uses): if the fake drifts from Stripe's wire format or rules, these fail before the Medusa tests.
import { stripeLibrary } from "../../src/modules/stripe/stripe-library"
import { startFakeStripe, type FakeStripe } from "./server"

type Client = any

/** The error a Stripe call fails with; fails the test if the call succeeds. */
async function stripeError(call: Promise<unknown>): Promise<any> {
  return call.then(
    (result) => {
      throw new Error(`expected a Stripe error, got ${JSON.stringify(result).slice(0, 200)}`)
    },
    (error: unknown) => error
  )
}

describe("fake Stripe server", () => {
  let fake: FakeStripe
  let stripe: Client
  let browser: (publishableKey?: string) => Client

  beforeAll(async () => {
    fake = await startFakeStripe()
    const Stripe = stripeLibrary()
    const where = { host: fake.host, port: fake.port, protocol: fake.protocol }
    stripe = new Stripe("sk_test_fake_secret", where)
    browser = (key = "pk_test_fake_publishable") => new Stripe(key, where)
  })

  afterAll(async () => {
    await fake.close()
  })

  it("creates and retrieves a PaymentIntent from form-encoded nested params", async () => {
    const created = await stripe.paymentIntents.create({
      amount: 8850,
      currency: "cny",
      capture_method: "manual",
      metadata: { session_id: "payses_1", note: "金繡" },
      payment_method_types: ["card"],
    })
    expect(created).toMatchObject({
      object: "payment_intent",
      amount: 8850,
      currency: "cny",
      capture_method: "manual",
      status: "requires_payment_method",
      metadata: { session_id: "payses_1", note: "金繡" },
      payment_method_types: ["card"],
      automatic_payment_methods: null,
    })
    expect(created.client_secret).toMatch(new RegExp(`^${created.id}_secret_`))
    const again = await stripe.paymentIntents.retrieve(created.id)
    expect(again).toEqual(created)
  })

  it("replays an Idempotency-Key and refuses the key for another request", async () => {
    const params = { amount: 1200, currency: "usd", payment_method_types: ["card"] }
    const first = await stripe.paymentIntents.create(params, { idempotencyKey: "key-replay-1" })
    const second = await stripe.paymentIntents.create(params, { idempotencyKey: "key-replay-1" })
    expect(second.id).toBe(first.id)
    expect(second.lastResponse.headers["idempotent-replayed"]).toBe("true")
    expect([...fake.state.paymentIntents.values()].filter((pi) => pi.amount === 1200)).toHaveLength(1)

    const conflict = await stripeError(stripe.paymentIntents.create({ ...params, amount: 1300 }, { idempotencyKey: "key-replay-1" }))
    expect(conflict).toMatchObject({ type: "StripeIdempotencyError", statusCode: 400 })
    expect(conflict.message).toMatch(/same parameters/)
  })

  it("declines pm_card_chargeDeclinedInsufficientFunds with Stripe's card error", async () => {
    const pi = await stripe.paymentIntents.create({ amount: 5000, currency: "usd", payment_method_types: ["card"] })
    const error = await stripeError(
      browser().paymentIntents.confirm(pi.id, {
        payment_method: "pm_card_chargeDeclinedInsufficientFunds",
        client_secret: pi.client_secret,
        use_stripe_sdk: true,
      })
    )
    expect(error).toMatchObject({
      type: "StripeCardError",
      statusCode: 402,
      code: "card_declined",
      decline_code: "insufficient_funds",
      message: "Your card has insufficient funds.",
    })
    expect(error.payment_intent).toMatchObject({ id: pi.id, status: "requires_payment_method" })
    const after = await stripe.paymentIntents.retrieve(pi.id)
    expect(after.last_payment_error).toMatchObject({ type: "card_error", code: "card_declined", decline_code: "insufficient_funds" })
    expect(fake.eventsFor(pi.id).map((e) => e.type)).toEqual(["payment_intent.created", "payment_intent.payment_failed"])
  })

  it("authorizes, captures and refunds, and refuses refunding more than was captured", async () => {
    const pi = await stripe.paymentIntents.create({
      amount: 8850,
      currency: "cny",
      capture_method: "manual",
      payment_method: "pm_card_visa",
      payment_method_types: ["card"],
    })
    expect(pi.status).toBe("requires_confirmation")
    const confirmed = await stripe.paymentIntents.confirm(pi.id, { expand: ["payment_method"] })
    expect(confirmed).toMatchObject({ status: "requires_capture", amount_capturable: 8850 })
    expect(confirmed.payment_method).toMatchObject({ object: "payment_method", card: { brand: "visa", last4: "4242" } })

    const refundBeforeCapture = await stripeError(stripe.refunds.create({ payment_intent: pi.id }))
    expect(refundBeforeCapture).toMatchObject({ type: "StripeInvalidRequestError" })
    expect(refundBeforeCapture.message).toMatch(/not been captured/)

    const captured = await stripe.paymentIntents.capture(pi.id)
    expect(captured).toMatchObject({ status: "succeeded", amount_received: 8850, amount_capturable: 0 })
    const twice = await stripeError(stripe.paymentIntents.capture(pi.id))
    expect(twice).toMatchObject({ code: "payment_intent_unexpected_state" })
    expect(twice.payment_intent.status).toBe("succeeded")

    const refund = await stripe.refunds.create({ payment_intent: pi.id, amount: 2000 })
    expect(refund).toMatchObject({ object: "refund", amount: 2000, payment_intent: pi.id, status: "succeeded" })
    const tooMuch = await stripeError(stripe.refunds.create({ payment_intent: pi.id, amount: 7000 }))
    expect(tooMuch).toMatchObject({ type: "StripeInvalidRequestError", code: "amount_too_large", param: "amount" })
    await stripe.refunds.create({ payment_intent: pi.id })
    const none = await stripeError(stripe.refunds.create({ payment_intent: pi.id, amount: 1 }))
    expect(none).toMatchObject({ code: "charge_already_refunded" })
    const listed = await stripe.refunds.list({ payment_intent: pi.id })
    expect(listed.data.map((r: { amount: number }) => r.amount).sort()).toEqual([2000, 6850])
  })

  it("asks for a return_url when a server confirms a PaymentIntent open to redirect-based methods", async () => {
    const pi = await stripe.paymentIntents.create({ amount: 5000, currency: "usd", payment_method: "pm_card_visa" })
    expect(pi.automatic_payment_methods).toEqual({ allow_redirects: "always", enabled: true })
    const error = await stripeError(stripe.paymentIntents.confirm(pi.id))
    expect(error).toMatchObject({ type: "StripeInvalidRequestError" })
    expect(error.message).toMatch(/return_url/)
  })

  it("keeps keys in their place: publishable keys only confirm with the client secret, live keys are refused", async () => {
    const pi = await stripe.paymentIntents.create({ amount: 5000, currency: "usd", payment_method_types: ["card"] })
    const create = await stripeError(browser().paymentIntents.create({ amount: 5000, currency: "usd" }))
    expect(create).toMatchObject({ type: "StripeAuthenticationError", statusCode: 401 })
    const wrongSecret = await stripeError(
      browser().paymentIntents.confirm(pi.id, { payment_method: "pm_card_visa", client_secret: "pi_other_secret_x" })
    )
    expect(wrongSecret).toMatchObject({ type: "StripeInvalidRequestError", param: "client_secret" })
    const Stripe = stripeLibrary()
    const live = new Stripe("sk_live_not_for_tests", { host: fake.host, port: fake.port, protocol: "http" }) as Client
    expect(await stripeError(live.paymentIntents.retrieve(pi.id))).toMatchObject({ type: "StripeAuthenticationError" })
  })

  it("answers Stripe errors for unknown parameters, ids and URLs", async () => {
    const unknownParam = await stripeError(stripe.paymentIntents.create({ amount: 5000, currency: "usd", colour: "red" }))
    expect(unknownParam).toMatchObject({ code: "parameter_unknown", param: "colour" })
    const missing = await stripeError(stripe.paymentIntents.retrieve("pi_does_not_exist"))
    expect(missing).toMatchObject({ statusCode: 404, code: "resource_missing" })
    const url = await stripeError(stripe.subscriptions.list())
    expect(url).toMatchObject({ statusCode: 404 })
    expect(url.message).toMatch(/Unrecognized request URL/)
  })

  it("creates, updates and deletes customers", async () => {
    const customer = await stripe.customers.create({
      email: "mei@jinxiu.test",
      name: "Mei",
      address: { city: "Zhaoqing", country: "CN", line1: "端州区" },
    })
    expect(customer).toMatchObject({ object: "customer", email: "mei@jinxiu.test", address: { city: "Zhaoqing" } })
    const updated = await stripe.customers.update(customer.id, { phone: "+8613900000000" })
    expect(updated.phone).toBe("+8613900000000")
    const methods = await stripe.customers.listPaymentMethods(customer.id, { limit: 100 })
    expect(methods).toMatchObject({ object: "list", data: [] })
    await stripe.customers.del(customer.id)
    expect(await stripeError(stripe.customers.retrieve(customer.id))).toMatchObject({ statusCode: 404 })
  })
})
