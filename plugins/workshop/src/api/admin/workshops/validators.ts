import { z } from "@medusajs/framework/zod"
import { MAMA_POST_FEATURES, MAX_HANDLE_LENGTH, MAX_NAME_LENGTH, MAX_STORY_LENGTH } from "../../../domain"
import { boundedText, findParams, id, oneOf, oneOrMany, queryBoolean, selectParams, text, tooLongMessage } from "../../common-validators"
import { adminWorkshopFields } from "./query-config"

export type AdminGetWorkshopsParamsType = z.infer<typeof AdminGetWorkshopsParams>
export const AdminGetWorkshopsParams = findParams({ limit: 50, offset: 0 }, adminWorkshopFields)
  .merge(
    z.object({
      id: oneOrMany(id("id"), "id").optional(),
      handle: oneOrMany(boundedText("handle", MAX_HANDLE_LENGTH), "handle").optional(),
      is_active: queryBoolean("is_active").optional(),
    })
  )
  .strict()

export const AdminGetWorkshopParams = selectParams().strict()

const workshopFields = {
  handle: z
    .string()
    .refine((value) => value.length <= MAX_HANDLE_LENGTH, { message: tooLongMessage("handle", MAX_HANDLE_LENGTH), abort: true })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "handle: 只能用小写字母、数字和连字符 / lowercase letters, digits and dashes" }),
  name_zh: text("name_zh"),
  name_en: text("name_en"),
  city_zh: text("city_zh"),
  city_en: text("city_en"),
  district_zh: z.string().trim().pipe(boundedText("district_zh", MAX_NAME_LENGTH)).nullish(),
  district_en: z.string().trim().pipe(boundedText("district_en", MAX_NAME_LENGTH)).nullish(),
  story_zh: boundedText("story_zh", MAX_STORY_LENGTH).nullish(),
  story_en: boundedText("story_en", MAX_STORY_LENGTH).nullish(),
  founded_year: z
    .number()
    .refine((n) => Number.isInteger(n) && n >= 1900 && n <= 2100, "founded_year: 应为 1900-2100 的年份 / must be a year 1900-2100")
    .nullish(),
  is_active: z.boolean().optional(),
  /** its mama-post features (issue 12), each at most once */
  mama_post_features: z
    .array(oneOf("mama_post_features", MAMA_POST_FEATURES))
    .max(MAMA_POST_FEATURES.length, "mama_post_features: 项目过多 / too many values")
    .transform((list) => [...new Set(list)])
    .nullish(),
}

export type AdminCreateWorkshopType = z.infer<typeof AdminCreateWorkshop>
export const AdminCreateWorkshop = z.object(workshopFields).strict()

export type AdminUpdateWorkshopType = z.infer<typeof AdminUpdateWorkshop>
export const AdminUpdateWorkshop = z.object(workshopFields).partial().strict()
