import { z } from "@medusajs/framework/zod"
import { MAX_EMAIL_LENGTH, MAX_PHONE_LENGTH, MAX_WORKSHOPS_PER_COORDINATOR } from "../../../domain"
import { boundedText, findParams, id, oneOrMany, password, selectParams, text, tooLongMessage } from "../../common-validators"
import { adminCoordinatorFields } from "./query-config"

export type AdminGetCoordinatorsParamsType = z.infer<typeof AdminGetCoordinatorsParams>
export const AdminGetCoordinatorsParams = findParams({ limit: 50, offset: 0 }, adminCoordinatorFields)
  .merge(
    z.object({
      id: oneOrMany(id("id"), "id").optional(),
      email: oneOrMany(boundedText("email", MAX_EMAIL_LENGTH), "email").optional(),
    })
  )
  .strict()

export const AdminGetCoordinatorParams = selectParams().strict()

const workshopIds = z
  .array(id("workshop_ids"))
  .refine((ids) => ids.length <= MAX_WORKSHOPS_PER_COORDINATOR, {
    message: `workshop_ids: 最多 ${MAX_WORKSHOPS_PER_COORDINATOR} 个工坊 / at most ${MAX_WORKSHOPS_PER_COORDINATOR} workshops`,
  })

export type AdminCreateCoordinatorType = z.infer<typeof AdminCreateCoordinator>
/** A coordinator, the workshops she coordinates, and her initial password (she logs in with her e-mail). */
export const AdminCreateCoordinator = z
  .object({
    email: z
      .string()
      .trim()
      .toLowerCase()
      .refine((value) => value.length <= MAX_EMAIL_LENGTH, { message: tooLongMessage("email", MAX_EMAIL_LENGTH), abort: true })
      .pipe(z.email({ message: "email: 邮箱格式不正确 / Invalid e-mail address" })),
    name: text("name"),
    phone: text("phone", MAX_PHONE_LENGTH).nullish(),
    password: password(),
    workshop_ids: workshopIds,
  })
  .strict()

export type AdminUpdateCoordinatorType = z.infer<typeof AdminUpdateCoordinator>
/** `workshop_ids` replaces her workshops; `password` sets a new password for her. */
export const AdminUpdateCoordinator = z
  .object({
    name: text("name"),
    phone: text("phone", MAX_PHONE_LENGTH).nullable(),
    workshop_ids: workshopIds,
    password: password(),
  })
  .partial()
  .strict()
