import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { ProductSearchRow } from "../../modules/workshop/repositories/product-search/documents"
import { INDEXED_PRODUCT_FIELDS, searchRowOf, translatedRecordIds, type IndexedProduct, type TranslationsByLocale } from "./documents"

/**
 * The workshop module's search methods this file calls (named here rather than importing the
 * service's type, so the seed, which calls rebuildProductSearch, type-checks without the module's
 * decorators).
 */
/** The workshop module's container key (modules/workshop's WORKSHOP_MODULE, whose file loads the service). */
const WORKSHOP_MODULE = "workshop"

type SearchIndexService = {
  saveProductSearchDocuments(rows: ProductSearchRow[]): Promise<void>
  removeProductSearchDocuments(productIds: string[]): Promise<number>
  productSearchClock(): Promise<string>
  removeProductSearchDocumentsOlderThan(since: string): Promise<number>
}

/**
 * Keeping the shop's search documents (issue 13; the rules are the domain's search.ts, the table
 * the workshop module's `product_search_document`). `indexProducts` rewrites the documents of
 * some products (the subscribers, on each change); `rebuildProductSearch` rewrites every one and
 * drops those of products that are gone (the seed, `npm start` after migrations, a nightly job;
 * idempotent). Products are read through query.graph, their English (and any other locale) from
 * the Translation module.
 */

/** Products read per query.graph call. */
const BATCH = 500

type Container = Pick<MedusaContainer, "resolve"> & { hasRegistration?: (name: string) => boolean }

/** Every locale's translations of these records: locale → record id → translated fields. */
async function translationsOf(container: Container, recordIds: string[]): Promise<TranslationsByLocale> {
  const byLocale: TranslationsByLocale = new Map()
  if (!recordIds.length) return byLocale
  if (container.hasRegistration && !container.hasRegistration(Modules.TRANSLATION)) return byLocale
  const translation = container.resolve(Modules.TRANSLATION) as {
    listTranslations(filters: Record<string, unknown>, config: Record<string, unknown>): Promise<Array<{ reference_id: string; locale_code: string; translations: Record<string, unknown> | null }>>
  }
  const rows = await translation.listTranslations({ reference_id: recordIds }, { select: ["reference_id", "locale_code", "translations"], take: null })
  for (const row of rows) {
    const forLocale = byLocale.get(row.locale_code) ?? new Map<string, Record<string, unknown>>()
    forLocale.set(row.reference_id, row.translations ?? {})
    byLocale.set(row.locale_code, forLocale)
  }
  return byLocale
}

async function saveRows(container: Container, products: IndexedProduct[]) {
  if (!products.length) return
  const translations = await translationsOf(container, translatedRecordIds(products))
  const workshop = container.resolve<SearchIndexService>(WORKSHOP_MODULE)
  await workshop.saveProductSearchDocuments(products.map((product) => searchRowOf(product, translations)))
}

/** Rewrites the search documents of these products; removes those of products that no longer exist. */
export async function indexProducts(container: Container, productIds: string[]): Promise<{ indexed: number; removed: number }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const workshop = container.resolve<SearchIndexService>(WORKSHOP_MODULE)
  const ids = [...new Set(productIds)]
  let indexed = 0
  let removed = 0
  for (let i = 0; i < ids.length; i += BATCH) {
    const chunk = ids.slice(i, i + BATCH)
    const { data } = await query.graph({ entity: "product", fields: INDEXED_PRODUCT_FIELDS, filters: { id: chunk } })
    const products = data as unknown as IndexedProduct[]
    await saveRows(container, products)
    indexed += products.length
    const found = new Set(products.map((p) => p.id))
    const gone = chunk.filter((id) => !found.has(id))
    if (gone.length) removed += await workshop.removeProductSearchDocuments(gone)
  }
  return { indexed, removed }
}

/**
 * Rewrites every product's search document, then removes the documents it did not write (nor a
 * subscriber since it started): those of products deleted meanwhile or before. Safe to repeat and
 * to run beside the subscribers.
 */
export async function rebuildProductSearch(container: Container, options: { batch?: number } = {}): Promise<{ indexed: number; removed: number; ms: number }> {
  const started = Date.now()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const workshop = container.resolve<SearchIndexService>(WORKSHOP_MODULE)
  const since = await workshop.productSearchClock()
  const take = options.batch ?? BATCH
  let indexed = 0
  let lastId: string | null = null
  for (;;) {
    // keyset pagination by id: products created meanwhile neither shift the pages nor are read twice
    const { data } = await query.graph({
      entity: "product",
      fields: INDEXED_PRODUCT_FIELDS,
      filters: lastId ? { id: { $gt: lastId } } : {},
      pagination: { take, skip: 0, order: { id: "ASC" } },
    })
    const products = data as unknown as IndexedProduct[]
    if (!products.length) break
    await saveRows(container, products)
    indexed += products.length
    lastId = products[products.length - 1].id
    if (products.length < take) break
  }
  const removed = await workshop.removeProductSearchDocumentsOlderThan(since)
  return { indexed, removed, ms: Date.now() - started }
}
