import { chinaDateOf, monthRange } from "@/lib/desk/dates";
import { toFen } from "@/lib/desk/fen";
import type { EarningLine, MonthTotals, StatementStatus } from "./types";

/**
 * The arithmetic of the income pages, in fen: her months (every month shown, also the empty ones),
 * the parts of a month, her goal, last month, and a month's lines day by day.
 */

export type MonthFigures = {
  period: string;
  /** fen */
  piecework: number;
  sale_share: number;
  bonus: number;
  deduction: number;
  reversal: number;
  net: number;
  /** "none": nothing was earned that month */
  status: StatementStatus | "none";
  paid_at: string | null;
};

export function monthFigures(totals: MonthTotals): MonthFigures {
  return {
    period: totals.period,
    piecework: toFen(totals.piecework),
    sale_share: toFen(totals.sale_share),
    bonus: toFen(totals.bonus),
    deduction: toFen(totals.deduction),
    reversal: toFen(totals.reversal),
    net: toFen(totals.net),
    status: totals.status,
    paid_at: totals.paid_at,
  };
}

/** Every month from `from` to `to`, oldest first; months without earnings are zero. */
export function fillMonths(months: MonthTotals[], from: string, to: string): MonthFigures[] {
  const byPeriod = new Map(months.map((m) => [m.period, monthFigures(m)]));
  return monthRange(from, to).map(
    (period) =>
      byPeriod.get(period) ?? {
        period,
        piecework: 0,
        sale_share: 0,
        bonus: 0,
        deduction: 0,
        reversal: 0,
        net: 0,
        status: "none",
        paid_at: null,
      }
  );
}

export type GoalProgress = { goal: number; percent: number; reached: boolean; remaining: number };

/** How far this month's money is towards her goal (fen); null when she has set none. */
export function goalProgress(netFen: number, goalYuan: number | string | null | undefined): GoalProgress | null {
  if (goalYuan === null || goalYuan === undefined || goalYuan === "") return null;
  const goal = toFen(goalYuan);
  if (goal <= 0) return null;
  const percent = Math.max(0, Math.min(100, Math.floor((netFen * 100) / goal)));
  return { goal, percent, reached: netFen >= goal, remaining: Math.max(0, goal - netFen) };
}

export type Comparison = { difference: number; direction: "up" | "down" | "same" };

export function compareMonths(thisMonthFen: number, lastMonthFen: number): Comparison {
  const difference = thisMonthFen - lastMonthFen;
  return { difference, direction: difference > 0 ? "up" : difference < 0 ? "down" : "same" };
}

export type DayLines = { date: string; lines: EarningLine[]; total: number };

const KIND_ORDER = ["piecework", "sale_share", "bonus", "deduction", "reversal"];
const GRADE_ORDER = ["A", "B", "R"];

/** Within a day: piecework first (by piece type, then grade A, B, rejected), then sales, bonuses, deductions, corrections. */
function compareLines(a: EarningLine, b: EarningLine): number {
  const kind = (l: EarningLine) => (KIND_ORDER.includes(l.kind) ? KIND_ORDER.indexOf(l.kind) : KIND_ORDER.length);
  return (
    kind(a) - kind(b) ||
    (a.work_entry?.piece_type.code ?? "").localeCompare(b.work_entry?.piece_type.code ?? "") ||
    GRADE_ORDER.indexOf(a.work_entry?.grade ?? "A") - GRADE_ORDER.indexOf(b.work_entry?.grade ?? "A") ||
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
  const days = new Map<string, DayLines>();
  for (const line of lines) {
    const date = line.work_entry?.work_date ?? chinaDateOf(line.created_at);
    let day = days.get(date);
    if (!day) {
      day = { date, lines: [], total: 0 };
      days.set(date, day);
    }
    day.lines.push(line);
    day.total += toFen(line.amount);
  }
  for (const day of days.values()) day.lines.sort(compareLines);
  return [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
}

export type SoldPiece = {
  id: string;
  title: string | null;
  thumbnail: string | null;
  quantity: number | null;
  /** fen */
  amount: number;
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
      amount: toFen(l.amount),
    }));
}
