import path from "path"

/**
 * The `stripe` library that @medusajs/payment-stripe itself is built against (it pins its own
 * major version, nested under its folder), so that a client we construct speaks exactly the same
 * API version and object shapes as the one the stock provider constructs.
 */
export type StripeLibrary = {
  new (apiKey: string, config?: Record<string, unknown>): unknown
  webhooks: {
    generateTestHeaderString(options: { payload: string; secret: string; timestamp?: number }): string
    constructEvent(payload: string | Buffer, header: string, secret: string): unknown
  }
}

let library: StripeLibrary | undefined

export function stripeLibrary(): StripeLibrary {
  if (!library) {
    const providerDir = path.dirname(require.resolve("@medusajs/payment-stripe/package.json"))
    const loaded = require(require.resolve("stripe", { paths: [providerDir] }))
    library = (loaded.default ?? loaded) as StripeLibrary
  }
  return library
}
