import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AwardBadges } from "@/components/awards/award-badges";
import { OpeningCard } from "@/components/jobs/opening-card";
import { MakerAvatar } from "@/components/maker-avatar";
import { ProductGrid } from "@/components/product-grid";
import { Link } from "@/i18n/navigation";
import { pick, pickText, placeName } from "@/lib/catalog/bilingual";
import { pageMetadata } from "@/lib/catalog/page-metadata";
import { shopParams } from "@/lib/catalog/shop-params";
import { listAwards } from "@/lib/data/awards";
import { listOpenings } from "@/lib/data/openings";
import { listCatalog } from "@/lib/data/products";
import { getMarketRegion } from "@/lib/data/regions";
import { getWorkshop } from "@/lib/data/workshops";

type Props = PageProps<"/[locale]/[market]/workshops/[handle]">;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, handle } = await shopParams(params);
  const workshop = await getWorkshop(handle);
  if (!workshop) return {};
  const meta = await getTranslations({ locale, namespace: "Metadata" });
  return pageMetadata({
    locale,
    path: `/workshops/${workshop.handle}`,
    title: pick(locale, workshop.name_zh, workshop.name_en),
    description: pick(locale, workshop.story_zh, workshop.story_en),
    siteName: meta("title"),
  });
}

export default async function WorkshopPage({ params }: Props) {
  const { locale, market, handle } = await shopParams(params);
  const workshop = await getWorkshop(handle);
  if (!workshop) notFound();
  const t = await getTranslations({ locale, namespace: "Workshops" });
  const jobs = await getTranslations({ locale, namespace: "Jobs" });
  const region = await getMarketRegion(market);
  const [catalog, awards, openings] = await Promise.all([listCatalog(locale, region.id), listAwards("workshop", workshop.id), listOpenings("")]);
  const workshopOpenings = openings.filter((opening) => opening.workshop.id === workshop.id);
  const madeHere = new Set(workshop.product_ids);
  const products = catalog.filter((product) => madeHere.has(product.id));
  const story = pickText(locale, workshop.story_zh, workshop.story_en);
  const place = placeName(locale, workshop);

  return (
    <div className="py-10 sm:py-14" data-testid="workshop-page">
      <nav aria-label={t("breadcrumbLabel")} className="mb-4 text-sm text-ink-muted">
        <Link href="/workshops" className="hover:text-cinnabar-700">
          {t("title")}
        </Link>
      </nav>
      <h1 className="text-2xl font-semibold tracking-wide text-ink sm:text-3xl">{pick(locale, workshop.name_zh, workshop.name_en)}</h1>
      <p className="mt-2 text-gold-700">
        {place}
        {workshop.founded_year ? ` · ${t("founded", { year: workshop.founded_year })}` : ""}
      </p>
      <AwardBadges awards={awards} locale={locale} className="mt-4" />
      <p className="mt-4">
        <a href="#openings-heading" className="inline-flex min-h-11 items-center text-cinnabar-700 underline underline-offset-4" data-testid="workshop-openings-link">
          {jobs("workshopOpenings")}
        </a>
      </p>
      {story && (
        <p className="mt-6 max-w-3xl text-lg text-ink" lang={story.lang === locale ? undefined : story.lang}>
          {story.text}
        </p>
      )}

      <section aria-labelledby="makers-heading" className="mt-14">
        <h2 id="makers-heading" className="text-lg font-medium tracking-widest text-gold-700">
          {t("makersHeading")}
        </h2>
        {workshop.makers.length === 0 ? (
          <p className="mt-4 text-ink-muted">{t("noPublicMakers")}</p>
        ) : (
          <>
            <p className="mt-2 text-sm text-ink-muted">{t("makersConsent")}</p>
            <ul className="mt-6 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
              {workshop.makers.map((maker) => {
                const makerStory = pickText(locale, maker.story_zh, maker.story_en);
                return (
                  <li key={maker.id} className="flex gap-4" data-testid="workshop-maker">
                    <MakerAvatar name={maker.display_name} photoUrl={maker.photo_url} size={56} />
                    <div className="min-w-0">
                      <h3 className="text-lg text-ink">
                        <Link href={`/makers/${maker.id}`} className="hover:text-cinnabar-700 hover:underline">
                          {maker.display_name}
                        </Link>
                      </h3>
                      <p className="text-sm text-gold-700">{t("joined", { year: maker.joined_year })}</p>
                      {makerStory && (
                        <p className="mt-1 line-clamp-3 text-sm text-ink-muted" lang={makerStory.lang === locale ? undefined : makerStory.lang}>
                          {makerStory.text}
                        </p>
                      )}
                    </div>
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="openings-heading" className="mt-14" data-testid="workshop-openings">
        <div className="mb-6 flex flex-wrap items-baseline justify-between gap-4">
          <h2 id="openings-heading" className="text-lg font-medium tracking-widest text-gold-700">
            {jobs("workshopOpenings")}
          </h2>
          <Link href="/jobs" className="text-sm text-cinnabar-700 underline-offset-4 hover:underline">
            {jobs("allOpenings")}
          </Link>
        </div>
        {workshopOpenings.length > 0 ? (
          <ul className="grid gap-5 md:grid-cols-2">
            {workshopOpenings.map((opening) => (
              <li key={opening.id}>
                <OpeningCard opening={opening} locale={locale} headingLevel="h3" />
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-ink-muted">{jobs("noWorkshopOpenings")}</p>
        )}
      </section>

      <section aria-labelledby="products-heading" className="mt-14">
        <div className="mb-6 flex flex-wrap items-baseline justify-between gap-4">
          <h2 id="products-heading" className="text-lg font-medium tracking-widest text-gold-700">
            {t("productsHeading")}
          </h2>
          {products.length > 0 && (
            <Link href={`/store?workshop=${workshop.handle}`} className="text-sm text-cinnabar-700 underline-offset-4 hover:underline">
              {t("productsInShop")}
            </Link>
          )}
        </div>
        {products.length > 0 ? <ProductGrid products={products} locale={locale} /> : <p className="text-ink-muted">{t("noProducts")}</p>}
      </section>
    </div>
  );
}
