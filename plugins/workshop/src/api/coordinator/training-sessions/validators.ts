import { z } from "@medusajs/framework/zod"
import { MAX_LIST_LIMIT, MAX_TRAINING_CAPACITY } from "../../../domain"
import { calendarDate, id, pagination } from "../../common-validators"

/** The women who attended, by id (her workshops' women only): at most a full session. */
export const CoordinatorRecordAttendance = z
  .object({
    artisan_ids: z
      .array(id("artisan_ids"))
      .refine((ids) => ids.length >= 1, { message: "artisan_ids: 至少一位 / needs at least one artisan" })
      .refine((ids) => ids.length <= MAX_TRAINING_CAPACITY, {
        message: `artisan_ids: 最多 ${MAX_TRAINING_CAPACITY} 位 / at most ${MAX_TRAINING_CAPACITY} artisans`,
      }),
  })
  .strict()
export type CoordinatorRecordAttendanceType = z.infer<typeof CoordinatorRecordAttendance>

export const CoordinatorListTrainingSessions = z
  .object({
    from: calendarDate("from").optional(),
    to: calendarDate("to").optional(),
    ...pagination(50, MAX_LIST_LIMIT),
  })
  .strict()
export type CoordinatorListTrainingSessionsType = z.infer<typeof CoordinatorListTrainingSessions>
