import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/catalog/seo";
import { type SitemapPage, sitemapEntries } from "@/lib/catalog/sitemap-entries";
import { listCategories } from "@/lib/data/categories";
import { listOpenings } from "@/lib/data/openings";
import { listCatalog } from "@/lib/data/products";
import { getMarketRegion } from "@/lib/data/regions";
import { getWorkshop, listWorkshops } from "@/lib/data/workshops";

// Built on request (the backend isn't running at build time) from the cached catalog reads.
export const dynamic = "force-dynamic";

/** /sitemap.xml: every shop page in zh-CN and en, with hreflang alternates. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const region = await getMarketRegion("cn");
  const [products, categories, workshops, openings] = await Promise.all([
    listCatalog("zh-CN", region.id),
    listCategories("zh-CN"),
    listWorkshops(),
    listOpenings(""),
  ]);
  const details = await Promise.all(workshops.map((workshop) => getWorkshop(workshop.handle)));
  const makerIds = [...new Set(details.flatMap((detail) => detail?.makers.map((maker) => maker.id) ?? []))];

  const pages: SitemapPage[] = [
    { path: "", priority: 1, changeFrequency: "daily" },
    { path: "/store", priority: 0.9, changeFrequency: "daily" },
    { path: "/categories", priority: 0.6, changeFrequency: "weekly" },
    { path: "/workshops", priority: 0.7, changeFrequency: "weekly" },
    { path: "/impact", priority: 0.7, changeFrequency: "daily" },
    { path: "/jobs", priority: 0.7, changeFrequency: "daily" },
    ...categories.map((category) => ({ path: `/categories/${category.handle}`, priority: 0.7, changeFrequency: "weekly" as const })),
    ...products.map((product) => ({ path: `/products/${product.handle}`, priority: 0.8, changeFrequency: "weekly" as const })),
    ...workshops.map((workshop) => ({ path: `/workshops/${workshop.handle}`, priority: 0.6, changeFrequency: "monthly" as const })),
    ...makerIds.map((id) => ({ path: `/makers/${id}`, priority: 0.5, changeFrequency: "monthly" as const })),
    ...openings.map((opening) => ({ path: `/jobs/${opening.id}`, priority: 0.6, changeFrequency: "weekly" as const })),
  ];
  return sitemapEntries(siteUrl(process.env), pages);
}
