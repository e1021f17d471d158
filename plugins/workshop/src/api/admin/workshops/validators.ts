import { z } from "@medusajs/framework/zod"
import { booleanString } from "@medusajs/medusa/api/utils/common-validators/index"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { oneOrMany, text } from "../../common-validators"

export type AdminGetWorkshopsParamsType = z.infer<typeof AdminGetWorkshopsParams>
export const AdminGetWorkshopsParams = createFindParams({ limit: 50, offset: 0 })
  .merge(
    z.object({
      id: oneOrMany(z.string()).optional(),
      handle: oneOrMany(z.string()).optional(),
      is_active: booleanString().optional(),
    })
  )
  .strict()

export const AdminGetWorkshopParams = createSelectParams().strict()

const workshopFields = {
  handle: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "handle: 只能用小写字母、数字和连字符 / lowercase letters, digits and dashes" }),
  name_zh: text(),
  name_en: text(),
  city_zh: text(),
  city_en: text(),
  district_zh: z.string().trim().nullish(),
  district_en: z.string().trim().nullish(),
  story_zh: z.string().nullish(),
  story_en: z.string().nullish(),
  founded_year: z.number().int().min(1900).max(2100).nullish(),
  is_active: z.boolean().optional(),
}

export type AdminCreateWorkshopType = z.infer<typeof AdminCreateWorkshop>
export const AdminCreateWorkshop = z.object(workshopFields).strict()

export type AdminUpdateWorkshopType = z.infer<typeof AdminUpdateWorkshop>
export const AdminUpdateWorkshop = z.object(workshopFields).partial().strict()
