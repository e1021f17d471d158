/** Whether a variant can be bought, from what the store API says about its inventory. */

export type StockFields = {
  manage_inventory?: boolean | null;
  allow_backorder?: boolean | null;
  /** available at the sales channel's locations (stocked minus reserved); with +variants.inventory_quantity */
  inventory_quantity?: number | null;
};

/** The most pieces of one variant a visitor may put in the cart at once. */
export const MAX_QUANTITY = 99;
/** At or below this many left, the page says "only N left". */
export const LOW_STOCK = 3;

export type StockState =
  | { status: "in_stock"; maxQuantity: number }
  | { status: "low_stock"; maxQuantity: number; left: number }
  | { status: "out_of_stock"; maxQuantity: 0 };

export function stockState(variant: StockFields): StockState {
  if (variant.manage_inventory === false || variant.allow_backorder === true) {
    return { status: "in_stock", maxQuantity: MAX_QUANTITY };
  }
  const left = Math.max(0, Math.floor(Number(variant.inventory_quantity ?? 0)) || 0);
  if (left === 0) return { status: "out_of_stock", maxQuantity: 0 };
  const maxQuantity = Math.min(left, MAX_QUANTITY);
  return left <= LOW_STOCK ? { status: "low_stock", maxQuantity, left } : { status: "in_stock", maxQuantity };
}

export function isPurchasable(variant: StockFields): boolean {
  return stockState(variant).status !== "out_of_stock";
}
