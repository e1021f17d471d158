/**
 * Money on the desk and the income pages, in fen (1 yuan = 100 fen) as integers: the backend sends
 * yuan as decimal strings ("2753.00") or numbers (16.5); sums are taken in fen so that they are
 * exact, and only the final figure is turned back into yuan for display.
 */

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/** "16.5" / 16.5 / "-30.00" -> 1650 / 1650 / -3000. Throws on anything that isn't a decimal amount. */
export function toFen(value: string | number | null | undefined): number {
  if (value === null || value === undefined || value === "") return 0;
  const text = typeof value === "number" ? numberToPlainString(value) : value.trim();
  const match = DECIMAL.exec(text);
  if (!match) throw new Error(`Not an amount of money: ${String(value)}`);
  const [, minus, whole, fraction = ""] = match;
  const padded = (fraction + "000").slice(0, 3);
  // Half a fen and more rounds away from zero (the backend never sends more than two decimals).
  let fen = Number(whole) * 100 + Number(padded.slice(0, 2));
  if (Number(padded[2]) >= 5) fen += 1;
  return minus && fen !== 0 ? -fen : fen;
}

function numberToPlainString(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`Not an amount of money: ${value}`);
  // Avoid exponent notation for tiny or huge numbers.
  return Math.abs(value) < 1e-6 ? "0" : value.toFixed(6).replace(/\.?0+$/, "");
}

/** The sum of several amounts, exactly. */
export function sumFen(values: Iterable<string | number | null | undefined>): number {
  let total = 0;
  for (const value of values) total += toFen(value);
  return total;
}

/** A line's amount: rate (yuan) x quantity, in fen. */
export function lineAmountFen(rate: string | number | null | undefined, quantity: number): number {
  return toFen(rate) * quantity;
}

/** Fen as a yuan amount written for the API: 1650 -> 16.5 (at most two decimals, exact). */
export function fenToYuanNumber(fen: number): number {
  return Number((fen / 100).toFixed(2));
}

const formatters = new Map<string, Intl.NumberFormat>();

export type YuanFormat = {
  /** drop ".00" when the amount is whole yuan (big numbers on small screens) */
  trimWhole?: boolean;
  /** always show + or - (differences) */
  signed?: boolean;
};

/** Fen as CNY in the reader's language: 305300 -> "¥3,053.00" (zh-CN) / "CN¥3,053.00" (en). */
export function formatYuan(fen: number, locale: string, options: YuanFormat = {}): string {
  const whole = options.trimWhole && fen % 100 === 0;
  const key = `${locale}|${whole ? 0 : 2}|${options.signed ? 1 : 0}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      style: "currency",
      currency: "CNY",
      minimumFractionDigits: whole ? 0 : 2,
      maximumFractionDigits: whole ? 0 : 2,
      signDisplay: options.signed ? "exceptZero" : "auto",
    });
    formatters.set(key, formatter);
  }
  return formatter.format(fen / 100);
}
