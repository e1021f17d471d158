import { z } from "@medusajs/framework/zod"
import { calendarMonth } from "../../common-validators"

export const CoordinatorListStatements = z.object({ period: calendarMonth("period") }).strict()
export type CoordinatorListStatementsType = z.infer<typeof CoordinatorListStatements>
