/**
 * The rules for one line of recorded work that need no database: the desk checks them before a
 * line is queued and the backend checks them again, with the same `code`s, so a line gets the
 * same words beside it whichever side found the problem.
 */
import { typedNumber } from "./typed-numbers"
import { isCalendarDate } from "./calendar"
import { MAX_QUANTITY } from "./limits"
import { GRADES, type Grade } from "./rates"

/** Codes a line can be refused with (the desk has a sentence for each, in both languages). */
export type WorkLineErrorCode =
  | "required"
  | "invalid_invalid_type"
  | "invalid_too_small"
  | "invalid_too_big"
  | "invalid_invalid_value"
  | "invalid_date"
  | "artisan_not_found"
  | "piece_type_not_found"
  | "piece_type_retired"
  | "piece_type_other_workshop"
  | "work_date_in_future"
  | "work_date_before_joined"
  | "work_date_after_left"
  | "period_closed"
  | "no_rate"
  | "skill_required"

/** A problem with one line (index) or with the whole batch (index null). */
export type LineError = {
  index: number | null
  field: string
  code: WorkLineErrorCode | (string & {})
  message?: string
  params?: Record<string, string | number>
}

export type WorkLine = {
  artisan_id: string
  piece_type_id: string
  quantity: number
  grade: Grade
  work_date: string
  note?: string | null
  /** a supervised trial: credited though she hasn't the piece type's required skill yet (programme.skillCheck) */
  trial?: boolean
}

/** A quantity as typed ("12"): the whole number, or the code saying what is wrong. */
export function checkQuantity(value: unknown): { quantity: number } | { code: WorkLineErrorCode; params?: Record<string, number> } {
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? typedNumber(value) : ""
  if (!text) return { code: "required" }
  const quantity = Number(text)
  // a whole number below 1 (-3, 0) is too small, whatever its sign: "at least 1", not "whole"
  if (/^[+-]?\d+$/.test(text) && Number.isSafeInteger(quantity) && quantity < 1) return { code: "invalid_too_small", params: { minimum: 1 } }
  if (!/^\+?\d+$/.test(text) || !Number.isSafeInteger(quantity)) return { code: "invalid_invalid_type" }
  if (quantity > MAX_QUANTITY) return { code: "invalid_too_big", params: { maximum: MAX_QUANTITY } }
  return { quantity }
}

export function isGrade(value: unknown): value is Grade {
  return typeof value === "string" && (GRADES as readonly string[]).includes(value)
}

/** What the line's date rules need to know of the woman. */
export type ArtisanDates = { joined_on: string; status?: string | null; left_on?: string | null }

/**
 * The work date against today and the woman's time in the workshop: not in the future, not before
 * she joined, not after she left (a woman marked as left without a date can't be credited at all).
 */
export function checkWorkDate(
  workDate: string,
  today: string,
  artisan?: ArtisanDates | null
): { code: WorkLineErrorCode; params: Record<string, string> } | null {
  if (!isCalendarDate(workDate)) return { code: "invalid_date", params: { work_date: String(workDate) } }
  if (workDate > today) return { code: "work_date_in_future", params: { work_date: workDate } }
  if (!artisan) return null
  if (workDate < artisan.joined_on) {
    return { code: "work_date_before_joined", params: { work_date: workDate, joined_on: artisan.joined_on } }
  }
  if (artisan.left_on ? workDate > artisan.left_on : artisan.status === "left") {
    return { code: "work_date_after_left", params: { work_date: workDate, left_on: artisan.left_on ?? "" } }
  }
  return null
}
