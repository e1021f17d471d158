import { z } from "@medusajs/framework/zod"
import { id, oneOrMany, pagination } from "../../common-validators"

export type CoordinatorGetPieceTypesParamsType = z.infer<typeof CoordinatorGetPieceTypesParams>
export const CoordinatorGetPieceTypesParams = z
  .object({
    ...pagination(200, 500),
    workshop_id: oneOrMany(id("workshop_id"), "workshop_id").optional(),
  })
  .strict()
