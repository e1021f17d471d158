import { z } from "@medusajs/framework/zod"
import { calendarMonth, id, oneOrMany, pagination } from "../../common-validators"
import { questionStatus } from "../../coordinator/questions/validators"

export { ResolveStatementQuestion as AdminResolveStatementQuestion } from "../../coordinator/questions/validators"

/** GET /admin/questions */
export const AdminListQuestions = z
  .object({
    workshop_id: oneOrMany(id("workshop_id"), "workshop_id").optional(),
    period: calendarMonth("period").optional(),
    status: questionStatus().optional(),
    ...pagination(100, 500),
  })
  .strict()
export type AdminListQuestionsType = z.infer<typeof AdminListQuestions>
