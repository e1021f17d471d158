/**
 * Payouts: what a statement's pay state is, and what is still owed on it. A statement is paid by
 * payouts (`sent`), each of which may later fail (a `failed` fact pointing at it); the effective
 * paid amount is the sum of the sent payouts that have not failed. Pure, like the rest of the
 * domain: the module's SQL sums, these rules decide.
 */
import { fromFen, toFen, type AmountInput, type Money } from "./money"

export const PAYOUT_METHODS = ["wechat", "alipay", "bank", "cash"] as const
export type PayoutMethod = (typeof PAYOUT_METHODS)[number]

/** The method the "pay the whole month" shortcut uses when none is given. */
export const DEFAULT_PAYOUT_METHOD: PayoutMethod = "bank"

export type PayState = "unpaid" | "partly_paid" | "paid"

/**
 * A statement's pay state from its net and what was effectively paid on it: nothing paid is
 * unpaid, the whole net (or more) is paid, anything between is partly paid. A statement with
 * nothing to pay (net 0 or less) is paid.
 */
export function payState(net: AmountInput, paid: AmountInput): PayState {
  const netFen = toFen(net)
  const paidFen = toFen(paid)
  if (netFen <= 0n || paidFen >= netFen) return "paid"
  return paidFen > 0n ? "partly_paid" : "unpaid"
}

/** What is still owed on a statement: its net less what was effectively paid, never below zero. */
export function owedOn(net: AmountInput, paid: AmountInput): Money {
  const owed = toFen(net) - toFen(paid)
  return fromFen(owed > 0n ? owed : 0n)
}

/**
 * The day a payout was made (or came back): the day given, else today in China. A day after
 * today is refused: money can't have moved tomorrow. Returns the day, or the message naming
 * `field` (zh / en) when it is refused.
 */
export function payoutDay(field: string, given: string | null | undefined, today: string): { day: string } | { error: string } {
  if (!given) return { day: today }
  if (given > today) return { error: `${field}: 不能晚于今天 (${today}) / can't be after today (${today})` }
  return { day: given }
}
