import { z } from "@medusajs/framework/zod"
import { MAX_LINES, MAX_LIST_LIMIT, MAX_NOTE_LENGTH, MAX_QUANTITY, MAX_REASON_LENGTH } from "../../../domain"
import { calendarDate } from "../../common-validators"

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")

export const CoordinatorWorkLine = z
  .object({
    artisan_id: z.string().min(1),
    piece_type_id: z.string().min(1),
    quantity: z
      .number()
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .max(MAX_QUANTITY, `must be at most ${MAX_QUANTITY.toLocaleString("en")}`),
    grade: z.enum(["A", "B", "R"]),
    work_date: date,
    note: z.string().max(MAX_NOTE_LENGTH).nullish(),
  })
  .strict()

export const CoordinatorCreateWorkEntries = z
  .object({
    lines: z.array(CoordinatorWorkLine).min(1, "a batch needs at least one line").max(MAX_LINES, `a batch has at most ${MAX_LINES} lines`),
  })
  .strict()
export type CoordinatorCreateWorkEntriesType = z.infer<typeof CoordinatorCreateWorkEntries>

export const CoordinatorReverseWorkEntry = z.object({ reason: z.string().trim().min(1, "a reason is required").max(MAX_REASON_LENGTH) }).strict()
export type CoordinatorReverseWorkEntryType = z.infer<typeof CoordinatorReverseWorkEntry>

export const CoordinatorListWorkEntries = z
  .object({
    date: date.optional(),
    from: date.optional(),
    to: date.optional(),
    artisan_id: z.string().optional(),
    limit: z.coerce.number().int().min(1).max(MAX_LIST_LIMIT).default(100),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type CoordinatorListWorkEntriesType = z.infer<typeof CoordinatorListWorkEntries>

export const CoordinatorMonthSummary = z
  .object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be a month written YYYY-MM").optional() })
  .strict()

export const CoordinatorDaySummary = z.object({ date: calendarDate("date").optional() }).strict()
export type CoordinatorDaySummaryType = z.infer<typeof CoordinatorDaySummary>
