import { z } from "@medusajs/framework/zod"
import { booleanString } from "@medusajs/medusa/api/utils/common-validators/index"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { calendarDate, oneOrMany, text, yuan } from "../../common-validators"

export type AdminGetPieceTypesParamsType = z.infer<typeof AdminGetPieceTypesParams>
export const AdminGetPieceTypesParams = createFindParams({ limit: 50, offset: 0 })
  .merge(
    z.object({
      id: oneOrMany(z.string()).optional(),
      workshop_id: oneOrMany(z.string()).optional(),
      kind: z.enum(["product_variant", "task"]).optional(),
      is_active: booleanString().optional(),
    })
  )
  .strict()

export const AdminGetPieceTypeParams = createSelectParams().strict()

export type AdminPieceRateType = z.infer<typeof AdminCreatePieceRate>
/** A rate from a date on: CNY per accepted piece, grade A and grade B (rate_b <= rate_a). */
export const AdminCreatePieceRate = z
  .object({
    effective_from: calendarDate("effective_from"),
    rate_a: yuan("rate_a"),
    rate_b: yuan("rate_b"),
  })
  .strict()

export type AdminCreatePieceTypeType = z.infer<typeof AdminCreatePieceType>
/** A piece type of a workshop, optionally with its first rate. */
export const AdminCreatePieceType = z
  .object({
    workshop_id: text(),
    code: text().max(64),
    name_zh: text(),
    name_en: text(),
    kind: z.enum(["product_variant", "task"]).optional(),
    product_variant_id: z.string().trim().min(1).nullish(),
    is_active: z.boolean().optional(),
    rate: AdminCreatePieceRate.optional(),
  })
  .strict()

export type AdminUpdatePieceTypeType = z.infer<typeof AdminUpdatePieceType>
/** Names, code and whether it is in use; what it is (kind, variant) stays. */
export const AdminUpdatePieceType = z
  .object({
    code: text().max(64),
    name_zh: text(),
    name_en: text(),
    is_active: z.boolean(),
  })
  .partial()
  .strict()
