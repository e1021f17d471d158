import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ImpactFigures } from "@/components/impact-figures";
import { ProductGrid } from "@/components/product-grid";
import { WorkshopCard } from "@/components/workshop-card";
import { Link } from "@/i18n/navigation";
import { pageMetadata } from "@/lib/catalog/page-metadata";
import { sortProducts } from "@/lib/catalog/query";
import { shopParams } from "@/lib/catalog/shop-params";
import { getImpact } from "@/lib/data/impact";
import { listCatalog } from "@/lib/data/products";
import { getMarketRegion } from "@/lib/data/regions";
import { listWorkshops } from "@/lib/data/workshops";

const FEATURED = 8;

export async function generateMetadata({ params }: PageProps<"/[locale]/[market]">): Promise<Metadata> {
  const { locale } = await shopParams(params);
  const meta = await getTranslations({ locale, namespace: "Metadata" });
  return pageMetadata({ locale, path: "", title: meta("title"), absoluteTitle: true, description: meta("description"), siteName: meta("title") });
}

/**
 * The shop's front page: the craft and the workshops' story, live impact figures, featured
 * pieces and the workshops. Rendered once per (locale, market) and then served from the cache
 * (the impact figures refresh every minute, the rest when the backend announces a change).
 */
export default async function HomePage({ params }: PageProps<"/[locale]/[market]">) {
  const { locale, market } = await shopParams(params);
  const t = await getTranslations({ locale, namespace: "HomePage" });
  const region = await getMarketRegion(market);
  const [catalog, impact, workshops] = await Promise.all([listCatalog(locale, region.id), getImpact(), listWorkshops()]);
  const newest = sortProducts(catalog, "newest");
  const featured = [...newest.filter((product) => product.inStock), ...newest.filter((product) => !product.inStock)].slice(0, FEATURED);

  return (
    <>
      <section className="py-14 sm:py-20" aria-labelledby="hero-heading">
        <p className="text-sm tracking-widest text-gold-700">{t("eyebrow")}</p>
        <h1 id="hero-heading" className="mt-3 max-w-2xl text-3xl font-semibold leading-tight tracking-wide text-ink sm:text-5xl">
          {t("heroTitle")}
        </h1>
        <p className="mt-6 max-w-2xl text-lg text-ink-muted">{t("heroLine")}</p>
        <div className="mt-8 flex flex-wrap gap-4">
          <Link href="/store" className="inline-flex min-h-11 items-center rounded-full bg-cinnabar-700 px-6 text-paper hover:bg-cinnabar-800">
            {t("shopCta")}
          </Link>
          <Link
            href="/workshops"
            className="inline-flex min-h-11 items-center rounded-full border border-gold-400 px-6 text-ink hover:border-cinnabar-700 hover:text-cinnabar-700"
          >
            {t("workshopsCta")}
          </Link>
        </div>
        <hr className="stitch-rule mt-14 w-24" />
      </section>

      <section aria-labelledby="impact-heading" className="rounded-sm bg-gold-100/60 px-5 py-8 sm:px-10 sm:py-10">
        <div className="flex flex-wrap items-baseline justify-between gap-4">
          <h2 id="impact-heading" className="text-lg font-medium tracking-widest text-gold-700">
            {t("impactHeading")}
          </h2>
          <Link href="/impact" className="text-sm text-cinnabar-700 underline-offset-4 hover:underline">
            {t("impactMore")}
          </Link>
        </div>
        <div className="mt-6">
          <ImpactFigures figures={impact} locale={locale} />
        </div>
      </section>

      <section aria-labelledby="products-heading" className="mt-16">
        <div className="mb-8 flex flex-wrap items-baseline justify-between gap-4">
          <h2 id="products-heading" className="text-lg font-medium tracking-widest text-gold-700">
            {t("productsHeading")}
          </h2>
          <Link href="/store" className="text-sm text-cinnabar-700 underline-offset-4 hover:underline">
            {t("allProducts", { count: catalog.length })}
          </Link>
        </div>
        {featured.length > 0 ? (
          <ProductGrid products={featured} locale={locale} />
        ) : (
          <p className="text-ink-muted">{t("empty")}</p>
        )}
      </section>

      <section aria-labelledby="craft-heading" className="mt-20 grid gap-8 md:grid-cols-[1fr_2fr]">
        <h2 id="craft-heading" className="text-lg font-medium tracking-widest text-gold-700">
          {t("craftHeading")}
        </h2>
        <div className="space-y-4 text-ink">
          <p>{t("craftOne")}</p>
          <p>{t("craftTwo")}</p>
          <p>{t("craftThree")}</p>
        </div>
      </section>

      <section aria-labelledby="workshops-heading" className="mt-20">
        <div className="mb-8 flex flex-wrap items-baseline justify-between gap-4">
          <h2 id="workshops-heading" className="text-lg font-medium tracking-widest text-gold-700">
            {t("workshopsHeading")}
          </h2>
          <Link href="/workshops" className="text-sm text-cinnabar-700 underline-offset-4 hover:underline">
            {t("workshopsMore")}
          </Link>
        </div>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {workshops.map((workshop) => (
            <li key={workshop.id}>
              <WorkshopCard workshop={workshop} locale={locale} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
