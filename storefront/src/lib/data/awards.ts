import "server-only";
import type { AwardSubject } from "@jinxiu/workshop/domain/programme";
import { cache } from "react";
import { CACHE_TAGS } from "../catalog/cache-tags";
import { showableAwards } from "../jobs/awards";
import type { StoreAward } from "../jobs/types";
import { cachedStoreGet } from "./cached-store";
import { WORKSHOP_CACHE } from "./workshops";

/**
 * Contest awards are entered in the programme's admin (no events the shop listens to): cached
 * with the workshops tag (and products', for a product's) and refreshed every 5 minutes.
 */
const awardsCache = (subject: AwardSubject) => ({
  tags: subject === "product" ? [...WORKSHOP_CACHE.tags, CACHE_TAGS.products] : WORKSHOP_CACHE.tags,
  revalidate: WORKSHOP_CACHE.revalidate,
});

/** The badges of a product, a workshop or a maker (a maker's only while she consents), newest first. */
export const listAwards = cache(async (subject: AwardSubject, id: string): Promise<StoreAward[]> => {
  const { awards } = await cachedStoreGet<{ awards: unknown }>(
    "/store/awards",
    { subject_type: subject, subject_id: id },
    awardsCache(subject),
  );
  return showableAwards(awards);
});

/**
 * The ids among `productIds` that have an award, for the catalog's "award-winning" filter: every
 * product's awards in one cached read (GET /store/awards?subject_type=product), the same cache as
 * a product's badges.
 */
export async function listAwardedProductIds(productIds: readonly string[]): Promise<Set<string>> {
  const { awards } = await cachedStoreGet<{ awards: unknown }>("/store/awards", { subject_type: "product" }, awardsCache("product"));
  const awarded = new Set(showableAwards(awards).map((a) => a.subject_id));
  return new Set(productIds.filter((id) => awarded.has(id)));
}
