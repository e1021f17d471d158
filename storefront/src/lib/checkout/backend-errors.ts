/**
 * Turns a Medusa error (its HTTP status and message; the JS SDK keeps nothing else) into one of
 * the shop's error codes, each of which has a message in both languages (CheckoutErrors.*).
 * Pure, so the mapping is tested without a backend.
 */
export const backendErrorCodes = [
  "out_of_stock",
  "no_price",
  "variant_not_found",
  "invalid_promo_code",
  "card_declined",
  "payment_failed",
  "cart_not_found",
  "cart_completed",
  "invalid_credentials",
  "email_taken",
  "not_found",
  "unknown",
] as const;

export type BackendErrorCode = (typeof backendErrorCodes)[number];

export function classifyBackendError(error: unknown): BackendErrorCode {
  const message = error instanceof Error ? error.message : typeof error === "string" ? error : "";
  const status =
    error && typeof error === "object" && "status" in error && typeof error.status === "number"
      ? error.status
      : undefined;
  const text = message.toLowerCase();

  if (text.includes("required inventory") || text.includes("insufficient inventory")) return "out_of_stock";
  if (text.includes("do not have a price")) return "no_price";
  if (text.includes("card") && (text.includes("declined") || text.includes("decline"))) return "card_declined";
  if (text.includes("insufficient funds") || text.includes("card_declined")) return "card_declined";
  if (text.includes("payment") && (text.includes("failed") || text.includes("authoriz"))) return "payment_failed";
  if (text.includes("promotion") || text.includes("promo code")) return "invalid_promo_code";
  if (text.includes("already completed") || text.includes("is completed")) return "cart_completed";
  if (text.includes("cart") && (text.includes("not found") || text.includes("was not found"))) return "cart_not_found";
  if (text.includes("variant") && text.includes("not found")) return "variant_not_found";
  if (text.includes("identity with email already exists") || text.includes("already exists")) return "email_taken";
  if (status === 401 || text.includes("invalid email or password") || text.includes("unauthorized")) {
    return "invalid_credentials";
  }
  if (status === 404) return "not_found";
  return "unknown";
}

export const paymentErrorCodes = [
  "card_declined",
  "insufficient_funds",
  "expired_card",
  "incorrect_cvc",
  "processing_error",
  "payment_failed",
] as const;

export type PaymentErrorCode = (typeof paymentErrorCodes)[number];

const STRIPE_ERROR_PATTERN = /\(code: ([a-z0-9_]+)(?:, decline_code: ([a-z0-9_]+))?\)/;

/**
 * The shop's code for a payment the backend refused while placing the order. The backend's
 * Stripe provider writes "Payment declined by Stripe (code: card_declined, decline_code:
 * insufficient_funds): …" (backend/src/modules/stripe/errors.ts); the decline code wins where it
 * tells the customer more (insufficient funds), else Stripe's error code; anything else is a
 * failed payment.
 */
export function classifyPaymentError(message: string | undefined | null): PaymentErrorCode {
  const match = STRIPE_ERROR_PATTERN.exec(message ?? "");
  const code = match?.[1];
  const declineCode = match?.[2];
  if (declineCode === "insufficient_funds") return "insufficient_funds";
  if (code === "expired_card" || declineCode === "expired_card") return "expired_card";
  if (code === "incorrect_cvc" || declineCode === "incorrect_cvc") return "incorrect_cvc";
  if (code === "processing_error" || declineCode === "processing_error") return "processing_error";
  if (code === "card_declined" || /declined/i.test(message ?? "")) return "card_declined";
  return "payment_failed";
}
