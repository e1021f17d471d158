import { compareMoney, typedAmount, typedNumber } from "../../domain"

/**
 * The admin's number fields read as people type them (the domain's `typedNumber`: a Chinese
 * keyboard's full-width digits, 。 for the point, commas between thousands), each with its bounds.
 * Null means the form shows its own message for the field.
 */

/** An amount of yuan to the fen, from `min` (0, or above 0 when `positive`) to `max`; as sent to the API. */
export function typedYuan(text: string, max: number, { positive = false }: { positive?: boolean } = {}): string | null {
  // typedAmount refuses what isn't a number, a negative and anything finer than the fen
  const read = typedAmount(text.trim())
  if (!("amount" in read)) return null
  const amount = read.amount
  if (compareMoney(amount, max) > 0) return null
  if (positive && compareMoney(amount, 0) <= 0) return null
  return amount
}

/** A whole number from `min` to `max`, digits only once read. */
export function typedWhole(text: string, min: number, max: number): number | null {
  const s = typedNumber(text.trim())
  if (!/^\d{1,9}$/.test(s)) return null
  const n = Number(s)
  return n >= min && n <= max ? n : null
}

/** A number from `min` to `max` with at most `decimals` decimals (a percentage). */
export function typedDecimal(text: string, min: number, max: number, decimals = 2): number | null {
  const s = typedNumber(text.trim())
  if (!new RegExp(`^\\d{1,9}(\\.\\d{1,${decimals}})?$`).test(s)) return null
  const n = Number(s)
  return n >= min && n <= max ? n : null
}
