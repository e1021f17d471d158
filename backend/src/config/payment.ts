type ModuleEntry = { key?: string; resolve: string; options?: Record<string, unknown> }

/**
 * Payment providers. Without STRIPE_API_KEY only Medusa's manual ("system") provider exists, so
 * a fresh install can take orders. The Stripe provider is wired here by the shop issue when
 * STRIPE_API_KEY is set (with STRIPE_WEBHOOK_SECRET for webhooks).
 */
export function paymentModule(env: NodeJS.ProcessEnv): ModuleEntry[] {
  if (!env.STRIPE_API_KEY) {
    return []
  }
  return [
    {
      resolve: "@medusajs/medusa/payment",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/payment-stripe",
            id: "stripe",
            options: {
              apiKey: env.STRIPE_API_KEY,
              webhookSecret: env.STRIPE_WEBHOOK_SECRET,
            },
          },
        ],
      },
    },
  ]
}
