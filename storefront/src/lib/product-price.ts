/** A price in MAJOR units (128 = ¥128.00), with its ISO currency code as Medusa returns it. */
export type Price = {
  amount: number;
  currencyCode: string;
};

/** The part of a Medusa store variant that carries its price for the requested region. */
export type PricedVariant = {
  calculated_price?: {
    calculated_amount: number | null;
    currency_code: string | null;
  } | null;
};

/** The variant's calculated price, or null when the backend gave none (no price in the region). */
export function variantPrice(variant: PricedVariant): Price | null {
  const calculated = variant.calculated_price;
  if (!calculated) return null;
  const { calculated_amount: amount, currency_code: currencyCode } = calculated;
  if (amount === null || amount === undefined || !Number.isFinite(amount) || !currencyCode) {
    return null;
  }
  return { amount, currencyCode };
}

/** The lowest calculated price among the variants ("from" price), or null when none is priced. */
export function cheapestPrice(variants: readonly PricedVariant[] | null | undefined): Price | null {
  let cheapest: Price | null = null;
  for (const variant of variants ?? []) {
    const price = variantPrice(variant);
    if (price && (cheapest === null || price.amount < cheapest.amount)) {
      cheapest = price;
    }
  }
  return cheapest;
}
