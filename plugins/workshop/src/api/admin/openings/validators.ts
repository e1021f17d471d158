import { z } from "@medusajs/framework/zod"
import {
  MAX_NAME_LENGTH,
  MAX_OPENING_DESCRIPTION_LENGTH,
  MAX_OPENING_PIECE_TYPES,
  MAX_OPENING_POSITIONS,
  MAX_OPENING_TITLE_LENGTH,
} from "../../../domain/limits"
import { OPENING_PLACES } from "../../../domain/programme"
import { boundedText, id, oneOf, oneOrMany, pagination, text } from "../../common-validators"

export const OPENING_STATUSES = ["open", "closed"] as const

/** GET /admin/openings */
export const AdminListOpenings = z
  .object({
    workshop_id: oneOrMany(id("workshop_id"), "workshop_id").optional(),
    status: oneOf("status", OPENING_STATUSES).optional(),
    ...pagination(100, 500),
  })
  .strict()
export type AdminListOpeningsType = z.infer<typeof AdminListOpenings>

const optionalText = (field: string, max: number) => z.union([z.null(), z.string().trim().pipe(boundedText(field, max))]).optional()

const openingFields = {
  title_zh: text("title_zh", MAX_OPENING_TITLE_LENGTH),
  title_en: text("title_en", MAX_OPENING_TITLE_LENGTH),
  description_zh: optionalText("description_zh", MAX_OPENING_DESCRIPTION_LENGTH),
  description_en: optionalText("description_en", MAX_OPENING_DESCRIPTION_LENGTH),
  piece_type_ids: z
    .array(id("piece_type_ids"))
    .max(MAX_OPENING_PIECE_TYPES, `piece_type_ids: 最多 ${MAX_OPENING_PIECE_TYPES} 项 / at most ${MAX_OPENING_PIECE_TYPES}`)
    .transform((list) => [...new Set(list)]),
  place: oneOf("place", OPENING_PLACES),
  district_zh: text("district_zh", MAX_NAME_LENGTH),
  district_en: text("district_en", MAX_NAME_LENGTH),
  town_zh: optionalText("town_zh", MAX_NAME_LENGTH),
  town_en: optionalText("town_en", MAX_NAME_LENGTH),
  hours_zh: text("hours_zh", MAX_OPENING_TITLE_LENGTH),
  hours_en: text("hours_en", MAX_OPENING_TITLE_LENGTH),
  positions: z.unknown().refine((n) => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= MAX_OPENING_POSITIONS, {
    message: `positions: 应为 1 到 ${MAX_OPENING_POSITIONS} 的整数 / must be a whole number from 1 to ${MAX_OPENING_POSITIONS}`,
  }).transform((n) => n as number),
  status: oneOf("status", OPENING_STATUSES).optional(),
}

/** POST /admin/openings */
export const AdminCreateOpening = z.object({ workshop_id: id("workshop_id"), ...openingFields }).strict()
export type AdminCreateOpeningType = z.infer<typeof AdminCreateOpening>

/** POST /admin/openings/:id (the workshop never changes) */
export const AdminUpdateOpening = z.object(openingFields).partial().strict()
export type AdminUpdateOpeningType = z.infer<typeof AdminUpdateOpening>
