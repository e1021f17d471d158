import { z } from "@medusajs/framework/zod"
import { MAX_ADMIN_LIST_LIMIT, MAX_TRAINING_CAPACITY } from "../../../domain"
import { calendarDate, id, pagination, skillCode, text } from "../../common-validators"

const capacity = z
  .number()
  .refine((n) => Number.isInteger(n) && n >= 1 && n <= MAX_TRAINING_CAPACITY, {
    message: `capacity: 应为 1 到 ${MAX_TRAINING_CAPACITY} 之间的整数 / must be a whole number from 1 to ${MAX_TRAINING_CAPACITY}`,
  })

const sessionFields = {
  topic_zh: text("topic_zh"),
  topic_en: text("topic_en"),
  skill_code: skillCode("skill_code"),
  date: calendarDate("date"),
  place_zh: text("place_zh"),
  place_en: text("place_en"),
  trainer: text("trainer"),
  /** the workshop it is held for; none: open to every workshop's women */
  workshop_id: id("workshop_id").nullish(),
  village_zh: text("village_zh").nullish(),
  village_en: text("village_en").nullish(),
  capacity,
}

/** A training session: topic, the skill it grants, date, place, trainer, workshop or village, capacity. */
export const AdminCreateTrainingSession = z.object(sessionFields).strict()
export type AdminCreateTrainingSessionType = z.infer<typeof AdminCreateTrainingSession>

/** Any of a session's details. */
export const AdminUpdateTrainingSession = z.object(sessionFields).partial().strict()
export type AdminUpdateTrainingSessionType = z.infer<typeof AdminUpdateTrainingSession>

export const AdminListTrainingSessions = z
  .object({
    workshop_id: id("workshop_id").optional(),
    from: calendarDate("from").optional(),
    to: calendarDate("to").optional(),
    ...pagination(50, MAX_ADMIN_LIST_LIMIT),
  })
  .strict()
export type AdminListTrainingSessionsType = z.infer<typeof AdminListTrainingSessions>

const someIds = (field: string) =>
  z
    .array(id(field))
    .refine((ids) => ids.length <= MAX_TRAINING_CAPACITY, { message: `${field}: 最多 ${MAX_TRAINING_CAPACITY} 位 / at most ${MAX_TRAINING_CAPACITY}` })
    .optional()

/** Places booked at a session to come: women by artisan id, applicants by application id; at least one. */
export const TrainingRegistration = z
  .object({ artisan_ids: someIds("artisan_ids"), application_ids: someIds("application_ids") })
  .strict()
  .superRefine((body, ctx) => {
    if (!(body.artisan_ids?.length || body.application_ids?.length)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["artisan_ids"], message: "artisan_ids: 至少一位 / name at least one woman or applicant" })
    }
  })
export type TrainingRegistrationType = z.infer<typeof TrainingRegistration>
