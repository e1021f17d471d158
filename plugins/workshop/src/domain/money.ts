/**
 * Money, the one place its rules live. Jinxiu pays in CNY, kept in major units with two decimals
 * (fen) as decimal strings ("2753.00"), the way Medusa's bigNumber columns hold them. Every rule
 * works on exact integers (bigint fen, or exact decimals), never on JS float arithmetic:
 *
 * - parsing: a decimal string or a number ("16.5", 16.5, "1e-7", "-30.00"); anything else throws;
 * - rounding: to the fen, half away from zero (0.005 -> 0.01, -0.005 -> -0.01, 0.0049 -> 0.00),
 *   and only where money is credited (a line's amount, a share, a conversion);
 * - splitting by weight: largest remainder on fen, so the parts add up to exactly the whole;
 * - formatting: Intl, in the reader's language.
 *
 * Pure: no Medusa, no I/O; imported by the module, the workflows, the admin, the storefront, the
 * seed and the tests.
 */

/** An amount in CNY major units with exactly two decimals: "12.50", "-48.00". */
export type Money = string

/** Anything an amount may arrive as: a decimal string, a number, or whole fen as a bigint. */
export type AmountInput = string | number

/** An exact decimal: `units / 10^scale`. */
type Decimal = { units: bigint; scale: number }

const DECIMAL = /^([+-])?(\d+)?(?:\.(\d*))?(?:e([+-]?\d+))?$/i

/** The largest amount Jinxiu takes anywhere (ten thousand million yuan); beyond it is an input error. */
export const MAX_ABS_YUAN = 10_000_000_000n

export class MoneyError extends Error {
  constructor(value: unknown) {
    super(`Not an amount of money: ${typeof value === "string" ? JSON.stringify(value.slice(0, 40)) : String(value)}`)
    this.name = "MoneyError"
  }
}

function parseDecimal(value: AmountInput): Decimal {
  if (typeof value === "number" && !Number.isFinite(value)) throw new MoneyError(value)
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : ""
  if (text.length > 64) throw new MoneyError(value)
  const match = DECIMAL.exec(text)
  if (!match || (match[2] === undefined && !match[3])) throw new MoneyError(value)
  const [, sign, whole = "", fraction = "", exponent = "0"] = match
  const exp = Number(exponent)
  if (!Number.isSafeInteger(exp) || Math.abs(exp) > 30) throw new MoneyError(value)
  let units = BigInt(`${whole}${fraction}` || "0")
  let scale = fraction.length - exp
  if (scale < 0) {
    units *= 10n ** BigInt(-scale)
    scale = 0
  }
  if (sign === "-") units = -units
  if ((units < 0n ? -units : units) / 10n ** BigInt(scale) > MAX_ABS_YUAN) throw new MoneyError(value)
  return { units, scale }
}

/** n / d rounded half away from zero (d > 0). */
function divideRounded(n: bigint, d: bigint): bigint {
  const negative = n < 0n
  const abs = negative ? -n : n
  const q = abs / d
  const rounded = (abs % d) * 2n >= d ? q + 1n : q
  return negative ? -rounded : rounded
}

function decimalToFen({ units, scale }: Decimal): bigint {
  if (scale <= 2) return units * 10n ** BigInt(2 - scale)
  return divideRounded(units, 10n ** BigInt(scale - 2))
}

/** Whether `value` is an amount this module can take (a finite decimal within the limits). */
export function isAmount(value: unknown): value is AmountInput {
  if (typeof value !== "string" && typeof value !== "number") return false
  try {
    parseDecimal(value)
    return true
  } catch {
    return false
  }
}

/**
 * Whether `value` is an amount a form may send as a price, rate, goal or payment: not negative
 * and exact to the fen (no more than two decimals that aren't zero), within the limits.
 */
export function isFenAmount(value: unknown): value is AmountInput {
  if (!isAmount(value)) return false
  const { units, scale } = parseDecimal(value)
  return units >= 0n && (scale <= 2 || units % 10n ** BigInt(scale - 2) === 0n)
}

/** An amount in whole fen, rounded half away from zero. Empty input (null, "") is zero. */
export function toFen(value: AmountInput | null | undefined): bigint {
  if (value === null || value === undefined || value === "") return 0n
  return decimalToFen(parseDecimal(value))
}

/** The same as a JS number of fen (exact: amounts are far below 2^53 fen). */
export function toFenNumber(value: AmountInput | null | undefined): number {
  return Number(toFen(value))
}

/** Whole fen as Money: 1650n -> "16.50", -5n -> "-0.05". */
export function fromFen(fen: bigint | number): Money {
  const value = typeof fen === "number" ? BigInt(Math.trunc(fen)) : fen
  const negative = value < 0n
  const abs = negative ? -value : value
  return `${negative ? "-" : ""}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`
}

/** An amount rounded to the fen, as Money. */
export function roundMoney(value: AmountInput): Money {
  return fromFen(toFen(value))
}

/** A rate times a whole quantity, exactly, then rounded to the fen: what one work line pays. */
export function lineAmount(rate: AmountInput, quantity: number): Money {
  if (!Number.isSafeInteger(quantity)) throw new Error(`quantity must be a whole number (got ${quantity})`)
  const { units, scale } = parseDecimal(rate)
  return fromFen(decimalToFen({ units: units * BigInt(quantity), scale }))
}

/** `amount` converted at `rate` (units of CNY per unit of the other currency), rounded to the fen. */
export function convert(amount: AmountInput, rate: AmountInput): Money {
  const a = parseDecimal(amount)
  const r = parseDecimal(rate)
  return fromFen(decimalToFen({ units: a.units * r.units, scale: a.scale + r.scale }))
}

/** `percent` % of `amount` (percent with any decimals, e.g. 12.5), rounded to the fen. */
export function percentOf(amount: AmountInput, percent: AmountInput): Money {
  const a = parseDecimal(amount)
  const p = parseDecimal(percent)
  return fromFen(decimalToFen({ units: a.units * p.units, scale: a.scale + p.scale + 2 }))
}

/** The exact sum of amounts, each rounded to the fen first (they are money already). */
export function sumMoney(amounts: Iterable<AmountInput | null | undefined>): Money {
  let total = 0n
  for (const amount of amounts) total += toFen(amount)
  return fromFen(total)
}

/** `a - b`, exactly. */
export function subtractMoney(a: AmountInput, b: AmountInput): Money {
  return fromFen(toFen(a) - toFen(b))
}

/** -amount. */
export function negateMoney(amount: AmountInput): Money {
  return fromFen(-toFen(amount))
}

/**
 * Splits `total` between parts by whole-number weights so that the parts add up to exactly
 * `total`: each part gets its floor in fen, and the fen left over go one each to the parts with
 * the largest remainders (ties to the earlier part). A negative total splits the same way, negated.
 */
export function splitByWeight(total: AmountInput, weights: number[]): Money[] {
  if (!weights.length) return []
  if (weights.some((w) => !Number.isSafeInteger(w) || w <= 0)) {
    throw new Error("weights must be positive whole numbers")
  }
  const totalFen = toFen(total)
  const sign = totalFen < 0n ? -1n : 1n
  const absFen = totalFen * sign
  const weightSum = weights.reduce((sum, w) => sum + BigInt(w), 0n)
  const parts = weights.map((w) => (absFen * BigInt(w)) / weightSum)
  const byRemainder = weights
    .map((w, i) => ({ i, r: (absFen * BigInt(w)) % weightSum }))
    .sort((a, b) => (b.r === a.r ? a.i - b.i : b.r > a.r ? 1 : -1))
  let left = absFen - parts.reduce((sum, p) => sum + p, 0n)
  for (const { i } of byRemainder) {
    if (left === 0n) break
    parts[i] += 1n
    left -= 1n
  }
  return parts.map((p) => fromFen(p * sign))
}

/** Compares two amounts: -1, 0 or 1. */
export function compareMoney(a: AmountInput, b: AmountInput): -1 | 0 | 1 {
  const d = toFen(a) - toFen(b)
  return d < 0n ? -1 : d > 0n ? 1 : 0
}

export type MoneyFormat = {
  /** ISO currency code (default CNY) */
  currency?: string
  /** drop ".00" when the amount is whole (big numbers on small screens) */
  trimWhole?: boolean
  /** always show + or - (differences) */
  signed?: boolean
  /** round to whole yuan, half away from zero, and show no fen (headline figures) */
  wholeUnits?: boolean
}

const formatters = new Map<string, Intl.NumberFormat>()

/**
 * An amount in the reader's language: "3053" -> "¥3,053.00" (zh-CN) / "CN¥3,053.00" (en). The
 * figure shown is the amount rounded to the fen, formatted from its exact decimal string.
 */
export function formatMoney(amount: AmountInput, locale: string, options: MoneyFormat = {}): string {
  const fen = options.wholeUnits ? divideRounded(toFen(amount), 100n) * 100n : toFen(amount)
  const whole = !!options.wholeUnits || (!!options.trimWhole && fen % 100n === 0n)
  const currency = (options.currency ?? "CNY").toUpperCase()
  const key = `${locale}|${currency}|${whole ? 0 : 2}|${options.signed ? 1 : 0}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      style: "currency",
      currency,
      minimumFractionDigits: whole ? 0 : 2,
      maximumFractionDigits: whole ? 0 : 2,
      signDisplay: options.signed ? "exceptZero" : "auto",
    })
    formatters.set(key, formatter)
  }
  // Intl formats a decimal string exactly (no float in between)
  return formatter.format(fromFen(fen) as unknown as number)
}

/**
 * An amount in yuan shortened for a chart's axis, in the reader's language: 1万, 1.5万, 2万 in
 * Chinese, 10K, 15K in English; below ten thousand (Chinese) or a thousand (English) as it is.
 * Only for scales: the figures themselves are always shown in full (formatMoney).
 */
export function axisAmount(yuan: number, locale: string): string {
  return new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 }).format(yuan)
}

/**
 * An amount the way a person says it aloud, for a speech synthesizer in the reader's language.
 * zh-CN: whole yuan in digits (Chinese voices read "1234" as 一千二百三十四), then 角 and 分 as
 * a person counts them: "1234元5角", "1234元零5分", "1234元5角6分", "5角", "0元", "负30元"; no
 * thousands separators (some voices read "1,234" as 一逗号二三四). en: "1,234 yuan", "1,234 yuan
 * and 50 fen", "minus 30 yuan". From the amount's exact fen, like formatMoney.
 */
export function spokenMoney(amount: AmountInput, locale: string): string {
  const fen = toFen(amount)
  const negative = fen < 0n
  const abs = negative ? -fen : fen
  const yuan = abs / 100n
  const jiao = (abs % 100n) / 10n
  const fenPart = abs % 10n
  if (locale.toLowerCase().startsWith("zh")) {
    let text = yuan > 0n || abs === 0n ? `${yuan}元` : ""
    if (jiao > 0n) text += `${jiao}角`
    else if (fenPart > 0n && yuan > 0n) text += "零"
    if (fenPart > 0n) text += `${fenPart}分`
    return `${negative ? "负" : ""}${text}`
  }
  const whole = new Intl.NumberFormat("en", { maximumFractionDigits: 0 }).format(yuan)
  const cents = abs % 100n
  const text = yuan === 0n && cents > 0n ? `${cents} fen` : cents > 0n ? `${whole} yuan and ${cents} fen` : `${whole} yuan`
  return `${negative ? "minus " : ""}${text}`
}

/**
 * The makers' share of a sale: `base x exchange rate x percent / 100`, computed exactly and
 * rounded to the fen once. The exchange rate turns the order's currency into CNY ("1" for CNY).
 */
export function saleShare(base: AmountInput, sharePercent: AmountInput, exchangeRate: AmountInput = "1"): Money {
  const a = parseDecimal(base)
  const p = parseDecimal(sharePercent)
  const r = parseDecimal(exchangeRate)
  return fromFen(decimalToFen({ units: a.units * p.units * r.units, scale: a.scale + p.scale + r.scale + 2 }))
}

/**
 * `amount x part / whole`, rounded to the fen once (a refund of part of an order takes back that
 * part of each share). `whole` must be positive; the result never exceeds `amount` in size.
 */
export function prorate(amount: AmountInput, part: AmountInput, whole: AmountInput): Money {
  const a = parseDecimal(amount)
  const p = parseDecimal(part)
  const w = parseDecimal(whole)
  if (w.units <= 0n) throw new Error("prorate: the whole must be positive")
  if (p.units <= 0n) return "0.00"
  // a x p / w with every term scaled to integers: (a.units / 10^as) x (p.units / 10^ps) / (w.units / 10^ws)
  const numerator = a.units * p.units * 10n ** BigInt(w.scale + 2)
  const denominator = w.units * 10n ** BigInt(a.scale + p.scale)
  const fen = divideRounded(numerator, denominator)
  const limit = decimalToFen(a)
  const capped = (fen < 0n ? -fen : fen) > (limit < 0n ? -limit : limit) ? limit : fen
  return fromFen(capped)
}
