import { model } from "@medusajs/framework/utils"

/**
 * One product's search document (issue 13; the rules are the domain's search.ts): its texts in
 * every language, normalized (lower case, full-width folded), one field per weight, and the set of
 * its characters and character pairs (`grams`, GIN-indexed) that a query's terms are looked up by.
 * Keyed by Medusa's product id (a read-only reference, no foreign key). Kept by the plugin's
 * subscribers on product, variant, category and translation changes, and rebuilt whole by
 * `rebuildProductSearch` (the seed, `npm start` after migrations, a nightly job). Written with raw
 * SQL only (repositories/product-search-sql.ts); whether the product is published and in the
 * shop's sales channel is read from Medusa's tables when searching, never kept here.
 */
export const ProductSearchDocument = model
  .define("product_search_document", {
    product_id: model.text().primaryKey(),
    /** the product's own created_at: ties rank newest first, as the catalog lists */
    product_created_at: model.dateTime(),
    /** titles in every language, one per line */
    title_text: model.text(),
    subtitle_text: model.text(),
    /** descriptions, materials, category names, versions' titles and SKUs, one per line */
    other_text: model.text(),
    grams: model.array(),
  })
  .indexes([{ on: ["grams"], type: "GIN" }])
