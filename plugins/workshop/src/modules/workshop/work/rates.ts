export type RateRow = { piece_type_id: string; effective_from: string; rate_a: string; rate_b: string }

/** The rate in force on `date`: the latest one that took effect on or before it. */
export function rateOn(rates: RateRow[], pieceTypeId: string, date: string): RateRow | undefined {
  let best: RateRow | undefined
  for (const r of rates) {
    if (r.piece_type_id !== pieceTypeId || r.effective_from > date) continue
    if (!best || r.effective_from > best.effective_from) best = r
  }
  return best
}
