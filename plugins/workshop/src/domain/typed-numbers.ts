/**
 * Numbers as people type them, read the same everywhere a number is typed (a quantity, a goal, a
 * price, a rate, a postcode): a Chinese keyboard gives full-width digits and signs (３５００, －３,
 * ３．５), an ideographic full stop for the decimal point (3。5), full-width commas between
 * thousands (3，500) and ideographic spaces. This turns what was typed into the plain text the
 * rules check (3500, -3, 3.5, 3.5, 3500); anything else is left as it is, for the rules to refuse.
 */

import { isFenAmount } from "./money"

/** Thousands separated by commas: 3,500 / 1,234,567.89 (a comma anywhere else is not one). */
const GROUPED = /^([+-]?)(\d{1,3}(?:,\d{3})+)(\.\d+)?$/

export function typedNumber(value: string): string {
  const text = value
    .normalize("NFKC") // full-width digits, signs, comma, full stop and space → ASCII
    .replace(/[\u3002\uFF61]/g, ".") // 。 and ｡ typed for the decimal point
    .replace(/[\u2212\u2013\u2014]/g, "-") // minus signs a keyboard or a paste may give
    .replace(/\s+/g, "")
  const grouped = GROUPED.exec(text)
  return grouped ? `${grouped[1]}${grouped[2]!.replace(/,/g, "")}${grouped[3] ?? ""}` : text
}

/** Why a typed amount of money can't be taken. */
export type TypedAmountProblem = "invalid" | "negative" | "decimals"

/**
 * A typed amount of money (a goal, a price, a rate) read as `typedNumber` reads it, or why it
 * can't be taken: not a number, below zero, or finer than the fen (more than two decimals).
 */
export function typedAmount(value: string): { amount: string } | { problem: TypedAmountProblem } {
  const text = typedNumber(value)
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return { problem: "invalid" }
  if (text.startsWith("-") && /[1-9]/.test(text)) return { problem: "negative" }
  const unsigned = text.replace(/^[+-]/, "")
  if (!isFenAmount(unsigned)) return { problem: "decimals" }
  return { amount: unsigned }
}
