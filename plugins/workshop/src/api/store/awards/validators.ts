import { z } from "@medusajs/framework/zod"
import { AWARD_SUBJECTS } from "../../../domain"
import { id, oneOf } from "../../common-validators"

/**
 * The awards of one product, maker or workshop; or, without `subject_id`, every product's or
 * workshop's (the catalog's "award-winning" filter). A maker's awards are asked one maker at a
 * time, so her consent is checked for each.
 */
export const StoreListAwards = z
  .object({ subject_type: oneOf("subject_type", AWARD_SUBJECTS), subject_id: id("subject_id").optional() })
  .strict()
  .superRefine((q, ctx) => {
    if (q.subject_type === "artisan" && !q.subject_id) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["subject_id"], message: "subject_id: 请指明哪位绣娘 / name the maker" })
    }
  })
export type StoreListAwardsType = z.infer<typeof StoreListAwards>
