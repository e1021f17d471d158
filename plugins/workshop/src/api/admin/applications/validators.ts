import { z } from "@medusajs/framework/zod"
import { MAX_NOTE_LENGTH } from "../../../domain/limits"
import { APPLICATION_STATES } from "../../../domain/programme"
import { boundedText, id, oneOf, oneOrMany, pagination } from "../../common-validators"

/** GET /admin/applications and /coordinator/applications */
export const ListApplications = z
  .object({
    workshop_id: oneOrMany(id("workshop_id"), "workshop_id").optional(),
    opening_id: oneOrMany(id("opening_id"), "opening_id").optional(),
    status: oneOrMany(oneOf("status", APPLICATION_STATES), "status").optional(),
    ...pagination(100, 500),
  })
  .strict()
export type ListApplicationsType = z.infer<typeof ListApplications>

const note = z.union([z.null(), z.string().trim().pipe(boundedText("note", MAX_NOTE_LENGTH))]).optional()

/** POST …/applications/:id/move: a move by hand (`hired` only through the hire). */
export const MoveApplication = z.object({ status: oneOf("status", APPLICATION_STATES), note }).strict()
export type MoveApplicationType = z.infer<typeof MoveApplication>

/** POST …/applications/:id/hire */
export const HireApplication = z.object({ note }).strict()
export type HireApplicationType = z.infer<typeof HireApplication>
