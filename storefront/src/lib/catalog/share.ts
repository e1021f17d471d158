/**
 * "¥X of this price goes to the women who made it": the makers' part of a price, from the share
 * percentage the programme set for the product (GET /store/products/:id/makers → share_percent).
 * Worked out in the currency's minor units (fen, cents) with integers, never by multiplying
 * floats, and rounded half up to the minor unit.
 */

const fractionDigitsCache = new Map<string, number>();

/** How many decimals the currency has (2 for CNY and USD, 0 for JPY). */
export function currencyFractionDigits(currencyCode: string): number {
  const currency = currencyCode.toUpperCase();
  let digits = fractionDigitsCache.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
    fractionDigitsCache.set(currency, digits);
  }
  return digits;
}

/**
 * A major-unit amount (as Medusa gives it: 39.9 = ¥39.90) in minor units, or null when it is not
 * a finite amount with at most the currency's decimals.
 */
export function toMinorUnits(amount: number, digits: number): number | null {
  if (!Number.isFinite(amount) || amount < 0) return null;
  const [whole, fraction = ""] = amount.toFixed(Math.max(digits, 6)).split(".");
  if (fraction.slice(digits).replace(/0+$/, "") !== "") return null;
  return Number(whole) * 10 ** digits + Number(fraction.slice(0, digits) || "0");
}

export type ShareAmount = {
  /** in minor units (fen, cents) */
  minor: number;
  /** the same in major units, for display with Intl.NumberFormat */
  amount: number;
  currencyCode: string;
};

/**
 * The makers' part of `price` at `sharePercent` % (up to two decimals, 0–100), or null when the
 * price or percentage can't be used (no price in the market, a percentage out of range).
 */
export function makersShare(price: { amount: number; currencyCode: string } | null, sharePercent: number): ShareAmount | null {
  if (!price || !Number.isFinite(sharePercent) || sharePercent < 0 || sharePercent > 100) return null;
  const hundredths = Math.round(sharePercent * 100);
  if (Math.abs(hundredths - sharePercent * 100) > 1e-6) return null;
  const digits = currencyFractionDigits(price.currencyCode);
  const priceMinor = toMinorUnits(price.amount, digits);
  if (priceMinor === null) return null;
  // priceMinor × hundredths / 10 000, rounded half up, in integers (exact below 2^53).
  const minor = Math.floor((priceMinor * hundredths + 5_000) / 10_000);
  return { minor, amount: minor / 10 ** digits, currencyCode: price.currencyCode };
}
