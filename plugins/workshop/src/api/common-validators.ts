import { z } from "@medusajs/framework/zod"
import { isCalendarDate } from "../domain"
import { INVALID_MOBILE_NUMBER, normalizeMainlandMobile } from "../providers/phone-auth/mainland-mobile"
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "../domain"

/**
 * Request fields shared by the admin, coordinator and artisan route trees. Each error message
 * starts with the field's name, so a 400 says which field was wrong.
 */

/** A mainland mobile number in any usual form, turned into E.164 (+86…). */
export const mobileNumber = (field: string) =>
  z.string().transform((value, ctx) => {
    const e164 = normalizeMainlandMobile(value)
    if (!e164) {
      ctx.addIssue({ code: "custom", message: `${field}: ${INVALID_MOBILE_NUMBER}` })
      return z.NEVER
    }
    return e164
  })

/** A calendar date written YYYY-MM-DD. */
export const calendarDate = (field: string) =>
  z.string().refine(isCalendarDate, { message: `${field}: 日期格式应为 YYYY-MM-DD / must be a date as YYYY-MM-DD` })

/** An amount of CNY in major units: 0 or more, at most 2 decimals. */
export const yuan = (field: string) =>
  z
    .number()
    .min(0)
    .refine((value) => Number.isFinite(value) && /^\d+(\.\d{1,2})?$/.test(String(value)), {
      message: `${field}: 金额最多两位小数 / at most 2 decimals`,
    })

export const password = () => z.string().min(MIN_PASSWORD_LENGTH).max(MAX_PASSWORD_LENGTH)

/** Non-empty text, trimmed. */
export const text = () => z.string().trim().min(1)

/** One id or several (?workshop_id=a&workshop_id=b or ?workshop_id=a,b). */
export const oneOrMany = <T extends z.ZodTypeAny>(schema: T) => z.union([schema, z.array(schema)])

/** limit/offset for routes that don't expose Medusa's `fields`/`order` (coordinator, artisan). */
export const pagination = (defaultLimit = 50, maxLimit = 200) => ({
  limit: z.coerce.number().int().min(1).max(maxLimit).default(defaultLimit),
  offset: z.coerce.number().int().min(0).default(0),
})
