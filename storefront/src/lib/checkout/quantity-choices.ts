import { MAX_QUANTITY, type StockState } from "@/lib/catalog/stock";

/** The most a cart line's quantity menu offers when stock doesn't limit it. */
export const QUANTITY_CHOICES = 10;

/**
 * What a cart line's quantity menu offers: 1 to what is in stock (at most QUANTITY_CHOICES, or
 * the line's quantity when it is more), and how many are left when few are: "only 2 left". A line
 * whose stock isn't known (or isn't counted) offers the usual choices. The line's own quantity is
 * always offered, even above the stock, so the menu shows what is in the cart.
 */
export function quantityChoices(quantity: number, stock: StockState | null): { max: number; left: number | null } {
  if (!stock) return { max: Math.max(QUANTITY_CHOICES, quantity), left: null };
  const inStock = Math.min(stock.maxQuantity, MAX_QUANTITY);
  return {
    max: Math.max(1, quantity, Math.min(QUANTITY_CHOICES, inStock)),
    left: stock.status === "low_stock" ? stock.left : stock.status === "out_of_stock" ? 0 : null,
  };
}
