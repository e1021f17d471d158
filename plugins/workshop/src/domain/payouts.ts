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
 * A statement's pay state from what it made payable (see settleMonth) and what was effectively
 * paid on it: nothing paid is unpaid, all of it (or more) is paid, anything between is partly
 * paid. A statement with nothing to pay (0) is paid.
 */
export function payState(net: AmountInput, paid: AmountInput): PayState {
  const netFen = toFen(net)
  const paidFen = toFen(paid)
  if (netFen <= 0n || paidFen >= netFen) return "paid"
  return paidFen > 0n ? "partly_paid" : "unpaid"
}

/** What is still owed on a statement: what it made payable less what was effectively paid, never below zero. */
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

/** What a month's statement settles to when it is frozen (see settleMonth). */
export type MonthSettlement = {
  /** her month's net: the sum of its ledger entries */
  net: Money
  /** 0 or negative: the balance carried in from her previous statement */
  carried_in: Money
  /** 0 or positive: the advances recovered from this month */
  advance_recovered: Money
  /** 0 or positive: what is to be paid to her for this month */
  payable: Money
  /** 0 or negative: the balance carried into her next statement */
  carried_out: Money
}

/**
 * How a month settles when its statement is frozen, the one rule for carried balances and
 * advances:
 * 1. her month's net plus the balance carried in (never positive) is what the month leaves her;
 * 2. when that is negative (deductions beyond earnings), nothing is payable, nothing is recovered,
 *    and all of it is carried into her next statement: nothing is lost or silently netted;
 * 3. otherwise her outstanding advances are recovered from it, never more than it leaves her, and
 *    the rest is payable.
 * So net + carried_in = advance_recovered + payable + carried_out, always.
 */
export function settleMonth(input: { net: AmountInput; carried_in: AmountInput; advance_outstanding: AmountInput }): MonthSettlement {
  const net = toFen(input.net)
  const carriedIn = toFen(input.carried_in)
  const outstanding = toFen(input.advance_outstanding)
  if (carriedIn > 0n) throw new RangeError("carried_in is a negative balance or 0")
  if (outstanding < 0n) throw new RangeError("advance_outstanding can't be negative")
  const left = net + carriedIn
  if (left < 0n) {
    return { net: fromFen(net), carried_in: fromFen(carriedIn), advance_recovered: fromFen(0n), payable: fromFen(0n), carried_out: fromFen(left) }
  }
  const recovered = outstanding < left ? outstanding : left
  return { net: fromFen(net), carried_in: fromFen(carriedIn), advance_recovered: fromFen(recovered), payable: fromFen(left - recovered), carried_out: fromFen(0n) }
}

/** The balance a frozen statement carries into her next one: its net plus what it carried in, when negative; else 0. */
export function carriedOutOf(net: AmountInput, carriedIn: AmountInput): Money {
  const left = toFen(net) + toFen(carriedIn)
  return fromFen(left < 0n ? left : 0n)
}

/**
 * Where she stands across months, from the money facts: `balance` = earned − paid − advanced
 * (negative when she owes: a carried deduction or an advance not yet recovered). It always equals
 * `owed` (what her statements still wait to be paid) + `carried` − `advance_outstanding`.
 */
export type ArtisanBalance = {
  earned: Money
  paid: Money
  advanced: Money
  balance: Money
  owed: Money
  carried: Money
  advance_outstanding: Money
}
