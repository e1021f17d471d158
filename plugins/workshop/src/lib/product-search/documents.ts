import { documentGrams, searchFieldsOf, type SearchDocument, type SearchTexts } from "../../domain"
import type { ProductSearchRow } from "../../modules/workshop/repositories/product-search/documents"

/** What the index reads of a product (query.graph fields below). */
export type IndexedProduct = {
  id: string
  title?: string | null
  subtitle?: string | null
  description?: string | null
  material?: string | null
  created_at: string | Date
  variants?: Array<{ id: string; title?: string | null; sku?: string | null; barcode?: string | null; ean?: string | null; upc?: string | null } | null> | null
  categories?: Array<{ id: string; name?: string | null; is_active?: boolean | null; is_internal?: boolean | null } | null> | null
}

export const INDEXED_PRODUCT_FIELDS = [
  "id",
  "title",
  "subtitle",
  "description",
  "material",
  "created_at",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.barcode",
  "variants.ean",
  "variants.upc",
  "categories.id",
  "categories.name",
  "categories.is_active",
  "categories.is_internal",
]

/** A translation of one record (product, category, variant) into one locale: its translated fields. */
export type TranslationsByLocale = Map<string, Map<string, Record<string, unknown>>>

const text = (value: unknown): string | null => (typeof value === "string" && value ? value : null)

/**
 * A product's search document: its base (Chinese) texts and each translation's (English…), the
 * shop's categories (active, public) by name, its versions by title and their codes (SKU,
 * barcode, EAN, UPC, base language only: codes aren't translated), as the shop has always
 * searched (Medusa's own `q` looked into the versions too).
 */
export function searchDocumentOf(product: IndexedProduct, translations: TranslationsByLocale): SearchDocument {
  const variants = (product.variants ?? []).filter((v): v is NonNullable<typeof v> => !!v)
  const categories = (product.categories ?? []).filter((c): c is NonNullable<typeof c> => !!c && c.is_active !== false && c.is_internal !== true)
  const base: SearchTexts = {
    title: product.title,
    subtitle: product.subtitle,
    other: [
      product.description,
      product.material,
      ...categories.map((c) => c.name),
      ...variants.map((v) => v.title),
      ...variants.flatMap((v) => [v.sku, v.barcode, v.ean, v.upc]),
    ],
  }
  const languages = [base]
  for (const byRecord of translations.values()) {
    const own = byRecord.get(product.id) ?? {}
    languages.push({
      title: text(own.title),
      subtitle: text(own.subtitle),
      other: [
        text(own.description),
        text(own.material),
        ...categories.map((c) => text(byRecord.get(c.id)?.name)),
        ...variants.map((v) => text(byRecord.get(v.id)?.title)),
      ],
    })
  }
  return { id: product.id, languages }
}

/** The row the module stores for a product. */
export function searchRowOf(product: IndexedProduct, translations: TranslationsByLocale): ProductSearchRow {
  const fields = searchFieldsOf(searchDocumentOf(product, translations))
  return {
    product_id: product.id,
    product_created_at: product.created_at,
    title_text: fields.title,
    subtitle_text: fields.subtitle,
    other_text: fields.other,
    grams: documentGrams(fields),
  }
}

/** The ids of the records whose translations a product's document reads. */
export function translatedRecordIds(products: IndexedProduct[]): string[] {
  const ids = new Set<string>()
  for (const product of products) {
    ids.add(product.id)
    for (const category of product.categories ?? []) if (category) ids.add(category.id)
    for (const variant of product.variants ?? []) if (variant) ids.add(variant.id)
  }
  return [...ids]
}
