import type { ArtisanStatements, PayoutSummary } from "@jinxiu/workshop/domain/http";
import type { Money } from "@jinxiu/workshop/domain/money";
import type { PayState } from "@jinxiu/workshop/domain/payouts";

/**
 * Her pay by month, read from her statements' pay (payable, paid, owed, state: the backend's
 * sums of her payouts) and her payouts, never from a "paid" mark on the month.
 */
export type MonthPay = {
  statement_id: string;
  state: PayState;
  payable_total: Money;
  paid: Money;
  owed: Money;
  /** this statement's payouts, newest first; a failed one keeps its place, marked */
  payouts: PayoutSummary[];
  /** the day of the newest payout that counts (sent, not failed), or null */
  last_paid_on: string | null;
};

/** The day of the newest payout that counts (sent and not failed), or null when none does. */
export function lastPaidOn(payouts: Pick<PayoutSummary, "status" | "paid_on">[]): string | null {
  return payouts.filter((p) => p.status === "sent").reduce<string | null>((day, p) => (day === null || p.paid_on > day ? p.paid_on : day), null);
}

/** Each month's pay (by YYYY-MM), for the months that have a statement with its pay. */
export function payByPeriod(statements: ArtisanStatements["statements"], payouts: PayoutSummary[]): Map<string, MonthPay> {
  const byStatement = new Map<string, PayoutSummary[]>();
  for (const payout of payouts) byStatement.set(payout.statement_id, [...(byStatement.get(payout.statement_id) ?? []), payout]);
  const months = new Map<string, MonthPay>();
  for (const statement of statements) {
    if (!statement.pay) continue;
    const own = (byStatement.get(statement.id) ?? []).sort((a, b) => b.paid_on.localeCompare(a.paid_on) || b.created_at.localeCompare(a.created_at));
    months.set(statement.period, { statement_id: statement.id, ...statement.pay, payouts: own, last_paid_on: lastPaidOn(own) });
  }
  return months;
}
