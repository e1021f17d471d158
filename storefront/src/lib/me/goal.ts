import { MAX_MONTHLY_GOAL_YUAN } from "@jinxiu/workshop/domain/limits";
import { compareMoney, roundMoney } from "@jinxiu/workshop/domain/money";
import { typedAmount } from "@jinxiu/workshop/domain/typed-numbers";

/** Why a typed goal can't be saved (each has its sentence on /me, in both languages). */
export type GoalProblem = "invalid" | "negative" | "decimals" | "too_big";

/**
 * Her monthly goal as she typed it (a Chinese keyboard's full-width digits and commas too):
 * a number of yuan to save, null to clear it (left empty, or 0), or why it can't be taken.
 */
export function readGoal(typed: string): { goal: number | null } | { problem: GoalProblem } {
  if (!typed.trim()) return { goal: null };
  const read = typedAmount(typed);
  if ("problem" in read) return { problem: read.problem };
  if (compareMoney(read.amount, MAX_MONTHLY_GOAL_YUAN) > 0) return { problem: "too_big" };
  const goal = Number(roundMoney(read.amount));
  return { goal: goal === 0 ? null : goal };
}
