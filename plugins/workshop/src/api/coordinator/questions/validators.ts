import { z } from "@medusajs/framework/zod"
import { MAX_ADJUSTMENT_YUAN, MAX_NOTE_LENGTH, QUESTION_RESOLUTIONS, QUESTION_STATUSES } from "../../../domain"
import { calendarMonth, id, oneOf, oneOrMany, pagination, positiveAmount, text } from "../../common-validators"

/**
 * Resolving her question (the desk and the admin send the same body): an answer with its note, or
 * a correction — the line reversed and/or an adjustment — whose note is the reason written on the
 * ledger entries it posts and the answer she reads.
 */
export const ResolveStatementQuestion = z
  .object({
    resolution: oneOf("resolution", QUESTION_RESOLUTIONS),
    note: text("note", MAX_NOTE_LENGTH),
    reverse_entry: z.boolean().optional(),
    adjustment: z
      .object({
        kind: oneOf("adjustment.kind", ["bonus", "deduction"] as const),
        amount: positiveAmount("adjustment.amount", MAX_ADJUSTMENT_YUAN),
      })
      .strict()
      .nullable()
      .optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    const corrects = !!body.reverse_entry || !!body.adjustment
    if (body.resolution === "answer" && corrects) {
      ctx.addIssue({ code: "custom", path: ["reverse_entry"], message: "reverse_entry: 回答不带更正 / an answer posts no correction (send resolution: correction)" })
    }
    if (body.resolution === "correction" && !corrects) {
      ctx.addIssue({
        code: "custom",
        path: ["adjustment"],
        message: "adjustment: 更正需要冲正这一行或一笔调整 / a correction reverses the line and/or posts an adjustment",
      })
    }
  })
export type ResolveStatementQuestionType = z.infer<typeof ResolveStatementQuestion>

export const questionStatus = () => oneOf("status", QUESTION_STATUSES)

/** GET /coordinator/questions */
export const CoordinatorListQuestions = z
  .object({
    status: questionStatus().optional(),
    period: calendarMonth("period").optional(),
    workshop_id: oneOrMany(id("workshop_id"), "workshop_id").optional(),
    ...pagination(50, 200),
  })
  .strict()
export type CoordinatorListQuestionsType = z.infer<typeof CoordinatorListQuestions>
