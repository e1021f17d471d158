import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import JinxiuStripeProviderService from "./service"

export type { JinxiuStripeOptions } from "./service"
export { paymentAuthorizationError, parseStripeErrorMessage, STRIPE_ERROR_PATTERN } from "./errors"

/**
 * The Stripe payment provider, registered as `pp_stripe_<id>` (id "stripe" in
 * src/config/payment.ts, hence `pp_stripe_stripe`).
 */
export default ModuleProvider(Modules.PAYMENT, {
  services: [JinxiuStripeProviderService],
})
