import { z } from "@medusajs/framework/zod"
import { MAX_LINES, MAX_LIST_LIMIT, MAX_NOTE_LENGTH, MAX_QUANTITY, MAX_REASON_LENGTH } from "../../../domain"
import { calendarDate, calendarMonth, id, pagination, text } from "../../common-validators"

/** A line's date: its shape here; whether it is a real day (2026-02-30 is not) is the domain's `invalid_date`. */
const lineDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")

export const CoordinatorWorkLine = z
  .object({
    artisan_id: id("artisan_id"),
    piece_type_id: id("piece_type_id"),
    quantity: z
      .number()
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .max(MAX_QUANTITY, `must be at most ${MAX_QUANTITY.toLocaleString("en")}`),
    grade: z.enum(["A", "B", "R"]),
    work_date: lineDate,
    note: z.string().max(MAX_NOTE_LENGTH, `最多 ${MAX_NOTE_LENGTH} 个字 / at most ${MAX_NOTE_LENGTH} characters`).nullish(),
    /** a supervised trial of a piece type whose skill she hasn't yet (kept on the entry) */
    trial: z.boolean().optional(),
  })
  .strict()

export const CoordinatorCreateWorkEntries = z
  .object({
    lines: z.array(CoordinatorWorkLine).min(1, "a batch needs at least one line").max(MAX_LINES, `a batch has at most ${MAX_LINES} lines`),
  })
  .strict()
export type CoordinatorCreateWorkEntriesType = z.infer<typeof CoordinatorCreateWorkEntries>

export const CoordinatorReverseWorkEntry = z
  .object({ reason: text("reason", MAX_REASON_LENGTH), confirm_period: calendarMonth("confirm_period").optional() })
  .strict()
export type CoordinatorReverseWorkEntryType = z.infer<typeof CoordinatorReverseWorkEntry>

export const CoordinatorListWorkEntries = z
  .object({
    date: calendarDate("date").optional(),
    from: calendarDate("from").optional(),
    to: calendarDate("to").optional(),
    artisan_id: id("artisan_id").optional(),
    ...pagination(100, MAX_LIST_LIMIT),
  })
  .strict()
export type CoordinatorListWorkEntriesType = z.infer<typeof CoordinatorListWorkEntries>

export const CoordinatorMonthSummary = z.object({ month: calendarMonth("month").optional() }).strict()

export const CoordinatorDaySummary = z.object({ date: calendarDate("date").optional() }).strict()
export type CoordinatorDaySummaryType = z.infer<typeof CoordinatorDaySummary>

