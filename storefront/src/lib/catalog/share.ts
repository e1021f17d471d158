import { MAX_SHARE_PERCENT } from "@jinxiu/workshop/domain/limits";
import { isFenAmount, saleShare, toFenNumber, type Money } from "@jinxiu/workshop/domain/money";

/**
 * "¥X of this price goes to the women who made it": the makers' part of a price, from the share
 * percentage the programme set for the product (GET /store/products/:id/makers → share_percent),
 * worked out by the workshop domain's `saleShare`, the rule the ledger credits sales with (exact,
 * rounded once to the fen or cent). Prices are in the shop's currencies, CNY and USD.
 */
export type ShareAmount = {
  /** in minor units (fen, cents) */
  minor: number;
  /** the same in major units, for formatMoney */
  amount: Money;
  currencyCode: string;
};

/**
 * The makers' part of `price` at `sharePercent` % (up to two decimals, 0–100), or null when the
 * price or percentage can't be used (no price in the market, a percentage out of range).
 */
export function makersShare(price: { amount: number; currencyCode: string } | null, sharePercent: number): ShareAmount | null {
  if (!price || !isFenAmount(price.amount) || !isFenAmount(sharePercent) || sharePercent > MAX_SHARE_PERCENT) return null;
  const amount = saleShare(price.amount, sharePercent);
  return { minor: toFenNumber(amount), amount, currencyCode: price.currencyCode };
}
