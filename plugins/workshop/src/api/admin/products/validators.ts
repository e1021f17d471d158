import { z } from "@medusajs/framework/zod"
import { MAX_MAKER_WEIGHT, MAX_MAKERS_PER_PRODUCT, MAX_SHARE_PERCENT } from "../../../domain"

export const AdminSetProductMakers = z
  .object({
    share_percent: z.number().min(0, `must be 0-${MAX_SHARE_PERCENT}`).max(MAX_SHARE_PERCENT, `must be 0-${MAX_SHARE_PERCENT}`),
    makers: z
      .array(z.object({ artisan_id: z.string().min(1), weight: z.number().int().min(1).max(MAX_MAKER_WEIGHT).default(1) }).strict())
      .max(MAX_MAKERS_PER_PRODUCT)
      .refine((m) => new Set(m.map((x) => x.artisan_id)).size === m.length, "each maker may appear once"),
  })
  .strict()
export type AdminSetProductMakersType = z.infer<typeof AdminSetProductMakers>
