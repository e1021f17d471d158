import { z } from "@medusajs/framework/zod"

export const AdminSetProductMakers = z
  .object({
    share_percent: z.number().min(0, "must be 0-100").max(100, "must be 0-100"),
    makers: z
      .array(z.object({ artisan_id: z.string().min(1), weight: z.number().int().min(1).max(100).default(1) }).strict())
      .max(20)
      .refine((m) => new Set(m.map((x) => x.artisan_id)).size === m.length, "each maker may appear once"),
  })
  .strict()
export type AdminSetProductMakersType = z.infer<typeof AdminSetProductMakers>
