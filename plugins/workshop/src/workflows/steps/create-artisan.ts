import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { workshopToday } from "../../lib/clock"
import { WORKSHOP_MODULE } from "../../modules/workshop"
import type { WorkshopModuleService } from "../../modules/workshop/service"
import { INVALID_MOBILE_NUMBER, normalizeMainlandMobile } from "../../providers/phone-auth/mainland-mobile"

export type ArtisanStatus = "active" | "paused" | "left"

export type CreateArtisanData = {
  workshop_id: string
  display_name: string
  legal_name: string
  /** Any usual form of a mainland mobile number; stored in E.164. */
  phone: string
  /** YYYY-MM-DD */
  joined_on: string
  /** YYYY-MM-DD: the day she left */
  left_on?: string | null
  skills?: string[] | null
  status?: ArtisanStatus
  public_profile?: boolean
  story_zh?: string | null
  story_en?: string | null
  photo_url?: string | null
  monthly_goal?: number | null
}

/**
 * The row the module stores: `skills` is a json column, typed by the model as an object, and
 * holds a list of skill names.
 */
export type ArtisanRow = Omit<Partial<CreateArtisanData>, "skills"> & { skills?: Record<string, unknown> | null }
export const asArtisanRow = <T extends Partial<CreateArtisanData>>(data: T) => data as unknown as ArtisanRow

/** The phone in E.164, or a 400 naming the field. */
export function artisanPhone(phone: string): string {
  const e164 = normalizeMainlandMobile(phone)
  if (!e164) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `phone: ${INVALID_MOBILE_NUMBER}`)
  }
  return e164
}

export const createArtisanStepId = "create-artisan-step"

/** Creates one artisan (her phone stored in E.164); undone by deleting her. */
export const createArtisanStep = createStep(
  createArtisanStepId,
  async (data: CreateArtisanData, { container }) => {
    const service = container.resolve<WorkshopModuleService>(WORKSHOP_MODULE)
    // Created as already left without a date: she left today (nothing later can be credited).
    const leftOn = data.status === "left" && !data.left_on ? workshopToday() : (data.left_on ?? null)
    const artisan = await service.createArtisans(asArtisanRow({ ...data, left_on: leftOn, phone: artisanPhone(data.phone) }))
    return new StepResponse(artisan, artisan.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<WorkshopModuleService>(WORKSHOP_MODULE).deleteArtisans(id)
  }
)
