import { z } from "@medusajs/framework/zod"
import { compareMoney, MAX_ADJUSTMENT_YUAN, MAX_REASON_LENGTH } from "../../../domain"
import { calendarMonth, id, text } from "../../common-validators"

export const AdminCreateAdjustment = z
  .object({
    artisan_id: id("artisan_id"),
    kind: z.enum(["bonus", "deduction"]),
    amount: z
      .union([
        z.number(),
        z.string().regex(/^\d{1,12}(\.\d{1,2})?$/, "amount: 金额格式应为 50 或 12.50 / must be an amount like 50 or 12.50"),
      ])
      .transform((v) => String(v))
      .refine((v) => /^\d+(\.\d{1,2})?$/.test(v), { message: "amount: 金额最多两位小数 / at most two decimals", abort: true })
      .refine(
        // at most 12 digits before the point before it is read as money (9007199254740991 threw: a 500)
        (v) => /^\d{1,12}(\.\d{1,2})?$/.test(v) && compareMoney(v, 0) > 0 && compareMoney(v, MAX_ADJUSTMENT_YUAN) <= 0,
        `amount: 应大于 0 且最多 ${MAX_ADJUSTMENT_YUAN.toLocaleString("en")} 元 / must be more than 0 and at most ${MAX_ADJUSTMENT_YUAN.toLocaleString("en")}`
      ),
    reason: text("reason", MAX_REASON_LENGTH),
    period: calendarMonth("period").optional(),
  })
  .strict()
export type AdminCreateAdjustmentType = z.infer<typeof AdminCreateAdjustment>
