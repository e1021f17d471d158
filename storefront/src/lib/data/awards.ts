import "server-only";
import type { AwardSubject } from "@jinxiu/workshop/domain";
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

/** Reads at once when looking through the catalog's products for awards. */
const CONCURRENT_READS = 8;

/**
 * The ids among `productIds` that have an award, for the catalog's "award-winning" filter. The
 * store API answers awards one subject at a time, so this is one cached read per product (each
 * served from Next's data cache after its first request); only pages with the filter on ask.
 */
export async function listAwardedProductIds(productIds: readonly string[]): Promise<Set<string>> {
  const awarded = new Set<string>();
  for (let start = 0; start < productIds.length; start += CONCURRENT_READS) {
    const slice = productIds.slice(start, start + CONCURRENT_READS);
    const answers = await Promise.all(slice.map((id) => listAwards("product", id)));
    answers.forEach((awards, index) => {
      if (awards.length) awarded.add(slice[index]);
    });
  }
  return awarded;
}
