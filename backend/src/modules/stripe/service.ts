import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  GetPaymentStatusOutput,
} from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import StripeProviderService from "@medusajs/payment-stripe/dist/services/stripe-provider"
import type { StripeOptions } from "@medusajs/payment-stripe/dist/types"
import { isStripeApiError, paymentAuthorizationError } from "./errors"
import { stripeLibrary } from "./stripe-library"

export type JinxiuStripeOptions = StripeOptions & {
  /**
   * TEST ONLY. Sends every Stripe API call to this host instead of api.stripe.com (our
   * integration tests point it at a local fake Stripe server). Never set it in production: it
   * is refused together with a live key.
   */
  apiHost?: string
  /** TEST ONLY, with apiHost: the port (default 443 for https, 80 for http). */
  apiPort?: number | string
  /** TEST ONLY, with apiHost: "http" or "https" (default "https"). */
  apiProtocol?: "http" | "https"
}

type PaymentIntentLike = {
  id: string
  status: string
  last_payment_error?: { type?: string; code?: string; decline_code?: string; message?: string } | null
}

/**
 * Medusa's Stripe provider (same identifier, so the provider id stays `pp_stripe_stripe` and the
 * webhook URL `/hooks/payment/stripe_stripe`), with two additions:
 *
 * - authorizing a payment turns Stripe's refusals (card declines and other payment errors) into
 *   a `payment_authorization_error` that keeps Stripe's `code` / `decline_code` (see errors.ts),
 *   instead of Medusa's generic "was not authorized with the provider";
 * - a PaymentIntent that already carries a payment method but was not confirmed yet (the
 *   storefront passed `payment_method` when the session was created) is confirmed here, so the
 *   order can be placed without Stripe.js confirming in the browser;
 * - a PaymentIntent another delivery already recorded is not cancelled (see cancelPayment).
 *
 * Without the test-only apiHost option it talks to api.stripe.com exactly like the stock provider.
 */
class JinxiuStripeProviderService extends StripeProviderService {
  static identifier = "stripe"

  static validateOptions(options: JinxiuStripeOptions): void {
    StripeProviderService.validateOptions(options)
    if (options.apiHost === undefined || options.apiHost === "") {
      return
    }
    if (/^(sk|rk)_live_/.test(options.apiKey)) {
      throw new Error(
        "Stripe provider: apiHost is a test-only option and cannot be used with a live API key (sk_live_/rk_live_)"
      )
    }
    if (options.apiProtocol !== undefined && options.apiProtocol !== "http" && options.apiProtocol !== "https") {
      throw new Error(`Stripe provider: apiProtocol must be "http" or "https", got "${options.apiProtocol}"`)
    }
    if (options.apiPort !== undefined && options.apiPort !== "") {
      const port = Number(options.apiPort)
      if (!Number.isInteger(port) || port < 1 || port > 65535) {
        throw new Error(`Stripe provider: apiPort must be a port number (1-65535), got "${options.apiPort}"`)
      }
    }
  }

  private readonly moduleCradle_: Record<string, unknown>

  constructor(cradle: Record<string, unknown>, options: JinxiuStripeOptions) {
    super(cradle, options)
    this.moduleCradle_ = cradle
    if (options.apiHost) {
      const protocol = options.apiProtocol || "https"
      const port = options.apiPort ? Number(options.apiPort) : protocol === "http" ? 80 : 443
      const Stripe = stripeLibrary()
      this.stripe_ = new Stripe(options.apiKey, { host: options.apiHost, port, protocol }) as typeof this.stripe_
    }
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const id = input?.data?.id as string | undefined
    if (!id) {
      // The stock provider reports the missing PaymentIntent id.
      return await super.authorizePayment(input)
    }

    let intent: PaymentIntentLike
    try {
      intent = (await this.stripe_.paymentIntents.retrieve(id, { expand: ["payment_method"] })) as PaymentIntentLike
      if (intent.status === "requires_confirmation") {
        const idempotencyKey = input.context?.idempotency_key ? `${input.context.idempotency_key}:confirm` : undefined
        intent = (await this.stripe_.paymentIntents.confirm(
          id,
          { expand: ["payment_method"] },
          idempotencyKey ? { idempotencyKey } : undefined
        )) as PaymentIntentLike
      }
    } catch (error) {
      if (isStripeApiError(error)) {
        throw paymentAuthorizationError(error.raw)
      }
      throw error
    }

    if (intent.status === "requires_payment_method" && intent.last_payment_error) {
      throw paymentAuthorizationError(intent.last_payment_error)
    }
    return this.statusOf(intent)
  }

  /**
   * Medusa's payment module cancels the PaymentIntent when recording an authorized payment fails
   * (it passes no idempotency key then: the payment it meant to create has no id). That is right
   * when nothing was recorded, and wrong when the recording failed because a concurrent delivery of
   * the same webhook recorded this very session's payment first (the unique payment per session):
   * the order stands on that payment, and cancelling the PaymentIntent would void the customer's
   * authorization under it. So in that case, when the session (the intent's `metadata.session_id`)
   * already has its payment, the PaymentIntent is left alone.
   */
  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    const sessionId = (input.data?.metadata as { session_id?: unknown } | undefined)?.session_id
    if (!input.context?.idempotency_key && typeof sessionId === "string" && (await this.sessionHasPayment(sessionId))) {
      return { data: input.data }
    }
    return super.cancelPayment(input)
  }

  private async sessionHasPayment(sessionId: string): Promise<boolean> {
    const sessions = this.moduleCradle_.paymentSessionService as
      | { list(filters: object, config: object): Promise<{ payment?: { id: string } | null }[]> }
      | undefined
    if (!sessions) return false
    const [session] = await sessions.list({ id: sessionId }, { relations: ["payment"] })
    return Boolean(session?.payment)
  }

  /** The stock provider's PaymentIntent-status → Medusa-status mapping (private there). */
  private statusOf(intent: PaymentIntentLike): GetPaymentStatusOutput {
    const base = this as unknown as { getStatus(intent: PaymentIntentLike): GetPaymentStatusOutput }
    if (typeof base.getStatus !== "function") {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "Stripe provider: the stock status mapping is missing")
    }
    return base.getStatus(intent)
  }
}

export default JinxiuStripeProviderService
