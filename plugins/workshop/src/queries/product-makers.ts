import type { MedusaContainer } from "@medusajs/framework/types"
import { WORKSHOP_MODULE } from "../modules/workshop"
import type { WorkshopModuleService } from "../modules/workshop/service"

export type PublicMaker = {
  artisan_id: string
  display_name: string
  weight: number
  /** her part of the product's share, in percent of the sale */
  share_percent_of_sale: number
  workshop: { id: string; handle: string; name_zh: string; name_en: string }
  /** only with her consent */
  public_profile: boolean
  photo_url?: string | null
}

/**
 * The makers of one product. Public callers (the shop) get display names, workshops and
 * weights only, plus photo/profile link when the maker consented; never legal names or phones.
 */
export async function productMakers(
  container: MedusaContainer,
  productId: string,
  { withPrivate = false }: { withPrivate?: boolean } = {}
): Promise<{ share_percent: number; makers: PublicMaker[] }> {
  const service: WorkshopModuleService = container.resolve(WORKSHOP_MODULE)
  const [share] = await service.listProductMakerShares(
    { product_id: productId },
    { relations: ["makers", "makers.artisan", "makers.artisan.workshop"] }
  )
  if (!share) return { share_percent: 0, makers: [] }
  const sharePercent = Number(share.share_percent)
  const totalWeight = share.makers.reduce((sum, m) => sum + m.weight, 0) || 1
  const makers = share.makers.map((m) => {
      const a = m.artisan
      const maker: PublicMaker & Record<string, unknown> = {
        artisan_id: a.id,
        display_name: a.display_name,
        weight: m.weight,
        share_percent_of_sale: Math.round((sharePercent * m.weight * 100) / totalWeight) / 100,
        workshop: { id: a.workshop.id, handle: a.workshop.handle, name_zh: a.workshop.name_zh, name_en: a.workshop.name_en },
        public_profile: a.public_profile,
        photo_url: a.public_profile ? a.photo_url : null,
      }
      if (withPrivate) {
        maker.legal_name = a.legal_name
        maker.status = a.status
      }
      return maker
    })
  return { share_percent: sharePercent, makers }
}
