import "server-only";
import { cache } from "react";
import type { AppLocale } from "@/i18n/locales";
import { CACHE_TAGS } from "../catalog/cache-tags";
import { toApiLocale } from "../i18n-locale";
import { cachedStoreGet } from "./cached-store";

export type StoreCategory = {
  id: string;
  handle: string;
  name: string;
  description: string | null;
  rank?: number | null;
};

/** The shop's categories (active, public) in `locale`, in the admin's order. Cached. */
export const listCategories = cache(async (locale: AppLocale): Promise<StoreCategory[]> => {
  const { product_categories } = await cachedStoreGet<{ product_categories: StoreCategory[] }>(
    "/store/product-categories",
    { fields: "id,handle,name,description,rank", limit: 200, locale: toApiLocale(locale) },
    { tags: [CACHE_TAGS.categories] },
  );
  return [...product_categories].sort(
    (a, b) => (a.rank ?? 0) - (b.rank ?? 0) || a.handle.localeCompare(b.handle),
  );
});

/** One category by its handle, or null. */
export async function getCategoryByHandle(handle: string, locale: AppLocale): Promise<StoreCategory | null> {
  return (await listCategories(locale)).find((category) => category.handle === handle) ?? null;
}
