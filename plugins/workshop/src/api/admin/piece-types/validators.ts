import { z } from "@medusajs/framework/zod"
import { MAX_CODE_LENGTH, MAX_PIECE_RATE_YUAN } from "../../../domain"
import { boundedYuan, calendarDate, findParams, id, oneOrMany, queryBoolean, selectParams, skillCode, text } from "../../common-validators"
import { adminPieceTypeFields } from "./query-config"

export type AdminGetPieceTypesParamsType = z.infer<typeof AdminGetPieceTypesParams>
export const AdminGetPieceTypesParams = findParams({ limit: 50, offset: 0 }, adminPieceTypeFields)
  .merge(
    z.object({
      id: oneOrMany(id("id"), "id").optional(),
      workshop_id: oneOrMany(id("workshop_id"), "workshop_id").optional(),
      kind: z.enum(["product_variant", "task"]).optional(),
      is_active: queryBoolean("is_active").optional(),
    })
  )
  .strict()

export const AdminGetPieceTypeParams = selectParams().strict()

export type AdminPieceRateType = z.infer<typeof AdminCreatePieceRate>
/**
 * A rate from a date on: CNY per accepted piece, grade A and grade B (rate_b <= rate_a). A grade A
 * rate of 0 is taken only with `confirm_zero: true`.
 */
export const AdminCreatePieceRate = z
  .object({
    effective_from: calendarDate("effective_from"),
    rate_a: boundedYuan("rate_a", MAX_PIECE_RATE_YUAN),
    rate_b: boundedYuan("rate_b", MAX_PIECE_RATE_YUAN),
    confirm_zero: z.boolean().optional(),
  })
  .strict()

export type AdminCreatePieceTypeType = z.infer<typeof AdminCreatePieceType>
/** A piece type of a workshop, optionally with its first rate. */
export const AdminCreatePieceType = z
  .object({
    workshop_id: id("workshop_id"),
    code: text("code", MAX_CODE_LENGTH),
    name_zh: text("name_zh"),
    name_en: text("name_en"),
    kind: z.enum(["product_variant", "task"]).optional(),
    product_variant_id: id("product_variant_id").nullish(),
    is_active: z.boolean().optional(),
    /** the skill (a skill's code) a woman needs for a line of it */
    required_skill: skillCode("required_skill").nullish(),
    rate: AdminCreatePieceRate.optional(),
  })
  .strict()

export type AdminUpdatePieceTypeType = z.infer<typeof AdminUpdatePieceType>
/** Names, code and whether it is in use; what it is (kind, variant) stays. */
export const AdminUpdatePieceType = z
  .object({
    code: text("code", MAX_CODE_LENGTH),
    name_zh: text("name_zh"),
    name_en: text("name_en"),
    is_active: z.boolean(),
    /** the skill (a skill's code) a woman needs for a line of it; null: none */
    required_skill: skillCode("required_skill").nullable(),
  })
  .partial()
  .strict()
