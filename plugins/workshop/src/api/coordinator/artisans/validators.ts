import { z } from "@medusajs/framework/zod"
import { oneOrMany, pagination } from "../../common-validators"

export type CoordinatorGetArtisansParamsType = z.infer<typeof CoordinatorGetArtisansParams>
/** Only filters and paging: a coordinator cannot widen the fields she sees. */
export const CoordinatorGetArtisansParams = z
  .object({
    ...pagination(100, 500),
    workshop_id: oneOrMany(z.string()).optional(),
    status: oneOrMany(z.enum(["active", "paused", "left"])).optional(),
    /** Searches display names. */
    q: z.string().optional(),
  })
  .strict()

export const CoordinatorGetArtisanParams = z.object({}).strict()
