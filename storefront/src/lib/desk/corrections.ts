import type { EarningLine, MonthTotals, PeriodStatus, WorkEntry } from "@jinxiu/workshop/domain/http";
import { roundMoney, subtractMoney, sumMoney, type Money } from "@jinxiu/workshop/domain/money";

/**
 * Corrections (reversals) as the desk shows them. A reversed entry's money comes off its own month
 * while that month is open; once the month is closed or paid, the correction lands in the current
 * month, the closed month keeps the pay it had, and the desk asks before making it.
 */

export type LateCorrection = {
  /** the entry's own month, closed or paid */
  original_period: string;
  original_status: Exclude<PeriodStatus, "open">;
  /** the month the correction lands in */
  period: string;
  amount: Money;
};

/** Where a correction of `entry` would land: null while its own month is open (it lands there, nothing to ask). */
export function lateCorrectionOf(entry: Pick<WorkEntry, "period" | "amount">, status: PeriodStatus, currentMonth: string): LateCorrection | null {
  if (status === "open" || entry.period === currentMonth) return null;
  return { original_period: entry.period, original_status: status, period: currentMonth, amount: roundMoney(entry.amount) };
}

/** A reversed entry whose correction landed in a later month: its own month was paid with it, so it still counts there. */
export function correctedLater(entry: Pick<WorkEntry, "reversed_at" | "period" | "correction_period">): boolean {
  return !!entry.reversed_at && !!entry.correction_period && entry.correction_period !== entry.period;
}

/** Whether an entry's amount is part of its own month's pay: standing, or corrected only in a later month. */
export function countsInItsMonth(entry: Pick<WorkEntry, "reversed_at" | "period" | "correction_period">): boolean {
  return !entry.reversed_at || correctedLater(entry);
}

/** Entries' total on the pay-month basis (what their own month paid for them). */
export function entriesTotal(entries: Pick<WorkEntry, "reversed_at" | "period" | "correction_period" | "amount">[]): Money {
  return sumMoney(entries.filter(countsInItsMonth).map((e) => e.amount));
}

/**
 * The corrections to list on their own in a month: those that landed in it for lines of earlier
 * months, and any that don't correct a work entry (a same-month correction of an entry already
 * shows on the entry, struck through).
 */
export function correctionsToList(lines: EarningLine[], month: string): EarningLine[] {
  return lines.filter((l) => l.kind === "reversal" && (!l.corrects?.work_entry || l.corrects.period !== month));
}

export type MonthParts = { piecework: Money; reversal: Money; other: Money; net: Money };

/** A month's ledger totals in the desk's three parts: piecework, corrections, everything else (sales, bonuses, deductions). */
export function monthParts(totals: MonthTotals | null): MonthParts {
  if (!totals) return { piecework: "0.00", reversal: "0.00", other: "0.00", net: "0.00" };
  return {
    piecework: totals.piecework,
    reversal: totals.reversal,
    other: subtractMoney(totals.net, sumMoney([totals.piecework, totals.reversal])),
    net: totals.net,
  };
}
