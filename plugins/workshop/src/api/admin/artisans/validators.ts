import { z } from "@medusajs/framework/zod"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { calendarDate, mobileNumber, oneOrMany, password, text, yuan } from "../../common-validators"
import { MAX_MONTHLY_GOAL_YUAN } from "../../../domain"

const artisanStatus = z.enum(["active", "paused", "left"])

export type AdminGetArtisansParamsType = z.infer<typeof AdminGetArtisansParams>
export const AdminGetArtisansParams = createFindParams({ limit: 50, offset: 0 })
  .merge(
    z.object({
      id: oneOrMany(z.string()).optional(),
      workshop_id: oneOrMany(z.string()).optional(),
      status: oneOrMany(artisanStatus).optional(),
      /** Searches display names. */
      q: z.string().optional(),
    })
  )
  .strict()

export const AdminGetArtisanParams = createSelectParams().strict()

const artisanFields = {
  workshop_id: text(),
  display_name: text(),
  legal_name: text(),
  phone: mobileNumber("phone"),
  joined_on: calendarDate("joined_on"),
  /** the day she left; set to today when she is marked as left without one */
  left_on: calendarDate("left_on").nullish(),
  skills: z.array(text()).nullish(),
  status: artisanStatus.optional(),
  public_profile: z.boolean().optional(),
  story_zh: z.string().nullish(),
  story_en: z.string().nullish(),
  photo_url: z.string().trim().min(1).nullish(),
  monthly_goal: yuan("monthly_goal").pipe(z.number().max(MAX_MONTHLY_GOAL_YUAN)).nullish(),
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
