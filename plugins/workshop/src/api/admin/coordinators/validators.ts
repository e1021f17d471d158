import { z } from "@medusajs/framework/zod"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { oneOrMany, password, text } from "../../common-validators"

export type AdminGetCoordinatorsParamsType = z.infer<typeof AdminGetCoordinatorsParams>
export const AdminGetCoordinatorsParams = createFindParams({ limit: 50, offset: 0 })
  .merge(
    z.object({
      id: oneOrMany(z.string()).optional(),
      email: oneOrMany(z.string()).optional(),
    })
  )
  .strict()

export const AdminGetCoordinatorParams = createSelectParams().strict()

export type AdminCreateCoordinatorType = z.infer<typeof AdminCreateCoordinator>
/** A coordinator, the workshops she coordinates, and her initial password (she logs in with her e-mail). */
export const AdminCreateCoordinator = z
  .object({
    email: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.email({ message: "email: 邮箱格式不正确 / Invalid e-mail address" })),
    name: text(),
    phone: z.string().trim().min(1).nullish(),
    password: password(),
    workshop_ids: z.array(text()),
  })
  .strict()

export type AdminUpdateCoordinatorType = z.infer<typeof AdminUpdateCoordinator>
/** `workshop_ids` replaces her workshops; `password` sets a new password for her. */
export const AdminUpdateCoordinator = z
  .object({
    name: text(),
    phone: z.string().trim().min(1).nullable(),
    workshop_ids: z.array(text()),
    password: password(),
  })
  .partial()
  .strict()
