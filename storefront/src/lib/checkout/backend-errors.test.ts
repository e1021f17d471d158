import { describe, expect, it } from "vitest";
import { classifyBackendError, classifyPaymentError } from "./backend-errors";

/** An error as the Medusa JS SDK throws it: the backend's message and the HTTP status. */
function fetchError(message: string, status: number) {
  return Object.assign(new Error(message), { status, statusText: "" });
}

describe("classifyBackendError", () => {
  it.each([
    ["Some variant does not have the required inventory", 400, "out_of_stock"],
    ["Variants with IDs variant_1 do not have a price", 400, "no_price"],
    ["Your card was declined.", 400, "card_declined"],
    ["Payment authorization failed", 400, "payment_failed"],
    ["The promotion code NOPE is invalid", 400, "invalid_promo_code"],
    ["Cart with id: cart_1 was not found", 404, "cart_not_found"],
    ["Identity with email already exists", 400, "email_taken"],
    ["Invalid email or password", 401, "invalid_credentials"],
    ["Order with id: order_1 was not found", 404, "not_found"],
    ["Something unexpected", 500, "unknown"],
  ])("%s (%i) is %s", (message, status, code) => {
    expect(classifyBackendError(fetchError(message, status))).toBe(code);
  });

  it("answers unknown for anything that is not an error", () => {
    expect(classifyBackendError(undefined)).toBe("unknown");
    expect(classifyBackendError({})).toBe("unknown");
  });
});

describe("classifyPaymentError", () => {
  it.each([
    ["Payment declined by Stripe (code: card_declined, decline_code: generic_decline): Your card was declined.", "card_declined"],
    ["Payment declined by Stripe (code: card_declined, decline_code: insufficient_funds): Your card has insufficient funds.", "insufficient_funds"],
    ["Payment declined by Stripe (code: expired_card): Your card has expired.", "expired_card"],
    ["Payment declined by Stripe (code: incorrect_cvc): Your card's security code is incorrect.", "incorrect_cvc"],
    ["Stripe could not authorize the payment (code: processing_error): An error occurred.", "processing_error"],
    ["Stripe could not authorize the payment (code: payment_intent_unexpected_state): nope", "payment_failed"],
    ["Payment authorization failed", "payment_failed"],
  ])("%s is %s", (message, code) => {
    expect(classifyPaymentError(message)).toBe(code);
  });

  it("treats a missing message as a failed payment", () => {
    expect(classifyPaymentError(undefined)).toBe("payment_failed");
  });
});
