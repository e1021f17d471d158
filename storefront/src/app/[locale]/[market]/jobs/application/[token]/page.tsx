import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { StatusProgress } from "@/components/jobs/status-progress";
import { Link } from "@/i18n/navigation";
import { pick } from "@/lib/catalog/bilingual";
import { shopParams } from "@/lib/catalog/shop-params";
import { getApplicationStatus } from "@/lib/data/openings";
import { isStatusToken } from "@/lib/jobs/apply-form";
import { statusKey } from "@/lib/jobs/application-status";

// Her private status link: asked afresh on every visit, never cached, never indexed.
export const dynamic = "force-dynamic";

type Props = PageProps<"/[locale]/[market]/jobs/application/[token]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await shopParams(params);
  const t = await getTranslations({ locale, namespace: "JobStatus" });
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** What her status link shows: where her application stands, for which opening and workshop. */
export default async function ApplicationStatusPage({ params }: Props) {
  const { locale, token } = await shopParams(params);
  const application = isStatusToken(token) ? await getApplicationStatus(token) : null;
  if (!application) notFound();
  const t = await getTranslations({ locale, namespace: "JobStatus" });
  const format = await getFormatter({ locale });
  const state = statusKey(application.status);
  const day = (value: string) => {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? null : format.dateTime(date, { year: "numeric", month: "long", day: "numeric" });
  };
  const applied = day(application.applied_at);
  const updated = day(application.updated_at);

  return (
    <div className="mx-auto max-w-2xl py-10 sm:py-14" data-testid="application-status" data-status={state}>
      <h1 className="text-2xl font-semibold tracking-wide text-ink sm:text-3xl">{t("heading")}</h1>
      <dl className="mt-6 space-y-2 text-lg">
        <div className="flex flex-wrap gap-x-3">
          <dt className="text-ink-muted">{t("opening")}</dt>
          <dd className="font-medium text-ink">{pick(locale, application.opening.title_zh, application.opening.title_en)}</dd>
        </div>
        <div className="flex flex-wrap gap-x-3">
          <dt className="text-ink-muted">{t("workshop")}</dt>
          <dd className="text-ink">{pick(locale, application.workshop.name_zh, application.workshop.name_en)}</dd>
        </div>
      </dl>

      <section aria-labelledby="status-heading" className="mt-8 rounded-sm border-2 border-gold-200 p-5">
        <h2 id="status-heading" className="text-2xl font-semibold text-cinnabar-700" data-testid="status-word">
          {t(`state.${state}`)}
        </h2>
        <p className="mt-2 text-lg text-ink">{t(`explain.${state}`)}</p>
        <div className="mt-6">
          <StatusProgress status={state} />
        </div>
        <p className="mt-6 text-sm text-ink-muted">
          {applied && t("appliedOn", { date: applied })}
          {updated && updated !== applied && (
            <>
              {" · "}
              {t("updatedOn", { date: updated })}
            </>
          )}
        </p>
      </section>

      {application.opening.status === "closed" && <p className="mt-6 text-ink-muted">{t("openingClosed")}</p>}
      <p className="mt-8 flex flex-wrap gap-x-6 gap-y-2">
        {application.opening.status === "open" && (
          <Link href={`/jobs/${application.opening.id}`} className="inline-flex min-h-11 items-center text-cinnabar-700 underline underline-offset-4">
            {t("viewOpening")}
          </Link>
        )}
        <Link href="/jobs" className="inline-flex min-h-11 items-center text-cinnabar-700 underline underline-offset-4">
          {t("otherOpenings")}
        </Link>
      </p>
    </div>
  );
}
