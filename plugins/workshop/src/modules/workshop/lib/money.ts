import { MathBN } from "@medusajs/framework/utils"

/**
 * Money in CNY major units with two decimals (fen). All arithmetic goes through MathBN, never
 * JS floats; amounts are rounded to the fen only where money is credited.
 */
export type Money = string

/** What arithmetic accepts: money strings, numbers, or a MathBN result. */
export type Amount = string | number | ReturnType<typeof MathBN.mult>

const asString = (a: Amount) => (typeof a === "object" ? a.toFixed() : a)

export function toFen(amount: Amount): bigint {
  const rounded = MathBN.convert(asString(amount)).decimalPlaces(2, 4 /* ROUND_HALF_UP */)
  return BigInt(rounded.times(100).toFixed(0))
}

export function fromFen(fen: bigint): Money {
  const negative = fen < 0n
  const abs = negative ? -fen : fen
  const yuan = abs / 100n
  const rest = String(abs % 100n).padStart(2, "0")
  return `${negative ? "-" : ""}${yuan}.${rest}`
}

/** price x quantity, rounded to the fen. */
export function lineAmount(rate: Amount, quantity: number): Money {
  return fromFen(toFen(MathBN.mult(asString(rate), quantity)))
}

/**
 * Splits `total` between parts by weight so that the parts add up to exactly `total`
 * (largest-remainder rounding on fen; ties go to the earlier part).
 */
export function splitByWeight(total: Amount, weights: number[]): Money[] {
  if (!weights.length) return []
  if (weights.some((w) => !Number.isInteger(w) || w <= 0)) {
    throw new Error("weights must be positive whole numbers")
  }
  const totalFen = toFen(total)
  const sign = totalFen < 0n ? -1n : 1n
  const absFen = totalFen * sign
  const weightSum = BigInt(weights.reduce((a, b) => a + b, 0))
  const parts = weights.map((w) => (absFen * BigInt(w)) / weightSum)
  const remainders = weights.map((w, i) => ({ i, r: (absFen * BigInt(w)) % weightSum }))
  let left = absFen - parts.reduce((a, b) => a + b, 0n)
  remainders.sort((a, b) => (b.r === a.r ? a.i - b.i : b.r > a.r ? 1 : -1))
  for (const { i } of remainders) {
    if (left === 0n) break
    parts[i] += 1n
    left -= 1n
  }
  return parts.map((p) => fromFen(p * sign))
}

/** Sum of money strings, exact. */
export function sumMoney(amounts: (string | number)[]): Money {
  return fromFen(amounts.reduce<bigint>((acc, a) => acc + toFen(a), 0n))
}
