import { z } from "@medusajs/framework/zod"
import { AWARD_SUBJECTS } from "../../../domain"
import { id, oneOf } from "../../common-validators"

/** The awards of one product, maker or workshop. */
export const StoreListAwards = z.object({ subject_type: oneOf("subject_type", AWARD_SUBJECTS), subject_id: id("subject_id") }).strict()
export type StoreListAwardsType = z.infer<typeof StoreListAwards>
