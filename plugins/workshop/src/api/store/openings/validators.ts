import { z } from "@medusajs/framework/zod"
import { MAX_APPLICATION_TEXT_LENGTH, MAX_NAME_LENGTH, MAX_STATUS_TOKEN_LENGTH } from "../../../domain/limits"
import { boundedText, mobileNumber, oneOf, pagination, queryBoolean, text } from "../../common-validators"

/** GET /store/openings: open ones, by district (either language) and at home / school hours. */
export const StoreListOpenings = z
  .object({
    district: text("district", MAX_NAME_LENGTH).optional(),
    at_home: queryBoolean("at_home").optional(),
    school_hours: queryBoolean("school_hours").optional(),
    ...pagination(50, 200),
  })
  .strict()
export type StoreListOpeningsType = z.infer<typeof StoreListOpenings>

const optionalText = (field: string) =>
  z.union([z.null(), boundedText(field, MAX_APPLICATION_TEXT_LENGTH)]).optional()

/** POST /store/openings/:id/applications: what she tells, and her consent to be contacted. */
export const StoreApplyToOpening = z
  .object({
    name: text("name", MAX_NAME_LENGTH),
    phone: mobileNumber("phone"),
    town: text("town", MAX_APPLICATION_TEXT_LENGTH),
    availability: text("availability", MAX_APPLICATION_TEXT_LENGTH),
    childcare_needs: optionalText("childcare_needs"),
    consent: z.unknown().refine((value) => value === true, {
      message: "consent: 须同意我们联系您 / must be true: she agrees to be contacted",
    }),
    locale: oneOf("locale", ["zh-CN", "en"] as const).optional(),
  })
  .strict()
export type StoreApplyToOpeningType = z.infer<typeof StoreApplyToOpening>

/** A status link's token as given: base64url, bounded. */
export const STATUS_TOKEN_SHAPE = new RegExp(`^[A-Za-z0-9_-]{16,${MAX_STATUS_TOKEN_LENGTH}}$`)
