import { z } from "@medusajs/framework/zod"
import { id, oneOrMany, pagination, searchText } from "../../common-validators"

export type CoordinatorGetArtisansParamsType = z.infer<typeof CoordinatorGetArtisansParams>
/** Only filters and paging: a coordinator cannot widen the fields she sees. */
export const CoordinatorGetArtisansParams = z
  .object({
    ...pagination(100, 500),
    workshop_id: oneOrMany(id("workshop_id"), "workshop_id").optional(),
    status: oneOrMany(z.enum(["active", "paused", "left"]), "status").optional(),
    /** Searches display names. */
    q: searchText().optional(),
  })
  .strict()

export const CoordinatorGetArtisanParams = z.object({}).strict()
