/**
 * A woman's questions about her month: she questions one line of it (or says work is missing)
 * with a reason from a short list and an optional note; her coordinator or the programme staff
 * resolve it, either with a correction (a reversal of the line and/or an adjustment, posted by the
 * ledger's own rules) or with an answer. She may also confirm a month as right. Pure, like the rest
 * of the domain: the module stores, these rules decide.
 */
import { MAX_ADJUSTMENT_YUAN, MAX_NOTE_LENGTH } from "./limits"
import { compareMoney, isFenAmount, roundMoney, type AmountInput, type Money } from "./money"
import { typedNumber } from "./typed-numbers"

export const QUESTION_REASONS = ["quantity_wrong", "grade_wrong", "missing_work", "other"] as const
export type QuestionReason = (typeof QUESTION_REASONS)[number]

export const QUESTION_STATUSES = ["open", "resolved"] as const
export type QuestionStatus = (typeof QUESTION_STATUSES)[number]

export const QUESTION_RESOLUTIONS = ["correction", "answer"] as const
export type QuestionResolution = (typeof QUESTION_RESOLUTIONS)[number]

/** Missing work is about no line she has; every other reason is about one line of hers. */
export const reasonNeedsLine = (reason: QuestionReason): boolean => reason !== "missing_work"

/** One question as our routes answer it. */
export type StatementQuestion = {
  id: string
  artisan_id: string
  workshop_id: string
  /** YYYY-MM, the month she questioned */
  period: string
  /** the line she questioned; null for missing work */
  ledger_entry_id: string | null
  reason: QuestionReason
  note: string | null
  status: QuestionStatus
  resolution: QuestionResolution | null
  answer_note: string | null
  resolved_by: string | null
  resolved_at: string | null
  /** the ledger entries the correction posted (a reversal, an adjustment) */
  correction_entry_ids: string[]
  /** what the correction changed her earnings by (0.00 for an answer; null while open) */
  correction_amount: Money | null
  created_at: string
  /** for the desk and the admin: her name, the line's amount and what it was */
  artisan_name?: string
  /** the month the questioned money is in (the line's, else the question's) and its state: a correction of a closed one lands in the current month */
  money_period?: { month: string; status: "open" | "closed" | "paid" }
  line?: { kind: string; amount: Money; work_date: string | null; piece_type_zh: string | null; piece_type_en: string | null; quantity: number | null; grade: string | null } | null
}

/** Her confirmation that a month is right, with the net she saw when she confirmed. */
export type StatementConfirmation = { period: string; confirmed_at: string; net_total: Money }

/** Whether a confirmation still matches the month: the net she confirmed equals the net now. */
export const confirmationStillMatches = (confirmed: AmountInput, now: AmountInput): boolean => compareMoney(confirmed, now) === 0

export type AskForm = { reason: QuestionReason; note: string | null }

/** Her sheet: a reason from the list, a note of at most MAX_NOTE_LENGTH (empty is none). */
export function readAskForm(input: { reason: unknown; note: unknown }): { form: AskForm } | { error: "reason" | "note" } {
  const reason = typeof input.reason === "string" ? input.reason : ""
  if (!(QUESTION_REASONS as readonly string[]).includes(reason)) return { error: "reason" }
  const note = typeof input.note === "string" ? input.note.trim() : ""
  if (note.length > MAX_NOTE_LENGTH) return { error: "note" }
  return { form: { reason: reason as QuestionReason, note: note || null } }
}

export type ResolveBody =
  | { resolution: "answer"; note: string }
  | { resolution: "correction"; note: string; reverse_entry?: true; adjustment?: { kind: "bonus" | "deduction"; amount: string } }

/**
 * The resolve form (the desk's and the admin's): an answer needs a note; a correction needs a note and the line reversed
 * and/or an amount (more than 0, at most two decimals, at most MAX_ADJUSTMENT_YUAN).
 */
export function readResolveForm(input: {
  resolution: unknown
  note: unknown
  reverse: unknown
  adjustment_kind: unknown
  amount: unknown
}): { body: ResolveBody } | { error: "note" | "amount" | "nothing" } {
  const note = typeof input.note === "string" ? input.note.trim() : ""
  if (!note || note.length > MAX_NOTE_LENGTH) return { error: "note" }
  if (input.resolution !== "correction") return { body: { resolution: "answer", note } }
  const reverse = input.reverse === true || input.reverse === "on" || input.reverse === "true"
  const kind = input.adjustment_kind === "bonus" || input.adjustment_kind === "deduction" ? input.adjustment_kind : null
  let adjustment: { kind: "bonus" | "deduction"; amount: string } | undefined
  if (kind) {
    const amount = typeof input.amount === "string" ? typedNumber(input.amount) : ""
    if (!isFenAmount(amount) || compareMoney(amount, 0) <= 0 || compareMoney(amount, MAX_ADJUSTMENT_YUAN) > 0) return { error: "amount" }
    adjustment = { kind, amount: roundMoney(amount) }
  }
  if (!reverse && !adjustment) return { error: "nothing" }
  return { body: { resolution: "correction", note, ...(reverse ? { reverse_entry: true as const } : {}), ...(adjustment ? { adjustment } : {}) } }
}
