import type { MedusaStoreRequest, MedusaResponse } from "@medusajs/framework/http"
import { queryGrams, searchTerms } from "../../../domain"
import { WORKSHOP_MODULE } from "../../../modules/workshop"
import type { WorkshopModuleService } from "../../../modules/workshop/service"
import type { StoreProductSearchParamsType } from "./validators"

/**
 * GET /store/product-search?q=&limit=&offset= (issue 13): the shop's search. The ids of the
 * published products of the publishable key's sales channels that hold every term of `q` in
 * Chinese or English (title, subtitle, description, material, category names, versions' titles
 * and SKUs), best first, with each one's score and how many match in all; the shop loads the
 * page's products itself, with its region's prices. Matching and ranking are the domain's
 * search.ts, run in PostgreSQL over the search documents. Never cached: the key is what a
 * visitor types.
 */
export const GET = async (req: MedusaStoreRequest<unknown, StoreProductSearchParamsType>, res: MedusaResponse) => {
  const { q, limit, offset } = req.validatedQuery as StoreProductSearchParamsType
  const terms = searchTerms(q)
  const workshop: WorkshopModuleService = req.scope.resolve(WORKSHOP_MODULE)
  const { hits, count } = await workshop.searchProducts({
    terms,
    grams: queryGrams(terms),
    sales_channel_ids: req.publishable_key_context?.sales_channel_ids ?? [],
    limit,
    offset,
  })
  res.setHeader("Cache-Control", "no-store")
  res.json({ products: hits, count, limit, offset, terms })
}
