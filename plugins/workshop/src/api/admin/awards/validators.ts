import { z } from "@medusajs/framework/zod"
import { AWARD_LEVELS, AWARD_SUBJECTS, MAX_ADMIN_LIST_LIMIT, MAX_AWARD_YEAR, MAX_CONTEST_NAME_LENGTH, MIN_AWARD_YEAR } from "../../../domain"
import { id, oneOf, pagination, text } from "../../common-validators"

const year = z.number().refine((n) => Number.isInteger(n) && n >= MIN_AWARD_YEAR && n <= MAX_AWARD_YEAR, {
  message: `year: 应为 ${MIN_AWARD_YEAR} 到 ${MAX_AWARD_YEAR} 之间的年份 / must be a year from ${MIN_AWARD_YEAR} to ${MAX_AWARD_YEAR}`,
})

const awardFields = {
  contest_zh: text("contest_zh", MAX_CONTEST_NAME_LENGTH),
  contest_en: text("contest_en", MAX_CONTEST_NAME_LENGTH),
  year,
  level: oneOf("level", AWARD_LEVELS),
  category_zh: text("category_zh", MAX_CONTEST_NAME_LENGTH).nullish(),
  category_en: text("category_en", MAX_CONTEST_NAME_LENGTH).nullish(),
  subject_type: oneOf("subject_type", AWARD_SUBJECTS),
  subject_id: id("subject_id"),
}

/** A contest award (contest, year, level, category) given to a product, a maker or a workshop. */
export const AdminCreateAward = z.object(awardFields).strict()
export type AdminCreateAwardType = z.infer<typeof AdminCreateAward>

export const AdminUpdateAward = z.object(awardFields).partial().strict()
export type AdminUpdateAwardType = z.infer<typeof AdminUpdateAward>

export const AdminListAwards = z
  .object({
    subject_type: oneOf("subject_type", AWARD_SUBJECTS).optional(),
    subject_id: id("subject_id").optional(),
    ...pagination(100, MAX_ADMIN_LIST_LIMIT),
  })
  .strict()
export type AdminListAwardsType = z.infer<typeof AdminListAwards>
