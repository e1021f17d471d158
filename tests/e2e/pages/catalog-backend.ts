import type { APIRequestContext } from "@playwright/test"
import { stack } from "../support/stack"

/**
 * Reads the store API directly (with the stack's publishable key), so the shop journeys compare
 * what the pages show with what the backend holds at that moment instead of hard-coding data.
 */
export async function storeGet<T = any>(request: APIRequestContext, path: string, query: Record<string, string> = {}): Promise<T> {
  const { backendUrl, publishableKey } = stack()
  const url = new URL(path, backendUrl)
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value)
  const response = await request.get(url.href, { headers: { "x-publishable-api-key": publishableKey } })
  const body = await response.json().catch(() => null)
  if (!response.ok()) throw new Error(`GET ${path} answered ${response.status()}: ${JSON.stringify(body)}`)
  return body as T
}

export type StoreVariant = {
  id: string
  sku: string
  title: string
  manage_inventory: boolean
  allow_backorder: boolean
  inventory_quantity?: number
  calculated_price?: { calculated_amount: number; currency_code: string }
}

/** The region id of a currency ("cny" → the China region). */
export async function regionId(request: APIRequestContext, currency: "cny" | "usd"): Promise<string> {
  const { regions } = await storeGet<{ regions: { id: string; currency_code: string }[] }>(request, "/store/regions")
  const region = regions.find((candidate) => candidate.currency_code === currency)
  if (!region) throw new Error(`no ${currency} region`)
  return region.id
}

/** A product by handle, with prices in the currency's region and stock, in a language. */
export async function productByHandle(request: APIRequestContext, handle: string, currency: "cny" | "usd", locale?: "en-US") {
  const { products } = await storeGet<{ products: any[] }>(request, "/store/products", {
    handle,
    region_id: await regionId(request, currency),
    fields: "id,handle,title,*variants,+variants.inventory_quantity,*variants.calculated_price",
    ...(locale ? { locale } : {}),
  })
  if (!products[0]) throw new Error(`no product ${handle}`)
  return products[0] as { id: string; handle: string; title: string; variants: StoreVariant[] }
}

/** The makers' share of a price in minor units, rounded half up (as the shop computes it). */
export function shareMinor(amount: number, sharePercent: number): number {
  const priceMinor = Math.round(amount * 100)
  const hundredths = Math.round(sharePercent * 100)
  return Math.floor((priceMinor * hundredths + 5000) / 10000)
}
