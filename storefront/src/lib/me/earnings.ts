import { addMonths, chinaDateOf, isCalendarDate, monthOf, monthRange } from "@jinxiu/workshop/domain/calendar";
import { type EarningLine, type MoneyValue, type MonthTotals, type StatementStatus } from "@jinxiu/workshop/domain/http";
import { compareMoney, roundMoney, subtractMoney, sumMoney, toFen, type Money } from "@jinxiu/workshop/domain/money";
import { GRADES } from "@jinxiu/workshop/domain/rates";

/**
 * The income pages' figures, with the workshop domain's money rules: her months (every month
 * shown, also the empty ones), the parts of a month, her goal, last month, and a month's lines
 * day by day. Amounts stay Money (decimal strings) all the way to the page.
 */

export type MonthFigures = {
  period: string;
  piecework: Money;
  sale_share: Money;
  bonus: Money;
  deduction: Money;
  reversal: Money;
  net: Money;
  /** "none": nothing was earned that month */
  status: StatementStatus | "none";
  paid_at: string | null;
};

export function monthFigures(totals: MonthTotals): MonthFigures {
  return {
    period: totals.period,
    piecework: totals.piecework,
    sale_share: totals.sale_share,
    bonus: totals.bonus,
    deduction: totals.deduction,
    reversal: totals.reversal,
    net: totals.net,
    status: totals.status,
    paid_at: totals.paid_at,
  };
}

/** A month in which nothing was earned. */
export function emptyMonth(period: string): MonthFigures {
  return {
    period,
    piecework: "0.00",
    sale_share: "0.00",
    bonus: "0.00",
    deduction: "0.00",
    reversal: "0.00",
    net: "0.00",
    status: "none",
    paid_at: null,
  };
}

/** Every month from `from` to `to`, oldest first; months without earnings are zero. */
export function fillMonths(months: MonthTotals[], from: string, to: string): MonthFigures[] {
  const byPeriod = new Map(months.map((m) => [m.period, monthFigures(m)]));
  return monthRange(from, to).map((period) => byPeriod.get(period) ?? emptyMonth(period));
}

/** How many months her income page lists (this one and the 11 before it). */
export const MONTHS_LISTED = 12;

/**
 * The months her income page lists, oldest first: from the month she joined to `current`, at most
 * the last MONTHS_LISTED, empty months as zero. A month before she joined that has ledger lines
 * (`months` holds only months with lines) is still listed, and every month after it: money is
 * never hidden. A missing or unreadable joining day lists all MONTHS_LISTED months.
 */
export function monthsSinceJoining(months: MonthTotals[], joinedOn: string | null | undefined, current: string): MonthFigures[] {
  const earliest = addMonths(current, -(MONTHS_LISTED - 1));
  const joined = isCalendarDate(joinedOn) ? monthOf(joinedOn) : earliest;
  const withLines = months.map((m) => m.period).filter((p) => p >= earliest && p <= current);
  const first = [joined, ...withLines].reduce((a, b) => (b < a ? b : a));
  const from = first < earliest ? earliest : first > current ? current : first;
  return fillMonths(months, from, current);
}

export type GoalProgress = { goal: Money; percent: number; reached: boolean; remaining: Money };

/** How far this month's money is towards her goal; null when she has set none. */
export function goalProgress(net: Money, goal: MoneyValue | null | undefined): GoalProgress | null {
  if (goal === null || goal === undefined || goal === "") return null;
  const goalFen = toFen(goal);
  if (goalFen <= 0n) return null;
  const percent = Math.max(0, Math.min(100, Number((toFen(net) * 100n) / goalFen)));
  const reached = compareMoney(net, goal) >= 0;
  return { goal: roundMoney(goal), percent, reached, remaining: reached ? "0.00" : subtractMoney(goal, net) };
}

export type Comparison = { difference: Money; direction: "up" | "down" | "same" };

export function compareMonths(thisMonth: Money, lastMonth: Money): Comparison {
  const order = compareMoney(thisMonth, lastMonth);
  return { difference: subtractMoney(thisMonth, lastMonth), direction: order > 0 ? "up" : order < 0 ? "down" : "same" };
}

export type DayLines = { date: string; lines: EarningLine[]; total: Money };

const KIND_ORDER = ["piecework", "sale_share", "bonus", "deduction", "reversal"];

/** Within a day: piecework first (by piece type, then grade A, B, rejected), then sales, bonuses, deductions, corrections. */
function compareLines(a: EarningLine, b: EarningLine): number {
  const kind = (l: EarningLine) => (KIND_ORDER.includes(l.kind) ? KIND_ORDER.indexOf(l.kind) : KIND_ORDER.length);
  return (
    kind(a) - kind(b) ||
    (a.work_entry?.piece_type.code ?? "").localeCompare(b.work_entry?.piece_type.code ?? "") ||
    GRADES.indexOf(a.work_entry?.grade ?? "A") - GRADES.indexOf(b.work_entry?.grade ?? "A") ||
    (b.work_entry?.quantity ?? 0) - (a.work_entry?.quantity ?? 0) ||
    a.created_at.localeCompare(b.created_at) ||
    a.id.localeCompare(b.id)
  );
}

/**
 * A month's lines by day (the work day for piecework, otherwise the day it was credited in China),
 * each day's lines in a fixed order.
 */
export function linesByDay(lines: EarningLine[]): DayLines[] {
  const days = new Map<string, EarningLine[]>();
  for (const line of lines) {
    const date = line.work_entry?.work_date ?? chinaDateOf(line.created_at);
    days.set(date, [...(days.get(date) ?? []), line]);
  }
  return [...days]
    .map(([date, dayLines]) => ({ date, lines: dayLines.sort(compareLines), total: sumMoney(dayLines.map((l) => l.amount)) }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

export type SoldPiece = {
  id: string;
  title: string | null;
  thumbnail: string | null;
  quantity: number | null;
  amount: Money;
};

/** Her share of the month's online sales, one row per sale (photo, title, money). */
export function soldPieces(lines: EarningLine[]): SoldPiece[] {
  return lines
    .filter((l) => l.kind === "sale_share" && l.sale)
    .map((l) => ({
      id: l.id,
      title: l.sale!.product_title,
      thumbnail: l.sale!.thumbnail,
      quantity: l.sale!.quantity,
      amount: l.amount,
    }));
}
