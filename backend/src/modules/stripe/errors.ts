import { MedusaError } from "@medusajs/framework/utils"

/** The parts of a Stripe API error (or of a PaymentIntent's `last_payment_error`) we report. */
export type StripeErrorFields = {
  type?: string | null
  code?: string | null
  decline_code?: string | null
  message?: string | null
}

/**
 * The error a customer sees when Stripe refuses a payment while an order is being placed.
 *
 * It is a Medusa `payment_authorization_error`, so `POST /store/carts/:id/complete` answers 200
 * with `{ type: "cart", cart, error: { type: "payment_authorization_error", message, name } }`
 * and creates no order. The message always has the same shape, so the storefront can pick out
 * Stripe's codes and show its own zh-CN / en text:
 *
 *   Payment declined by Stripe (code: card_declined, decline_code: insufficient_funds): Your card has insufficient funds.
 *   Stripe could not authorize the payment (code: payment_intent_unexpected_state): <Stripe's message>
 *
 * `code` is Stripe's error code (card_declined, expired_card, incorrect_cvc, processing_error,
 * …); `decline_code` (insufficient_funds, lost_card, generic_decline, …) appears only when
 * Stripe gives one. Use STRIPE_ERROR_PATTERN to read them back.
 */
export function paymentAuthorizationError(fields: StripeErrorFields): MedusaError {
  const isDecline = fields.type === "card_error" || fields.type === "StripeCardError"
  const codes = [`code: ${fields.code || "unknown"}`]
  if (fields.decline_code) {
    codes.push(`decline_code: ${fields.decline_code}`)
  }
  const lead = isDecline ? "Payment declined by Stripe" : "Stripe could not authorize the payment"
  const detail = fields.message?.trim() || "no further detail from Stripe"
  return new MedusaError(MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR, `${lead} (${codes.join(", ")}): ${detail}`)
}

/** Reads `code` and `decline_code` back out of a paymentAuthorizationError message. */
export const STRIPE_ERROR_PATTERN = /\(code: ([a-z0-9_]+)(?:, decline_code: ([a-z0-9_]+))?\)/

export function parseStripeErrorMessage(message: string): { code: string; decline_code?: string } | null {
  const match = STRIPE_ERROR_PATTERN.exec(message)
  if (!match) {
    return null
  }
  return match[2] ? { code: match[1], decline_code: match[2] } : { code: match[1] }
}

/** A thrown value from the stripe library (StripeError and its subclasses carry `raw`). */
export function isStripeApiError(error: unknown): error is { type: string; raw: StripeErrorFields; message: string } {
  return typeof error === "object" && error !== null && "raw" in error && typeof (error as { type?: unknown }).type === "string"
}
