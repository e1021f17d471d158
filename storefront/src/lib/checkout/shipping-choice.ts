import type { HttpTypes } from "@medusajs/types";

/** A shipping option's price for this cart (its calculated price when it has one). */
export function optionPrice(option: HttpTypes.StoreCartShippingOption): number {
  return Number((option as { calculated_price?: { calculated_amount?: number } }).calculated_price?.calculated_amount ?? option.amount ?? 0);
}

/** The options cheapest first: the checkout ticks (and saves) the first. */
export function cheapestFirst<T extends HttpTypes.StoreCartShippingOption>(options: readonly T[]): T[] {
  return [...options].sort((a, b) => optionPrice(a) - optionPrice(b));
}
