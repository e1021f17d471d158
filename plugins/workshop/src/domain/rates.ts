/**
 * Piece rates, the one place their rules live. A rate takes effect on a date and stays in force
 * until a later one takes effect; grade A pays `rate_a`, grade B `rate_b`, rejected (R) nothing.
 * The rate in force on the work date is copied into each entry when it is recorded, so changing a
 * rate never moves money already recorded.
 */
import { compareMoney, lineAmount, roundMoney, type AmountInput, type Money } from "./money"

export type Grade = "A" | "B" | "R"
export const GRADES: readonly Grade[] = ["A", "B", "R"]

export type EffectiveRate = { effective_from: string; rate_a: AmountInput; rate_b: AmountInput }

/** The rate in force on `date`: the latest that took effect on or before it, or null if none yet. */
export function rateOn<R extends { effective_from: string }>(rates: readonly R[], date: string): R | null {
  let best: R | null = null
  for (const rate of rates) {
    if (rate.effective_from <= date && (!best || rate.effective_from > best.effective_from)) best = rate
  }
  return best
}

/** Rates newest first (the order the admin and the desk show a timeline in). */
export function newestFirst<R extends { effective_from: string }>(rates: readonly R[]): R[] {
  return [...rates].sort((a, b) => b.effective_from.localeCompare(a.effective_from))
}

/** What one piece of `grade` pays under `rate`, as Money (rejected pieces pay "0.00"); null without a rate. */
export function gradePay(rate: EffectiveRate | null | undefined, grade: Grade): Money | null {
  if (!rate) return null
  if (grade === "R") return "0.00"
  return roundMoney(grade === "A" ? rate.rate_a : rate.rate_b)
}

/** What `quantity` pieces of `grade` pay under `rate` (null without a rate). */
export function linePay(rate: EffectiveRate | null | undefined, grade: Grade, quantity: number): { rate: Money; amount: Money } | null {
  const each = gradePay(rate, grade)
  if (each === null) return null
  return { rate: each, amount: lineAmount(each, quantity) }
}

/**
 * A grade A rate of 0 pays nothing for an accepted piece: almost always a slip of the keyboard, so
 * it is saved only when whoever sets it says so (`confirm_zero: true`, after the admin asked).
 * True when `rate` would need that and doesn't carry it. Grade B may be 0 without asking.
 */
export function zeroRateNeedsConfirming(rate: { rate_a: AmountInput; confirm_zero?: boolean | null }): boolean {
  return compareMoney(rate.rate_a, 0) === 0 && rate.confirm_zero !== true
}
