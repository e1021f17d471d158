import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { SEARCH_WEIGHTS } from "../../../../domain"

export type ProductSearchInput = {
  /** normalized terms (the domain's searchTerms) */
  terms: string[]
  /** the grams every matching document has (the domain's queryGrams) */
  grams: string[]
  /** the sales channels of the shop's publishable key: only products available in one of them */
  sales_channel_ids: string[]
  limit: number
  offset: number
}

export type ProductSearchHit = { id: string; score: number }
export type ProductSearchResult = { hits: ProductSearchHit[]; count: number }

/**
 * Run inside a transaction (its `set local` ends with it).
 *
 * The published products of these sales channels whose documents hold every term, best first
 * (the domain's scoreDocument, in SQL: per term the best of title 3, subtitle 2, other 1, summed;
 * a term found nowhere drops the product), ties newest first as the catalog lists, then by id.
 *
 * The GIN index on `grams` finds the candidates (`@>`: every gram of every term); each term is
 * then looked for whole with strpos (one weight column per term, so no grouping) (exact, on text normalized by the domain, so neither the
 * database's locale nor its collation plays a part).
 *
 * Whether a product is published and in the channel is read from Medusa's product table and its
 * product ↔ sales channel link table at search time (read-only; the one place the module reads
 * another module's tables): neither is kept in the document, so a product unpublished, deleted or
 * taken out of a channel is gone from the results at once, whatever event was or wasn't sent (a
 * product added to a channel from the sales channel's page sends none). Filtering thousands of
 * matches through query.graph instead would cost more than the search itself.
 */
/**
 * A list as ONE PostgreSQL array literal (`{"牡丹","fan"}`), bound as one parameter (knex would
 * expand a JS array into several) and cast with `::text[]`: a value the planner sees, so it
 * estimates the GIN lookup from the index's statistics.
 */
export function textArray(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(",")}}`
}

export async function searchDocuments(manager: EntityManager, input: ProductSearchInput): Promise<ProductSearchResult> {
  if (!input.terms.length || !input.grams.length || !input.sales_channel_ids.length) return { hits: [], count: 0 }
  // one weight per term (at most MAX_SEARCH_TERMS), each term a bound parameter
  const weights = input.terms.map(
    (_, i) => `case when strpos(d.title_text, ?) > 0 then ${SEARCH_WEIGHTS.title}
                    when strpos(d.subtitle_text, ?) > 0 then ${SEARCH_WEIGHTS.subtitle}
                    when strpos(d.other_text, ?) > 0 then ${SEARCH_WEIGHTS.other}
                    else 0 end as w${i}`
  )
  const termParams = input.terms.flatMap((term) => [term, term, term])
  // The planner prices `grams @>` on a plain scan as cheap, but each row's array is detoasted and
  // searched (~10 µs a row: 100 ms for a character every product has); through the GIN index the
  // match needs no recheck (~1 µs a row). So, within this read's own transaction, no plain scans.
  await manager.execute(`set local enable_seqscan = off`)
  const [row] = (await manager.execute(
    `with candidates as (
       select d.product_id, d.product_created_at, ${weights.join(", ")}
         from "product_search_document" d
        where d.grams @> ?::text[] and d.deleted_at is null
       offset 0
     ),
     visible as (
       select c.product_id, c.product_created_at, ${input.terms.map((_, i) => `c.w${i}`).join(" + ")} as score
         from candidates c
         join "product" p on p.id = c.product_id and p.status = 'published' and p.deleted_at is null
        where ${input.terms.map((_, i) => `c.w${i} > 0`).join(" and ")}
          and exists (
            select 1 from "product_sales_channel" psc
             where psc.product_id = c.product_id and psc.deleted_at is null and psc.sales_channel_id = any(?::text[])
          )
     )
     select (select count(*) from visible)::int as count,
            coalesce((select json_agg(json_build_object('id', v.product_id, 'score', v.score) order by v.score desc, v.product_created_at desc, v.product_id)
                        from (select * from visible order by score desc, product_created_at desc, product_id limit ? offset ?) v), '[]'::json) as hits`,
    [...termParams, textArray(input.grams), textArray(input.sales_channel_ids), input.limit, input.offset]
  )) as { count: number; hits: { id: string; score: number | string }[] }[]
  return { count: row.count, hits: row.hits.map((hit) => ({ id: hit.id, score: Number(hit.score) })) }
}
