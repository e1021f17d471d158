import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { ProductGrid } from "@/components/product-grid";
import { routing } from "@/i18n/routing";
import { listProducts } from "@/lib/data/products";
import { getMarketRegion } from "@/lib/data/regions";
import { isMarket } from "@/lib/market";

// Reads the backend on each request (it isn't running at build time). To be cached later.
export const dynamic = "force-dynamic";

export default async function HomePage({ params }: PageProps<"/[locale]/[market]">) {
  const { locale, market } = await params;
  if (!hasLocale(routing.locales, locale) || !isMarket(market)) notFound();

  const t = await getTranslations({ locale, namespace: "HomePage" });
  const region = await getMarketRegion(market);
  const products = await listProducts(locale, region.id);

  return (
    <>
      <section className="py-16 sm:py-24">
        <h1 className="max-w-2xl text-3xl font-semibold leading-tight tracking-wide text-ink sm:text-4xl">
          {t("heroTitle")}
        </h1>
        <p className="mt-6 max-w-2xl text-lg text-ink-muted">{t("heroLine")}</p>
        <hr className="stitch-rule mt-12 w-24" />
      </section>

      <section aria-labelledby="products-heading">
        <h2 id="products-heading" className="mb-8 text-lg font-medium tracking-widest text-gold-700">
          {t("productsHeading")}
        </h2>
        {products.length > 0 ? (
          <ProductGrid products={products} locale={locale} />
        ) : (
          <p className="text-ink-muted">{t("empty")}</p>
        )}
      </section>
    </>
  );
}
