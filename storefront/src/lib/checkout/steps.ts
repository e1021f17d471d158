/** The checkout's steps, in order. */
export const checkoutSteps = ["contact", "shipping", "payment", "review"] as const;
export type CheckoutStep = (typeof checkoutSteps)[number];

/**
 * The step to show: the first one not done yet, or an earlier (done) step the visitor asked to
 * change (?step=). A later step can't be jumped to before the ones before it are done.
 */
export function activeStep(done: Record<CheckoutStep, boolean>, requested: unknown): CheckoutStep {
  const firstOpen = checkoutSteps.find((step) => !done[step]) ?? "review";
  const limit = checkoutSteps.indexOf(firstOpen);
  if (typeof requested === "string" && (checkoutSteps as readonly string[]).includes(requested)) {
    const index = checkoutSteps.indexOf(requested as CheckoutStep);
    if (index <= limit) return requested as CheckoutStep;
  }
  return firstOpen;
}
