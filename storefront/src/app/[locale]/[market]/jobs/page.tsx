import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OpeningCard } from "@/components/jobs/opening-card";
import { JobsFilterForm } from "@/components/jobs/jobs-filter-form";
import { Link } from "@/i18n/navigation";
import { pick } from "@/lib/catalog/bilingual";
import { pageMetadata } from "@/lib/catalog/page-metadata";
import { shopParams } from "@/lib/catalog/shop-params";
import { listOpenings } from "@/lib/data/openings";
import { districtsOf, findDistrict, hasJobsFilters, jobsHref, openingsApiQuery, parseJobsQuery } from "@/lib/jobs/jobs-query";

// The filters come from the URL, so the page renders per request; the openings come from the data
// cache (one read per filter combination, refreshed every minute).
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/[market]/jobs">): Promise<Metadata> {
  const { locale } = await shopParams(params);
  const t = await getTranslations({ locale, namespace: "Jobs" });
  const meta = await getTranslations({ locale, namespace: "Metadata" });
  return pageMetadata({ locale, path: "/jobs", title: t("title"), description: t("metaDescription"), siteName: meta("title") });
}

/** The open mama-post openings (妈妈岗), by district, at home and school hours. */
export default async function JobsPage({ params, searchParams }: PageProps<"/[locale]/[market]/jobs">) {
  const { locale } = await shopParams(params);
  const t = await getTranslations({ locale, namespace: "Jobs" });
  const all = await listOpenings("");
  const districts = districtsOf(all);
  const { query, problems } = parseJobsQuery(await searchParams, districts);
  const filtered = hasJobsFilters(query);
  const openings = filtered ? await listOpenings(new URLSearchParams(openingsApiQuery(query)).toString()) : all;

  const chips: Array<{ label: string; href: string }> = [];
  if (query.district) {
    const district = findDistrict(query.district, districts);
    chips.push({ label: t("chipDistrict", { name: district ? pick(locale, district.zh, district.en) : query.district }), href: `/jobs${jobsHref(query, { district: undefined })}` });
  }
  if (query.atHome) chips.push({ label: t("chipAtHome"), href: `/jobs${jobsHref(query, { atHome: false })}` });
  if (query.schoolHours) chips.push({ label: t("chipSchoolHours"), href: `/jobs${jobsHref(query, { schoolHours: false })}` });

  return (
    <div className="py-10 sm:py-14" data-testid="jobs-page">
      <h1 className="text-2xl font-semibold tracking-wide text-ink sm:text-3xl">{t("title")}</h1>
      <p className="mt-3 max-w-2xl text-lg text-ink-muted">{t("intro")}</p>

      <section aria-labelledby="jobs-filters-heading" className="mt-8 rounded-sm bg-gold-100/60 p-4 sm:p-6">
        <h2 id="jobs-filters-heading" className="mb-3 text-sm font-medium tracking-widest text-gold-700">
          {t("filtersHeading")}
        </h2>
        <JobsFilterForm locale={locale} query={query} districts={districts} />
      </section>

      <section aria-labelledby="jobs-results-heading" className="mt-8">
        <h2 id="jobs-results-heading" className="sr-only">
          {t("resultsHeading")}
        </h2>
        {problems.length > 0 && (
          <div role="note" className="mb-6 rounded-sm border border-cinnabar-700/30 bg-cinnabar-50 p-4 text-sm text-ink" data-testid="jobs-query-problems">
            <p className="font-medium">{t("problemsTitle")}</p>
            <ul className="mt-1 list-inside list-disc">
              {problems.map((problem) => (
                <li key={problem.field}>{t(`problem.${problem.reason}`, { field: t(`field.${problem.field}`), value: problem.value })}</li>
              ))}
            </ul>
          </div>
        )}
        <div className="flex flex-wrap items-center gap-3 border-b border-gold-200/70 pb-4">
          <p className="text-ink-muted" data-testid="jobs-count">
            {t("count", { count: openings.length })}
          </p>
          {chips.length > 0 && (
            <ul className="flex flex-wrap gap-2" aria-label={t("activeFilters")}>
              {chips.map((chip) => (
                <li key={chip.label}>
                  <Link href={chip.href} className="inline-flex min-h-9 items-center gap-2 rounded-full border border-gold-200 px-3 text-sm text-ink hover:border-cinnabar-700">
                    <span>{chip.label}</span>
                    <span aria-hidden="true">×</span>
                    <span className="sr-only">{t("removeFilter")}</span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </div>
        {openings.length > 0 ? (
          <ul className="mt-6 grid gap-5 md:grid-cols-2">
            {openings.map((opening) => (
              <li key={opening.id}>
                <OpeningCard opening={opening} locale={locale} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="py-12 text-center text-ink-muted" data-testid="jobs-empty">
            {filtered ? t("emptyFiltered") : t("empty")}{" "}
            {!filtered && (
              <Link href="/workshops" className="text-cinnabar-700 underline underline-offset-4">
                {t("meetWorkshops")}
              </Link>
            )}
          </p>
        )}
      </section>
    </div>
  );
}
