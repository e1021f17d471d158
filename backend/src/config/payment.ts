type ModuleEntry = { key?: string; resolve: string; options?: Record<string, unknown> }

/**
 * Payment providers. Medusa's manual ("system") provider, `pp_system_default`, is always there,
 * so a fresh install can take orders without any payment account.
 *
 * With STRIPE_API_KEY, Jinxiu's Stripe provider (src/modules/stripe: Medusa's Stripe provider plus
 * clear card-decline errors) is added as `pp_stripe_stripe`:
 * - STRIPE_API_KEY         secret key (sk_test_… / sk_live_…);
 * - STRIPE_WEBHOOK_SECRET  signing secret of the Stripe webhook endpoint pointed at
 *                          `<backend>/hooks/payment/stripe_stripe` (whsec_…); without it webhooks
 *                          are refused.
 * Payments are authorized when the order is placed and captured later (from the admin).
 *
 * TEST ONLY: STRIPE_API_HOST, STRIPE_API_PORT, STRIPE_API_PROTOCOL send every Stripe API call to
 * another server (the integration tests' fake Stripe, backend/integration-tests/fake-stripe)
 * instead of api.stripe.com. Never set them in production; the provider refuses them with a live key.
 */
export function paymentModule(env: NodeJS.ProcessEnv): ModuleEntry[] {
  if (!env.STRIPE_API_KEY) {
    return []
  }
  const testOnlyHost = env.STRIPE_API_HOST
    ? {
        apiHost: env.STRIPE_API_HOST,
        apiPort: env.STRIPE_API_PORT || undefined,
        apiProtocol: env.STRIPE_API_PROTOCOL || undefined,
      }
    : {}
  return [
    {
      resolve: "@medusajs/medusa/payment",
      options: {
        providers: [
          {
            resolve: "./src/modules/stripe",
            id: "stripe",
            options: {
              apiKey: env.STRIPE_API_KEY,
              webhookSecret: env.STRIPE_WEBHOOK_SECRET,
              ...testOnlyHost,
            },
          },
        ],
      },
    },
  ]
}
