import type { Market } from "../market";

/** The market a cart belongs to, from its currency: CNY is the China market, anything else abroad. */
export function marketOfCurrency(currencyCode: string | null | undefined): Market {
  return currencyCode?.toLowerCase() === "cny" ? "cn" : "intl";
}
