import { z } from "@medusajs/framework/zod"
import { hasSearchJunk, MAX_SEARCH_LENGTH, searchTerms } from "../../../domain"
import { pagination, tooLongMessage } from "../../common-validators"

/** Results one page asks for at most (the shop's pages show 12). */
export const MAX_SEARCH_PAGE = 100

/**
 * `q`: what a visitor typed, at most MAX_SEARCH_LENGTH characters, with something to search in it
 * and no control characters (the backend refuses NUL and broken Unicode before any route);
 * `limit` and `offset` page through the ranked results.
 */
export const StoreProductSearchParams = z
  .object({
    q: z
      .string()
      .refine((value) => value.length <= MAX_SEARCH_LENGTH, { message: tooLongMessage("q", MAX_SEARCH_LENGTH), abort: true })
      .refine((value) => !hasSearchJunk(value), { message: "q: 含有控制字符 / contains control characters", abort: true })
      .refine((value) => searchTerms(value).length > 0, { message: "q: 不能为空 / must not be empty", abort: true }),
    ...pagination(12, MAX_SEARCH_PAGE),
  })
  .strict()

export type StoreProductSearchParamsType = z.infer<typeof StoreProductSearchParams>
