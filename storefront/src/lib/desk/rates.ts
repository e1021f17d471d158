import { toFen } from "./fen";
import type { Grade } from "./work-line";
import type { PieceRate } from "./types";

/** The rate in force on `date`: the latest that took effect on or before it (null if none yet). */
export function rateOn(rates: PieceRate[], date: string): PieceRate | null {
  let best: PieceRate | null = null;
  for (const rate of rates) {
    if (rate.effective_from <= date && (!best || rate.effective_from > best.effective_from)) best = rate;
  }
  return best;
}

/** What one piece of this grade pays under `rate`, in fen (rejected pieces pay nothing). */
export function gradeRateFen(rate: PieceRate | null, grade: Grade): number | null {
  if (!rate) return null;
  if (grade === "R") return 0;
  return toFen(grade === "A" ? rate.rate_a : rate.rate_b);
}
