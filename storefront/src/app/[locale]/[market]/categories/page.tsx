import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ProductImage } from "@/components/product-image";
import { Link } from "@/i18n/navigation";
import { pageMetadata } from "@/lib/catalog/page-metadata";
import { shopParams } from "@/lib/catalog/shop-params";
import { listCategories } from "@/lib/data/categories";
import { listCatalog } from "@/lib/data/products";
import { getMarketRegion } from "@/lib/data/regions";

export async function generateMetadata({ params }: PageProps<"/[locale]/[market]/categories">): Promise<Metadata> {
  const { locale } = await shopParams(params);
  const t = await getTranslations({ locale, namespace: "CategoriesPage" });
  const meta = await getTranslations({ locale, namespace: "Metadata" });
  return pageMetadata({ locale, path: "/categories", title: t("title"), description: t("description"), siteName: meta("title") });
}

/** Every category with a picture from its newest product and how many pieces it holds. */
export default async function CategoriesPage({ params }: PageProps<"/[locale]/[market]/categories">) {
  const { locale, market } = await shopParams(params);
  const t = await getTranslations({ locale, namespace: "CategoriesPage" });
  const region = await getMarketRegion(market);
  const [categories, catalog] = await Promise.all([listCategories(locale), listCatalog(locale, region.id)]);

  return (
    <div className="py-10 sm:py-14">
      <h1 className="text-2xl font-semibold tracking-wide text-ink sm:text-3xl">{t("title")}</h1>
      <p className="mt-3 max-w-2xl text-ink-muted">{t("description")}</p>
      <ul className="mt-10 grid grid-cols-2 gap-x-4 gap-y-10 sm:grid-cols-3 sm:gap-x-6">
        {categories.map((category, index) => {
          const products = catalog.filter((product) => product.categoryHandles.includes(category.handle));
          const cover = products.find((product) => product.thumbnail) ?? null;
          return (
            <li key={category.id}>
              <Link href={`/categories/${category.handle}`} className="group block" data-testid="category-card">
                <div className="overflow-hidden rounded-sm ring-1 ring-gold-200/70 group-hover:ring-gold-400">
                  <ProductImage
                    src={cover?.thumbnail}
                    alt=""
                    sizes="(min-width: 1152px) 350px, (min-width: 640px) 30vw, 46vw"
                    priority={index < 2}
                  />
                </div>
                <h2 className="mt-3 text-lg text-ink group-hover:text-cinnabar-700">{category.name}</h2>
                <p className="text-sm text-ink-muted">{t("count", { count: products.length })}</p>
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
