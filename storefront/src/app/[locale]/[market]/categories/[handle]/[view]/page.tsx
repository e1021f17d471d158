import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CatalogPageContent } from "@/components/catalog/catalog-page";
import { Link } from "@/i18n/navigation";
import { pageMetadata } from "@/lib/catalog/page-metadata";
import { catalogViewQuery } from "@/lib/catalog/list-view";
import { shopParams } from "@/lib/catalog/shop-params";
import { getCategoryByHandle } from "@/lib/data/categories";

// Sort, filters and page come from the URL's query, which the proxy turns into the [view] segment
// (lib/catalog/list-view.ts): each list view is rendered on its first request and then served from
// the cache, like a product page, until the catalog's cache tags drop it.
export function generateStaticParams() {
  return [];
}

type Props = PageProps<"/[locale]/[market]/categories/[handle]/[view]">;

/** The page's locale, market and category handle (the view segment is read apart: it is ours). */
async function categoryParams(params: Props["params"]) {
  const { view, ...rest } = await params;
  return { view, ...(await shopParams(Promise.resolve(rest))) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, handle } = await categoryParams(params);
  const category = await getCategoryByHandle(handle, locale);
  if (!category) return {};
  const meta = await getTranslations({ locale, namespace: "Metadata" });
  return pageMetadata({
    locale,
    path: `/categories/${category.handle}`,
    title: category.name,
    description: category.description || meta("description"),
    siteName: meta("title"),
  });
}

export default async function CategoryPage({ params }: Props) {
  const { locale, market, handle, view } = await categoryParams(params);
  const category = await getCategoryByHandle(handle, locale);
  if (!category) notFound();
  const t = await getTranslations({ locale, namespace: "CategoryPage" });

  return (
    <div className="py-10 sm:py-14">
      <nav aria-label={t("breadcrumbLabel")} className="mb-4 text-sm text-ink-muted">
        <ol className="flex flex-wrap gap-2">
          <li>
            <Link href="/categories" className="hover:text-cinnabar-700">
              {t("allCategories")}
            </Link>
          </li>
          <li aria-hidden="true">/</li>
          <li aria-current="page">{category.name}</li>
        </ol>
      </nav>
      <header className="mb-10">
        <h1 className="text-2xl font-semibold tracking-wide text-ink sm:text-3xl">{category.name}</h1>
        {category.description && <p className="mt-3 max-w-2xl text-ink-muted">{category.description}</p>}
      </header>
      <CatalogPageContent
        locale={locale}
        market={market}
        searchParams={catalogViewQuery(view)}
        categoryHandle={category.handle}
        basePath={`/categories/${category.handle}`}
      />
    </div>
  );
}
