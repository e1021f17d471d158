import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { indexProducts, rebuildProductSearch } from "./indexer"

type Container = Pick<MedusaContainer, "resolve"> & { hasRegistration?: (name: string) => boolean }

const crud = (entity: string) => [`${entity}.created`, `${entity}.updated`, `${entity}.deleted`]

/**
 * The events that change what a product's search document holds: the product itself (its texts,
 * its categories), its versions (titles, SKUs), a category (its name, whether it shows), and any
 * translation (a product's, a category's or a version's English). Whether a product is published
 * or in a sales channel is read when searching, so those need no event.
 */
export const PRODUCT_SEARCH_EVENTS = [...crud("product"), ...crud("product-variant"), ...crud("product-category"), ...crud("translation")]

/** Every product, rather than some: a change whose products can't be told any more (a category or translation deleted). */
export type EveryProduct = "all"

type ProductModule = {
  listProductVariants(filters: Record<string, unknown>, config: Record<string, unknown>): Promise<Array<{ id: string; product_id: string | null }>>
  listProductCategories(filters: Record<string, unknown>, config: Record<string, unknown>): Promise<Array<{ id: string; products?: Array<{ id: string }> }>>
}
type TranslationModule = {
  listTranslations(filters: Record<string, unknown>, config: Record<string, unknown>): Promise<Array<{ reference: string; reference_id: string }>>
}

async function productsOfVariants(container: Container, variantIds: string[]): Promise<string[]> {
  const products = container.resolve(Modules.PRODUCT) as unknown as ProductModule
  const variants = await products.listProductVariants({ id: variantIds }, { select: ["id", "product_id"], withDeleted: true, take: null })
  return variants.flatMap((variant) => (variant.product_id ? [variant.product_id] : []))
}

async function productsOfCategories(container: Container, categoryIds: string[]): Promise<string[]> {
  const products = container.resolve(Modules.PRODUCT) as unknown as ProductModule
  const categories = await products.listProductCategories({ id: categoryIds }, { relations: ["products"], select: ["id", "products.id"], take: null })
  return categories.flatMap((category) => (category.products ?? []).map((product) => product.id))
}

/** The ids an event names (`{ id }`, as Medusa's events carry; `{ ids }` or a list, to be safe). */
function idsOf(data: unknown): string[] {
  const items = Array.isArray(data) ? data : [data]
  return items.flatMap((item) => {
    if (!item || typeof item !== "object") return []
    const { id, ids } = item as { id?: unknown; ids?: unknown }
    if (typeof id === "string") return [id]
    if (Array.isArray(ids)) return ids.filter((value): value is string => typeof value === "string")
    return []
  })
}

/** The products whose documents an event changes, or every product when they can't be told. */
export async function productsOfEvent(container: Container, name: string, data: unknown): Promise<string[] | EveryProduct> {
  const ids = idsOf(data)
  if (!ids.length) return []
  const [entity, action] = name.split(".")
  switch (entity) {
    case "product":
      return ids
    case "product-variant":
      return productsOfVariants(container, ids)
    case "product-category":
      // a deleted category has lost its products already: which documents name it is not known
      return action === "deleted" ? "all" : productsOfCategories(container, ids)
    case "translation": {
      if (container.hasRegistration && !container.hasRegistration(Modules.TRANSLATION)) return []
      const translations = container.resolve(Modules.TRANSLATION) as unknown as TranslationModule
      const found = await translations.listTranslations({ id: ids }, { select: ["id", "reference", "reference_id"], withDeleted: true, take: null })
      // a translation deleted for good: which record it was of is gone with it
      if (!found.length) return action === "deleted" ? "all" : []
      const of = (reference: string) => found.filter((t) => t.reference === reference).map((t) => t.reference_id)
      return [...of("product"), ...(await productsOfVariants(container, of("product_variant"))), ...(await productsOfCategories(container, of("product_category")))]
    }
    default:
      return []
  }
}

/**
 * One index job at a time in this process, each reading the products when it starts, so a quick
 * second change is never overwritten by a slower first one; the products waiting when a job starts
 * are indexed together (a product saved in the admin sends one event per version too). The
 * promise settles once the products asked for are indexed (by this job or an earlier one).
 */
let chain: Promise<void> = Promise.resolve()
const waiting = new Set<string>()
let everything = false

export function enqueueProductSearch(container: Container, products: string[] | EveryProduct): Promise<void> {
  if (products === "all") everything = true
  else if (!products.length) return chain
  else for (const id of products) waiting.add(id)
  const job = chain.then(async () => {
    if (everything) {
      everything = false
      waiting.clear()
      await rebuildProductSearch(container)
      return
    }
    if (!waiting.size) return
    const ids = [...waiting]
    waiting.clear()
    await indexProducts(container, ids)
  })
  chain = job.catch(() => {})
  return job
}
