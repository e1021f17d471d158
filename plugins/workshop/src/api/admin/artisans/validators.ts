import { z } from "@medusajs/framework/zod"
import {
  boundedText,
  boundedYuan,
  calendarDate,
  findParams,
  id,
  mobileNumber,
  oneOf,
  oneOrMany,
  password,
  searchText,
  selectParams,
  text,
} from "../../common-validators"
import {
  MAX_BANK_NAME_LENGTH,
  MAX_MONTHLY_GOAL_YUAN,
  MAX_PAYOUT_ACCOUNT_LENGTH,
  MAX_PAYOUT_ACCOUNT_NAME_LENGTH,
  MAX_SKILL_LENGTH,
  MAX_SKILLS,
  MAX_STORY_LENGTH,
  MAX_URL_LENGTH,
  PAYOUT_METHODS,
  payoutDetailsProblems,
} from "../../../domain"
import { adminArtisanFields } from "./query-config"

const artisanStatus = z.enum(["active", "paused", "left"])

export type AdminGetArtisansParamsType = z.infer<typeof AdminGetArtisansParams>
export const AdminGetArtisansParams = findParams({ limit: 50, offset: 0 }, adminArtisanFields)
  .merge(
    z.object({
      id: oneOrMany(id("id"), "id").optional(),
      workshop_id: oneOrMany(id("workshop_id"), "workshop_id").optional(),
      status: oneOrMany(artisanStatus, "status").optional(),
      /** Searches display names. */
      q: searchText().optional(),
    })
  )
  .strict()

export const AdminGetArtisanParams = selectParams().strict()

const artisanFields = {
  workshop_id: id("workshop_id"),
  display_name: text("display_name"),
  legal_name: text("legal_name"),
  phone: mobileNumber("phone"),
  joined_on: calendarDate("joined_on"),
  /** the day she left; set to today when she is marked as left without one */
  left_on: calendarDate("left_on").nullish(),
  skills: z
    .array(text("skills", MAX_SKILL_LENGTH))
    .refine((skills) => skills.length <= MAX_SKILLS, { message: `skills: 最多 ${MAX_SKILLS} 项 / at most ${MAX_SKILLS} skills` })
    .nullish(),
  status: artisanStatus.optional(),
  public_profile: z.boolean().optional(),
  story_zh: boundedText("story_zh", MAX_STORY_LENGTH).nullish(),
  story_en: boundedText("story_en", MAX_STORY_LENGTH).nullish(),
  photo_url: text("photo_url", MAX_URL_LENGTH).nullish(),
  monthly_goal: boundedYuan("monthly_goal", MAX_MONTHLY_GOAL_YUAN).nullish(),
}

export type AdminCreateArtisanType = z.infer<typeof AdminCreateArtisan>
/** A new artisan and her initial password (she logs in with her phone number and it). */
export const AdminCreateArtisan = z.object({ ...artisanFields, password: password() }).strict()

export type AdminUpdateArtisanType = z.infer<typeof AdminUpdateArtisan>
/** Any of her details; `password` sets a new password for her (e.g. when she forgot hers). */
export const AdminUpdateArtisan = z
  .object({ ...artisanFields, password: password() })
  .partial()
  .strict()

/** POST /admin/artisans/:id/payout-details: how she is paid (replaces what was kept). */
export const AdminSetPayoutDetails = z
  .object({
    method: oneOf("method", PAYOUT_METHODS),
    /** the account holder's name, as the bank or the app has it */
    account_name: text("account_name", MAX_PAYOUT_ACCOUNT_NAME_LENGTH),
    /** WeChat id, Alipay account or bank account number; none for cash */
    account: text("account", MAX_PAYOUT_ACCOUNT_LENGTH).nullable().optional(),
    /** the bank, for a bank transfer */
    bank_name: text("bank_name", MAX_BANK_NAME_LENGTH).nullable().optional(),
  })
  .strict()
  .superRefine((details, ctx) => {
    // payoutDetailsProblems takes any values: a field already refused for its shape is reported on its own
    for (const problem of payoutDetailsProblems({ method: details.method, account: details.account ?? null, bank_name: details.bank_name ?? null })) {
      ctx.addIssue({ code: "custom", path: [problem.field], message: problem.message })
    }
  })
export type AdminSetPayoutDetailsType = z.infer<typeof AdminSetPayoutDetails>
