import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { WORKSHOP_MODULE } from "../../modules/workshop"
import type { WorkshopModuleService } from "../../modules/workshop/service"

export const setProductMakersStepId = "set-product-makers"

export type SetProductMakersInput = {
  product_id: string
  share_percent: number
  makers: { artisan_id: string; weight: number }[]
}

type Snapshot = { product_id: string; share_percent: number; makers: { artisan_id: string; weight: number }[] } | null

async function replace(service: WorkshopModuleService, productId: string, next: Snapshot) {
  const [existing] = await service.listProductMakerShares({ product_id: productId }, { relations: ["makers"] })
  if (existing) {
    await service.deleteProductMakers(existing.makers.map((m) => m.id))
    await service.deleteProductMakerShares(existing.id)
  }
  if (next && next.makers.length) {
    const share = await service.createProductMakerShares({ product_id: productId, share_percent: next.share_percent })
    await service.createProductMakers(next.makers.map((m) => ({ share_id: share.id, artisan_id: m.artisan_id, weight: m.weight })))
  }
}

/** Replaces a product's makers and share %; compensation puts the previous set back. */
export const setProductMakersStep = createStep(
  setProductMakersStepId,
  async (input: SetProductMakersInput, { container }) => {
    const service: WorkshopModuleService = container.resolve(WORKSHOP_MODULE)
    const ids = input.makers.map((m) => m.artisan_id)
    const found = ids.length ? await service.listArtisans({ id: ids }) : []
    const missing = ids.filter((id) => !found.some((a) => a.id === id))
    if (missing.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `makers: artisan(s) not found: ${missing.join(", ")}`)
    }
    const [existing] = await service.listProductMakerShares({ product_id: input.product_id }, { relations: ["makers", "makers.artisan"] })
    const previous: Snapshot = existing
      ? {
          product_id: input.product_id,
          share_percent: Number(existing.share_percent),
          makers: existing.makers.map((m) => ({ artisan_id: m.artisan.id, weight: m.weight })),
        }
      : null
    await replace(service, input.product_id, input)
    return new StepResponse(undefined, { product_id: input.product_id, previous })
  },
  async (compensation, { container }) => {
    if (!compensation) return
    const service: WorkshopModuleService = container.resolve(WORKSHOP_MODULE)
    await replace(service, compensation.product_id, compensation.previous)
  }
)
