import JinxiuStripeProviderService from "../service"
import { paymentAuthorizationError, parseStripeErrorMessage } from "../errors"

const apiField = (provider: JinxiuStripeProviderService, key: string) =>
  (provider as unknown as { stripe_: { getApiField(key: string): unknown } }).stripe_.getApiField(key)

describe("Jinxiu Stripe provider options", () => {
  it("talks to api.stripe.com over https unless the test-only apiHost is set", () => {
    const stock = new JinxiuStripeProviderService({}, { apiKey: "sk_test_x", webhookSecret: "whsec_x" })
    expect(apiField(stock, "host")).toBe("api.stripe.com")
    expect(apiField(stock, "protocol")).toBe("https")

    const local = new JinxiuStripeProviderService(
      {},
      { apiKey: "sk_test_x", webhookSecret: "whsec_x", apiHost: "127.0.0.1", apiPort: "12111", apiProtocol: "http" }
    )
    expect(apiField(local, "host")).toBe("127.0.0.1")
    expect(apiField(local, "port")).toBe(12111)
    expect(apiField(local, "protocol")).toBe("http")
  })

  it("refuses the test-only host with a live key, and a bad port or protocol", () => {
    const base = { webhookSecret: "whsec_x", apiHost: "127.0.0.1" }
    expect(() => JinxiuStripeProviderService.validateOptions({ ...base, apiKey: "sk_live_x" })).toThrow(/test-only.*live/)
    expect(() => JinxiuStripeProviderService.validateOptions({ ...base, apiKey: "rk_live_x" })).toThrow(/live/)
    expect(() => JinxiuStripeProviderService.validateOptions({ ...base, apiKey: "sk_test_x", apiPort: "80a" })).toThrow(/apiPort/)
    expect(() =>
      JinxiuStripeProviderService.validateOptions({ ...base, apiKey: "sk_test_x", apiProtocol: "ftp" as "http" })
    ).toThrow(/apiProtocol/)
    expect(() => JinxiuStripeProviderService.validateOptions({ ...base, apiKey: "sk_test_x", apiPort: 12111 })).not.toThrow()
    expect(() => JinxiuStripeProviderService.validateOptions({ apiKey: "sk_live_x", webhookSecret: "whsec_x" })).not.toThrow()
    expect(() => JinxiuStripeProviderService.validateOptions({ webhookSecret: "whsec_x" } as never)).toThrow(/apiKey/)
  })
})

describe("payment authorization errors", () => {
  it("keeps Stripe's code and decline code in a message the storefront can read back", () => {
    const error = paymentAuthorizationError({
      type: "card_error",
      code: "card_declined",
      decline_code: "lost_card",
      message: "Your card was declined.",
    })
    expect(error.type).toBe("payment_authorization_error")
    expect(error.message).toBe("Payment declined by Stripe (code: card_declined, decline_code: lost_card): Your card was declined.")
    expect(parseStripeErrorMessage(error.message)).toEqual({ code: "card_declined", decline_code: "lost_card" })

    const other = paymentAuthorizationError({ type: "invalid_request_error", code: "payment_intent_unexpected_state", message: "Nope." })
    expect(other.message).toBe("Stripe could not authorize the payment (code: payment_intent_unexpected_state): Nope.")
    expect(parseStripeErrorMessage(other.message)).toEqual({ code: "payment_intent_unexpected_state" })
    expect(parseStripeErrorMessage("Payment authorization failed")).toBeNull()
  })
})
