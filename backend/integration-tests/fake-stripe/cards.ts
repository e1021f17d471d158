/**
 * Stripe's documented test payment methods (https://docs.stripe.com/testing): which card each
 * stands for and how a charge on it ends. Using one of these ids on a PaymentIntent creates a
 * new PaymentMethod (pm_…) with that card, as on Stripe.
 */
export type TestCard = {
  brand: "visa" | "mastercard"
  last4: string
  /** How a charge ends: approved, or declined with Stripe's error fields. */
  decline?: { code: string; decline_code: string; message: string }
}

const visa = (last4: string, decline?: TestCard["decline"]): TestCard => ({ brand: "visa", last4, decline })

const generic = { code: "card_declined", decline_code: "generic_decline", message: "Your card was declined." }
const insufficient = { code: "card_declined", decline_code: "insufficient_funds", message: "Your card has insufficient funds." }
const lost = { code: "card_declined", decline_code: "lost_card", message: "Your card was declined." }
const stolen = { code: "card_declined", decline_code: "stolen_card", message: "Your card was declined." }

export const TEST_CARDS: Record<string, TestCard> = {
  pm_card_visa: visa("4242"),
  pm_card_visa_debit: visa("5556"),
  pm_card_mastercard: { brand: "mastercard", last4: "4444" },
  pm_card_chargeDeclined: visa("0002", generic),
  pm_card_visa_chargeDeclined: visa("0002", generic),
  pm_card_chargeDeclinedInsufficientFunds: visa("9995", insufficient),
  pm_card_visa_chargeDeclinedInsufficientFunds: visa("9995", insufficient),
  pm_card_chargeDeclinedLostCard: visa("9987", lost),
  pm_card_visa_chargeDeclinedLostCard: visa("9987", lost),
  pm_card_chargeDeclinedStolenCard: visa("9979", stolen),
  pm_card_visa_chargeDeclinedStolenCard: visa("9979", stolen),
  pm_card_chargeDeclinedExpiredCard: visa("0069", {
    code: "expired_card",
    decline_code: "expired_card",
    message: "Your card has expired.",
  }),
  pm_card_chargeDeclinedIncorrectCvc: visa("0127", {
    code: "incorrect_cvc",
    decline_code: "incorrect_cvc",
    message: "Your card's security code is incorrect.",
  }),
  pm_card_chargeDeclinedProcessingError: visa("0119", {
    code: "processing_error",
    decline_code: "processing_error",
    message: "An error occurred while processing your card. Try again in a little bit.",
  }),
}
