import { z } from "@medusajs/framework/zod"
import { findParams } from "../../common-validators"
import { storeWorkshopFields } from "./query-config"

export type StoreGetWorkshopsParamsType = z.infer<typeof StoreGetWorkshopsParams>
export const StoreGetWorkshopsParams = findParams({ limit: 50, offset: 0 }, storeWorkshopFields).strict()
