import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import {
  compareMoney,
  IDEMPOTENCY_KEY_SHAPE,
  isCalendarDate,
  MAX_ADMIN_LIST_LIMIT,
  MAX_FIELDS_LENGTH,
  MAX_FILTER_VALUES,
  MAX_ID_LENGTH,
  MAX_LIST_OFFSET,
  MAX_CODE_LENGTH,
  MAX_NAME_LENGTH,
  MAX_PASSWORD_LENGTH,
  MAX_PHONE_LENGTH,
  MAX_SEARCH_LENGTH,
  newPasswordProblem,
  PASSWORD_PROBLEM_TEXT,
} from "../domain"
import { INVALID_MOBILE_NUMBER, normalizeMainlandMobile } from "../providers/phone-auth/mainland-mobile"

/**
 * Request fields shared by the admin, coordinator and artisan route trees. Each error message
 * starts with the field's name, so a 400 says which field was wrong, in Chinese and English.
 *
 * Limits are checked with `refine` (a "custom" issue) rather than zod's `.max()`: Medusa's error
 * formatter replaces the message of a too_big/too_small issue with its own English sentence, and
 * keeps a custom issue's message as written.
 */

/** "story_zh: 最多 4000 个字 / at most 4000 characters" */
export const tooLongMessage = (field: string, max: number) => `${field}: 最多 ${max} 个字 / at most ${max} characters`
const requiredMessage = (field: string) => `${field}: 不能为空 / must not be empty`

/** Text of at most `max` characters (as JavaScript counts them), kept as sent; may be empty. */
export const boundedText = (field: string, max: number) =>
  z.string().refine((value) => value.length <= max, { message: tooLongMessage(field, max), abort: true })

/** Non-empty text, trimmed, of at most `max` characters (a name unless told otherwise). */
export const text = (field: string, max: number = MAX_NAME_LENGTH) =>
  z
    .string()
    .trim()
    .refine((value) => value.length > 0, { message: requiredMessage(field), abort: true })
    .refine((value) => value.length <= max, { message: tooLongMessage(field, max), abort: true })

/** What an id looks like: Medusa's are a prefix and a ULID (`artisan_01J…`). */
export const ID_SHAPE = /^[A-Za-z0-9_-]+$/

/** An id by its shape: trimmed, letters, digits, `_` and `-`, at most MAX_ID_LENGTH. */
export const id = (field: string) =>
  z
    .string()
    .trim()
    .refine((value) => value.length <= MAX_ID_LENGTH, {
      message: `${field}: 最多 ${MAX_ID_LENGTH} 个字符 / at most ${MAX_ID_LENGTH} characters`,
      abort: true,
    })
    .refine((value) => ID_SHAPE.test(value), {
      message: `${field}: 编号格式不正确 / is not an id (letters, digits, _ and - only)`,
      abort: true,
    })

/** Search text (`q`): at most MAX_SEARCH_LENGTH characters. */
export const searchText = (field = "q") => boundedText(field, MAX_SEARCH_LENGTH)

/** A mainland mobile number in any usual form, turned into E.164 (+86…). */
export const mobileNumber = (field: string) =>
  z
    .string()
    .refine((value) => value.length <= MAX_PHONE_LENGTH, { message: tooLongMessage(field, MAX_PHONE_LENGTH), abort: true })
    .transform((value, ctx) => {
      const e164 = normalizeMainlandMobile(value)
      if (!e164) {
        ctx.addIssue({ code: "custom", message: `${field}: ${INVALID_MOBILE_NUMBER}` })
        return z.NEVER
      }
      return e164
    })

/** A calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export const calendarDate = (field: string) =>
  z.string().refine(isCalendarDate, { message: `${field}: 日期格式应为 YYYY-MM-DD / must be a date as YYYY-MM-DD` })

/** A month written YYYY-MM. */
export const MONTH_SHAPE = /^\d{4}-(0[1-9]|1[0-2])$/
export const calendarMonth = (field: string) =>
  z.string().regex(MONTH_SHAPE, { message: `${field}: 月份格式应为 YYYY-MM / must be a month written YYYY-MM` })

/** An amount of CNY in major units: 0 or more, at most 2 decimals. */
export const yuan = (field: string) =>
  z
    .number()
    .min(0)
    .refine((value) => Number.isFinite(value) && /^\d+(\.\d{1,2})?$/.test(String(value)), {
      message: `${field}: 金额最多两位小数 / at most 2 decimals`,
    })

/** `yuan` of at most `max`. */
export const boundedYuan = (field: string, max: number) =>
  yuan(field).refine((value) => value <= max, {
    message: `${field}: 最多 ${max.toLocaleString("en")} 元 / at most ${max.toLocaleString("en")} yuan`,
  })

/**
 * An amount of money more than 0 and at most `max` yuan, at most two decimals, as a number or a
 * string ("12.50"); kept as a string so it is read as money exactly.
 */
export const positiveAmount = (field: string, max: number) =>
  z
    .union([
      z.number(),
      z.string().regex(/^\d{1,12}(\.\d{1,2})?$/, `${field}: 金额格式应为 50 或 12.50 / must be an amount like 50 or 12.50`),
    ])
    .transform((v) => String(v))
    .refine((v) => /^\d+(\.\d{1,2})?$/.test(v), { message: `${field}: 金额最多两位小数 / at most two decimals`, abort: true })
    .refine(
      // at most 12 digits before the point before it is read as money (9007199254740991 threw: a 500)
      (v) => /^\d{1,12}(\.\d{1,2})?$/.test(v) && compareMoney(v, 0) > 0 && compareMoney(v, max) <= 0,
      `${field}: 应大于 0 且最多 ${max.toLocaleString("en")} 元 / must be more than 0 and at most ${max.toLocaleString("en")}`
    )

/** One of `values`, naming the field and the values it takes when it is anything else. */
export const oneOf = <T extends string>(field: string, values: readonly T[]) =>
  z.string().refine((value): value is T => (values as readonly string[]).includes(value), {
    message: `${field}: 应为 ${values.join("、")} 之一 / must be one of ${values.join(", ")}`,
  }).transform((value) => value as T)

/** The Idempotency-Key header of a write that must count once; null when it is missing or malformed. */
export const idempotencyKeyOf = (header: string | undefined): string | null =>
  header && IDEMPOTENCY_KEY_SHAPE.test(header) ? header : null

/** The 400 answer to a write whose Idempotency-Key is missing or malformed; `what` is what each key stands for (a payout, …). */
export const missingIdempotencyKey = (what: string) => ({
  type: "invalid_data",
  field: "Idempotency-Key",
  message: `Idempotency-Key: 必须提供 8-128 个字母、数字或 . _ : - / is required: 8-128 letters, digits, '.', '_', ':' or '-', new for each ${what}`,
})

/** A new password, by the domain's rules (passwords.ts): length, and no space at its start or end. */
export const password = (field = "password") =>
  z.string().superRefine((value, ctx) => {
    const problem = newPasswordProblem(value)
    if (!problem) return
    ctx.addIssue({
      code: "custom",
      message: problem === "too_long" ? tooLongMessage(field, MAX_PASSWORD_LENGTH) : `${field}: ${PASSWORD_PROBLEM_TEXT[problem]}`,
      abort: true,
    })
  })

/**
 * One value or several (?workshop_id=a&workshop_id=b), always read as a list of at most
 * MAX_FILTER_VALUES, so a bad value's error names the field rather than "expected an array".
 */
export const oneOrMany = <T extends z.ZodTypeAny>(schema: T, field: string) =>
  z.preprocess(
    (value) => (value === undefined || Array.isArray(value) ? value : [value]),
    z.array(schema).refine((values) => values.length <= MAX_FILTER_VALUES, {
      message: `${field}: 最多 ${MAX_FILTER_VALUES} 个值 / at most ${MAX_FILTER_VALUES} values`,
    })
  )

/** A whole number from a query string (or a number), from `min` to `max`; anything else names the field. */
const queryInteger = (field: string, min: number, max: number) =>
  z.unknown().transform((value, ctx) => {
    const n = typeof value === "number" ? value : typeof value === "string" && /^-?\d{1,16}$/.test(value) ? Number(value) : NaN
    if (!Number.isSafeInteger(n) || n < min || n > max) {
      ctx.addIssue({
        code: "custom",
        message: `${field}: 应为 ${min} 到 ${max} 之间的整数 / must be a whole number from ${min} to ${max}`,
      })
      return z.NEVER
    }
    return n === 0 ? 0 : n // -0 is 0
  })

/** true/false in a query string (`?is_active=true`), naming the field when it is anything else. */
export const queryBoolean = (field: string) =>
  z.union([z.boolean(), z.string()]).transform((value, ctx) => {
    if (typeof value === "boolean") return value
    const lower = value.toLowerCase()
    if (lower === "true" || lower === "false") return lower === "true"
    ctx.addIssue({ code: "custom", message: `${field}: 应为 true 或 false / must be true or false` })
    return z.NEVER
  })

/** limit/offset for routes that don't expose Medusa's `fields`/`order` (coordinator, artisan). */
export const pagination = (defaultLimit = 50, maxLimit = 200) => ({
  limit: queryInteger("limit", 1, maxLimit).default(defaultLimit),
  offset: queryInteger("offset", 0, MAX_LIST_OFFSET).default(0),
})

/** `fields` of Medusa's list and detail routes: `id,*workshop,+rates.rate_a`. */
const fieldsParam = () =>
  boundedText("fields", MAX_FIELDS_LENGTH).refine((value) => /^[A-Za-z0-9_.*+\-, ]*$/.test(value), {
    message: "fields: 只能是字段名 / must be field names separated by commas",
  })

/**
 * `order` of Medusa's list routes: one of the entity's own fields, `-` first for descending. An
 * unknown field reached the database (a 500) before.
 */
const orderParam = (orderable: readonly string[]) =>
  boundedText("order", MAX_FIELDS_LENGTH).refine((value) => orderable.includes(value.replace(/^-/, "")), {
    message: `order: 只能按这些字段排序 / must be one of ${orderable.join(", ")} (with - first for descending)`,
  })

/** Medusa's `fields` for a detail route, bounded. */
export const selectParams = () => z.object({ fields: fieldsParam().optional() })

/**
 * Medusa's find params (fields, offset, limit, order, with_deleted) with each one bounded: a
 * negative or huge limit or offset, or an order that is not one of `fields` (the entity's own
 * fields; relations' are left out), is a 400 naming it instead of a database error.
 */
export const findParams = (defaults: { limit: number; offset: number }, fields: readonly string[]) =>
  createFindParams(defaults).extend({
    fields: fieldsParam().optional(),
    limit: queryInteger("limit", 1, MAX_ADMIN_LIST_LIMIT).default(defaults.limit),
    offset: queryInteger("offset", 0, MAX_LIST_OFFSET).default(defaults.offset),
    order: orderParam(fields.filter((field) => !field.includes("."))).optional(),
  })

/**
 * The body of a route that takes none (a reset, a close): nothing, or `{}`. A field sent to it is
 * refused rather than ignored, so a client's mistake is seen.
 */
export const NoBody = z.object({}).strict().optional()

/** The query of a route that takes none: a key sent to it is refused rather than ignored. */
export const NoQuery = z.object({}).strict()

/** A skill's code (`couching`, `seed_stitch`): lower-case letters, digits and `_`, at most MAX_CODE_LENGTH. */
export const skillCode = (field: string) =>
  text(field, MAX_CODE_LENGTH).refine((value) => /^[a-z0-9_]+$/.test(value), {
    message: `${field}: 只能是小写字母、数字和 _ / must be lower-case letters, digits and _`,
  })
