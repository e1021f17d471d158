import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PRODUCT_MAKERS } from "./makers"
import { pieceTypeSeeds } from "./piece-types"
import { workshopIds, workshopService } from "./workshop-service"

/** piece type id by `<workshop handle>:<code>` */
export type PieceTypeIds = Map<string, string>

export const pieceTypeKey = (workshop: string, code: string) => `${workshop}:${code}`

/**
 * Piece types (one per product variant, plus tasks) with their rate history, and the makers of
 * every product. Found by (workshop, code), (piece type, effective_from) and product; only what is
 * missing is created.
 */
export async function loadPieceWork(container: MedusaContainer, artisanIds: Map<string, string>): Promise<PieceTypeIds> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const service = workshopService(container)
  const productService = container.resolve(Modules.PRODUCT)
  const workshops = await workshopIds(container)
  const seeds = pieceTypeSeeds()

  // Piece types
  const skus = seeds.flatMap((s) => (s.sku ? [s.sku] : []))
  const variants = await productService.listProductVariants({ sku: skus }, { select: ["id", "sku"], take: null })
  const variantId = new Map(variants.map((v) => [v.sku!, v.id]))
  const existingTypes = await service.listPieceTypes(
    { workshop_id: [...workshops.values()] },
    { select: ["id", "code", "workshop_id"], take: null }
  )
  const ids: PieceTypeIds = new Map(
    existingTypes.flatMap((t) => {
      const handle = [...workshops].find(([, id]) => id === t.workshop_id)?.[0]
      return handle ? [[pieceTypeKey(handle, t.code), t.id] as const] : []
    })
  )
  const missingTypes = seeds.filter((s) => !ids.has(pieceTypeKey(s.workshop, s.code)))
  if (missingTypes.length) {
    const created = await service.createPieceTypes(
      missingTypes.map((s) => {
        if (s.sku && !variantId.has(s.sku)) throw new Error(`No product variant with SKU ${s.sku}`)
        return {
          workshop_id: workshops.get(s.workshop),
          code: s.code,
          name_zh: s.name_zh,
          name_en: s.name_en,
          kind: s.kind,
          product_variant_id: s.sku ? variantId.get(s.sku) : null,
          is_active: true,
        }
      })
    )
    for (const type of created) {
      const seed = missingTypes.find((s) => workshops.get(s.workshop) === type.workshop_id && s.code === type.code)!
      ids.set(pieceTypeKey(seed.workshop, seed.code), type.id)
    }
  }

  // Rates
  const existingRates = await service.listPieceRates(
    { piece_type_id: [...ids.values()] },
    { select: ["id", "piece_type_id", "effective_from"], take: null }
  )
  const haveRate = new Set(existingRates.map((r) => `${r.piece_type_id}:${r.effective_from}`))
  const missingRates = seeds.flatMap((s) =>
    s.rates
      .map((r) => ({ piece_type_id: ids.get(pieceTypeKey(s.workshop, s.code))!, ...r, created_by: "seed" }))
      .filter((r) => !haveRate.has(`${r.piece_type_id}:${r.effective_from}`))
  )
  if (missingRates.length) await service.createPieceRates(missingRates)

  // Makers
  const products = await productService.listProducts(
    { handle: PRODUCT_MAKERS.map((p) => p.product) },
    { select: ["id", "handle"], take: null }
  )
  const productId = new Map(products.map((p) => [p.handle, p.id]))
  const existingShares = await service.listProductMakerShares(
    { product_id: [...productId.values()] },
    { select: ["id", "product_id"], take: null }
  )
  const missingShares = PRODUCT_MAKERS.filter((p) => !existingShares.some((s) => s.product_id === productId.get(p.product)))
  const createdShares = missingShares.length
    ? await service.createProductMakerShares(
        missingShares.map((p) => {
          if (!productId.has(p.product)) throw new Error(`No product ${p.product}`)
          return { product_id: productId.get(p.product), share_percent: p.share_percent }
        })
      )
    : []
  const shares = [...existingShares, ...createdShares]
  const existingMakers = await service.listProductMakers(
    { share_id: shares.map((s) => s.id) },
    { select: ["id", "share_id", "artisan_id"], take: null }
  )
  const missingMakers = PRODUCT_MAKERS.flatMap((p) => {
    const share = shares.find((s) => s.product_id === productId.get(p.product))!
    return p.makers
      .map((m) => ({ share_id: share.id, artisan_id: artisanIds.get(m.phone)!, weight: m.weight }))
      .filter((m) => !existingMakers.some((e) => e.share_id === m.share_id && e.artisan_id === m.artisan_id))
  })
  if (missingMakers.length) await service.createProductMakers(missingMakers)

  logger.info(
    `Piece work: ${seeds.length} piece types (${missingTypes.length} new), ${missingRates.length} new rates, ` +
      `makers on ${PRODUCT_MAKERS.length} products (${missingShares.length} new shares, ${missingMakers.length} new makers)`
  )
  return ids
}
