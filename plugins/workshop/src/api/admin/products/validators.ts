import { z } from "@medusajs/framework/zod"
import { MAX_MAKER_WEIGHT, MAX_MAKERS_PER_PRODUCT, MAX_SHARE_PERCENT } from "../../../domain"
import { id } from "../../common-validators"

export const AdminSetProductMakers = z
  .object({
    share_percent: z
      .number()
      .refine((n) => n >= 0 && n <= MAX_SHARE_PERCENT, `share_percent: 应为 0-${MAX_SHARE_PERCENT} / must be 0-${MAX_SHARE_PERCENT}`),
    makers: z
      .array(
        z
          .object({
            artisan_id: id("artisan_id"),
            weight: z
              .number()
              .refine((n) => Number.isInteger(n) && n >= 1 && n <= MAX_MAKER_WEIGHT, `weight: 应为 1-${MAX_MAKER_WEIGHT} 的整数 / must be a whole number 1-${MAX_MAKER_WEIGHT}`)
              .default(1),
          })
          .strict()
      )
      .refine((m) => m.length <= MAX_MAKERS_PER_PRODUCT, `makers: 最多 ${MAX_MAKERS_PER_PRODUCT} 位 / at most ${MAX_MAKERS_PER_PRODUCT} makers`)
      .refine((m) => new Set(m.map((x) => x.artisan_id)).size === m.length, "makers: 每位只能出现一次 / each maker may appear once"),
  })
  .strict()
export type AdminSetProductMakersType = z.infer<typeof AdminSetProductMakers>
