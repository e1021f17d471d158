import { z } from "@medusajs/framework/zod"
import { MAX_FILTER_VALUES } from "../domain"
import { id, pagination } from "./common-validators"

/**
 * The notices routes of the artisan and coordinator trees (each reads only the caller's own
 * notices: the reader is `auth_context.actor_id`, never the request).
 */

/** GET …/notices?limit=&offset= */
export const ListNotices = z.object(pagination(20, 100)).strict()
export type ListNoticesType = z.infer<typeof ListNotices>

/** POST …/notices/read: `{}` marks all of hers read, `{ ids: [...] }` those of them. */
export const MarkNoticesRead = z
  .object({
    ids: z
      .array(id("ids"))
      .max(MAX_FILTER_VALUES, `ids: 最多 ${MAX_FILTER_VALUES} 个 / at most ${MAX_FILTER_VALUES}`)
      .optional(),
  })
  .strict()
export type MarkNoticesReadType = z.infer<typeof MarkNoticesRead>
