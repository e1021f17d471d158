import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/checkout/client-messages";
import { ApplyForm } from "@/components/jobs/apply-form";
import { FeatureList } from "@/components/jobs/feature-icons";
import { OpeningFacts } from "@/components/jobs/opening-facts";
import { PayRangeBlock } from "@/components/jobs/pay-range";
import { Link } from "@/i18n/navigation";
import { pickText } from "@/lib/catalog/bilingual";
import { pageMetadata } from "@/lib/catalog/page-metadata";
import { shopParams } from "@/lib/catalog/shop-params";
import { getOpening } from "@/lib/data/openings";
import { openingTexts } from "@/lib/jobs/opening-text";

type Props = PageProps<"/[locale]/[market]/jobs/[id]">;

// No opening is rendered at build time (the backend isn't running then): each is rendered on its
// first request, then served from the cache and refreshed with its data (every minute).
export function generateStaticParams() {
  return [];
}

/** Opening ids are the backend's (`opn_…`); anything else is not asked of the backend. */
const OPENING_ID = /^[A-Za-z0-9_-]{1,64}$/;

async function loadOpening(params: Props["params"]) {
  const { locale, id } = await shopParams(params);
  const opening = OPENING_ID.test(id) ? await getOpening(id) : null;
  return { locale, opening };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, opening } = await loadOpening(params);
  if (!opening) return {};
  const t = await getTranslations({ locale, namespace: "Jobs" });
  const meta = await getTranslations({ locale, namespace: "Metadata" });
  const text = openingTexts(locale, opening);
  return pageMetadata({
    locale,
    path: `/jobs/${opening.id}`,
    title: `${text.title} · ${t("title")}`,
    description: t("openingDescription", { workshop: text.workshop, place: t(`place.${opening.place}`, { place: text.place }), hours: text.hours }),
    siteName: meta("title"),
    type: "article",
  });
}

/** One mama-post opening: what, where, when, pay, the workshop's features explained, and applying. */
export default async function OpeningPage({ params }: Props) {
  const { locale, opening } = await loadOpening(params);
  if (!opening) notFound();
  const t = await getTranslations({ locale, namespace: "Jobs" });
  const apply = await getTranslations({ locale, namespace: "JobApply" });
  const text = openingTexts(locale, opening);
  const description = pickText(locale, opening.description_zh, opening.description_en);
  const open = opening.status === "open";

  return (
    <div className="py-8 sm:py-14" data-testid="opening-page" data-opening-id={opening.id}>
      <nav aria-label={t("breadcrumbLabel")} className="mb-4 text-sm text-ink-muted">
        <Link href="/jobs" className="inline-flex min-h-11 items-center hover:text-cinnabar-700">
          {t("title")}
        </Link>
      </nav>
      <div className="grid gap-10 lg:grid-cols-[1fr_24rem] lg:gap-14">
        <div>
          <h1 className="text-2xl font-semibold leading-snug tracking-wide text-ink sm:text-3xl">{text.title}</h1>
          {!open && (
            <p role="note" className="mt-4 rounded-sm border border-cinnabar-700/30 bg-cinnabar-50 p-4 text-ink" data-testid="opening-closed">
              {t("closed")}{" "}
              <Link href="/jobs" className="text-cinnabar-700 underline underline-offset-4">
                {t("otherOpenings")}
              </Link>
            </p>
          )}
          <section aria-labelledby="details-heading" className="mt-6 space-y-5">
            <h2 id="details-heading" className="sr-only">
              {t("detailsHeading")}
            </h2>
            <OpeningFacts opening={opening} locale={locale} linkWorkshop />
            {open && (
              <a
                href="#apply"
                className="inline-flex min-h-12 items-center justify-center rounded-full bg-cinnabar-700 px-8 text-lg text-paper hover:bg-cinnabar-800 lg:hidden"
              >
                {apply("heading")}
              </a>
            )}
            <FeatureList features={opening.features} />
            <div className="rounded-sm bg-gold-100/60 p-4">
              <PayRangeBlock pay={opening.pay} locale={locale} />
            </div>
          </section>

          <section aria-labelledby="work-heading" className="mt-10">
            <h2 id="work-heading" className="text-lg font-medium tracking-widest text-gold-700">
              {t("workHeading")}
            </h2>
            {opening.work?.length ? (
              <ul className="mt-3 flex flex-wrap gap-2" data-testid="opening-work">
                {opening.work.map((w) => (
                  <li key={w.id} className="rounded-full border border-gold-400 bg-paper px-3 py-1 text-base text-ink">
                    {locale === "en" ? w.name_en : w.name_zh}
                  </li>
                ))}
              </ul>
            ) : null}
            {description ? (
              <p className="mt-3 whitespace-pre-line text-lg text-ink" lang={description.lang === locale ? undefined : description.lang}>
                {description.text}
              </p>
            ) : opening.work?.length ? null : (
              <p className="mt-3 text-ink-muted">{t("noDescription")}</p>
            )}
          </section>

          <section aria-labelledby="features-heading" className="mt-10">
            <h2 id="features-heading" className="text-lg font-medium tracking-widest text-gold-700">
              {t("featuresHeading")}
            </h2>
            <div className="mt-4">
              {opening.features.length > 0 ? <FeatureList features={opening.features} explained /> : <p className="text-ink-muted">{t("noFeatures")}</p>}
            </div>
          </section>
        </div>

        {open && (
          <section aria-labelledby="apply-heading" className="lg:pt-2" id="apply">
            <div className="rounded-sm border border-gold-200 p-4 sm:p-6">
              <h2 id="apply-heading" className="text-xl font-semibold text-ink">
                {apply("heading")}
              </h2>
              <p className="mt-2 text-ink-muted">{apply("intro")}</p>
              <div className="mt-5">
                <ClientMessages locale={locale} namespaces={["JobApply"]}>
                  <ApplyForm openingId={opening.id} locale={locale} />
                </ClientMessages>
              </div>
            </div>
          </section>
        )}
      </div>
    </div>
  );
}
