import { z } from "@medusajs/framework/zod"
import { oneOrMany, pagination } from "../../common-validators"

export type CoordinatorGetPieceTypesParamsType = z.infer<typeof CoordinatorGetPieceTypesParams>
export const CoordinatorGetPieceTypesParams = z
  .object({
    ...pagination(200, 500),
    workshop_id: oneOrMany(z.string()).optional(),
  })
  .strict()
