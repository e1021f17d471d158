import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AwardBadges } from "@/components/awards/award-badges";
import { MakerAvatar } from "@/components/maker-avatar";
import { ProductGrid } from "@/components/product-grid";
import { Link } from "@/i18n/navigation";
import { pick, pickText } from "@/lib/catalog/bilingual";
import { pageMetadata } from "@/lib/catalog/page-metadata";
import { shopParams } from "@/lib/catalog/shop-params";
import { listAwards } from "@/lib/data/awards";
import { getMaker } from "@/lib/data/makers";
import { listCatalog } from "@/lib/data/products";
import { getMarketRegion } from "@/lib/data/regions";

type Props = PageProps<"/[locale]/[market]/makers/[id]">;

export function generateStaticParams() {
  return [];
}

/** Maker ids are Medusa-style ids; anything else is not asked of the backend. */
const MAKER_ID = /^[A-Za-z0-9_]{1,64}$/;

async function loadMaker(params: Props["params"]) {
  const { locale, market, id } = await shopParams(params);
  const maker = MAKER_ID.test(id) ? await getMaker(id) : null;
  return { locale, market, maker };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, maker } = await loadMaker(params);
  if (!maker) return {};
  const meta = await getTranslations({ locale, namespace: "Metadata" });
  const t = await getTranslations({ locale, namespace: "MakerPage" });
  return {
    ...pageMetadata({
      locale,
      path: `/makers/${maker.id}`,
      title: t("title", { name: maker.display_name }),
      description: pick(locale, maker.story_zh, maker.story_en) || t("title", { name: maker.display_name }),
      siteName: meta("title"),
      type: "article",
    }),
  };
}

/** A maker's public profile: shown only while she consents (the backend answers 404 otherwise). */
export default async function MakerPage({ params }: Props) {
  const { locale, market, maker } = await loadMaker(params);
  if (!maker) notFound();
  const t = await getTranslations({ locale, namespace: "MakerPage" });
  const region = await getMarketRegion(market);
  const [catalog, awards] = await Promise.all([listCatalog(locale, region.id), listAwards("artisan", maker.id)]);
  const made = new Set(maker.product_ids);
  const products = catalog.filter((product) => made.has(product.id));
  const story = pickText(locale, maker.story_zh, maker.story_en);
  const workshopName = pick(locale, maker.workshop.name_zh, maker.workshop.name_en);

  return (
    <div className="py-10 sm:py-14" data-testid="maker-page">
      <div className="flex flex-col gap-6 sm:flex-row sm:items-center">
        <MakerAvatar name={maker.display_name} photoUrl={maker.photo_url} size={112} />
        <div>
          <h1 className="text-2xl font-semibold tracking-wide text-ink sm:text-3xl">{maker.display_name}</h1>
          <p className="mt-1 text-gold-700">
            <Link href={`/workshops/${maker.workshop.handle}`} className="underline-offset-4 hover:underline">
              {workshopName}
            </Link>
            {" · "}
            {t("joined", { year: maker.joined_year })}
          </p>
          {maker.skills.length > 0 && (
            <p className="mt-2 text-sm text-ink-muted">
              {t("skills")}: {maker.skills.join(locale === "zh-CN" ? "、" : ", ")}
            </p>
          )}
          <AwardBadges awards={awards} locale={locale} className="mt-3" />
        </div>
      </div>

      {story && (
        <section aria-labelledby="story-heading" className="mt-10 max-w-3xl">
          <h2 id="story-heading" className="text-lg font-medium tracking-widest text-gold-700">
            {t("storyHeading")}
          </h2>
          <p className="mt-3 text-lg text-ink" lang={story.lang === locale ? undefined : story.lang}>
            {story.text}
          </p>
        </section>
      )}

      <section aria-labelledby="products-heading" className="mt-14">
        <h2 id="products-heading" className="mb-6 text-lg font-medium tracking-widest text-gold-700">
          {t("productsHeading")}
        </h2>
        {products.length > 0 ? <ProductGrid products={products} locale={locale} /> : <p className="text-ink-muted">{t("noProducts")}</p>}
      </section>
    </div>
  );
}
