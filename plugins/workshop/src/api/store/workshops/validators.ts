import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"

export type StoreGetWorkshopsParamsType = z.infer<typeof StoreGetWorkshopsParams>
export const StoreGetWorkshopsParams = createFindParams({ limit: 50, offset: 0 }).strict()
