import { toFen } from "./fen";
import { gradeRateFen, rateOn } from "./rates";
import type { PieceType, WorkEntry } from "./types";
import type { WorkLine } from "./work-line";

export type ArtisanDayTotal = {
  artisan_id: string;
  pieces: { A: number; B: number; R: number };
  /** fen */
  amount: number;
  lines: number;
};

/**
 * Per artisan: pieces by grade and money, in fen. Reversed entries don't count (they stay in the
 * history, marked). Artisans are listed in the order they first appear.
 */
export function totalsByArtisan(entries: Pick<WorkEntry, "artisan_id" | "quantity" | "grade" | "amount" | "reversed_at">[]): ArtisanDayTotal[] {
  const byArtisan = new Map<string, ArtisanDayTotal>();
  for (const entry of entries) {
    if (entry.reversed_at) continue;
    let total = byArtisan.get(entry.artisan_id);
    if (!total) {
      total = { artisan_id: entry.artisan_id, pieces: { A: 0, B: 0, R: 0 }, amount: 0, lines: 0 };
      byArtisan.set(entry.artisan_id, total);
    }
    total.pieces[entry.grade] += entry.quantity;
    total.amount += toFen(entry.amount);
    total.lines += 1;
  }
  return [...byArtisan.values()];
}

/** The sum of several totals (the whole day). */
export function grandTotal(totals: ArtisanDayTotal[]): ArtisanDayTotal {
  const all: ArtisanDayTotal = { artisan_id: "", pieces: { A: 0, B: 0, R: 0 }, amount: 0, lines: 0 };
  for (const t of totals) {
    all.pieces.A += t.pieces.A;
    all.pieces.B += t.pieces.B;
    all.pieces.R += t.pieces.R;
    all.amount += t.amount;
    all.lines += t.lines;
  }
  return all;
}

/**
 * What a line not yet confirmed should pay, in fen, from the rate the desk knows for its day
 * (the backend copies the rate in force itself; this is only shown as "expected").
 */
export function expectedLineFen(line: WorkLine, pieceTypes: Map<string, PieceType>): number | null {
  const pieceType = pieceTypes.get(line.piece_type_id);
  if (!pieceType) return null;
  const rate = gradeRateFen(rateOn(pieceType.rates, line.work_date), line.grade);
  return rate === null ? null : rate * line.quantity;
}
