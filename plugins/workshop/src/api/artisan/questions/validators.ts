import { z } from "@medusajs/framework/zod"
import { MAX_NOTE_LENGTH, QUESTION_REASONS } from "../../../domain"
import { boundedText, calendarMonth, id, oneOf } from "../../common-validators"

/** GET /artisan/questions?period= */
export const ArtisanListQuestions = z.object({ period: calendarMonth("period").optional() }).strict()
export type ArtisanListQuestionsType = z.infer<typeof ArtisanListQuestions>

/** POST /artisan/questions: one line of her month (none for missing work), a reason, a note. */
export const ArtisanAskQuestion = z
  .object({
    period: calendarMonth("period"),
    ledger_entry_id: id("ledger_entry_id").nullable().optional(),
    reason: oneOf("reason", QUESTION_REASONS),
    note: boundedText("note", MAX_NOTE_LENGTH)
      .transform((value) => value.trim() || null)
      .nullable()
      .optional(),
  })
  .strict()
export type ArtisanAskQuestionType = z.infer<typeof ArtisanAskQuestion>
