import { newestFirst, rateOn } from "../domain"
import { workshopToday } from "./clock"

export type RateView = {
  effective_from: string
  rate_a: unknown
  rate_b: unknown
  [key: string]: unknown
}

export type CurrentRate = { rate_a: unknown; rate_b: unknown; effective_from: string }

/**
 * A piece type as the admin and the coordinators see it: its rates newest first, and the rate in
 * force on `today` (a date in China, by the domain's rule), or null when none has taken effect yet.
 */
export function withCurrentRate<T extends { rates?: RateView[] | null }>(
  pieceType: T,
  today: string = workshopToday()
): T & { rates: RateView[]; current_rate: CurrentRate | null } {
  const rates = newestFirst(pieceType.rates ?? [])
  const current = rateOn(rates, today)
  return {
    ...pieceType,
    rates,
    current_rate: current
      ? { rate_a: current.rate_a, rate_b: current.rate_b, effective_from: current.effective_from }
      : null,
  }
}
