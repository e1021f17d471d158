import { chinaDateOf } from "@jinxiu/workshop/domain/calendar";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { ApplicationActions, HiredBox } from "@/components/desk/application-actions";
import { Link } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { deskApplications, type DeskApplication } from "@/lib/desk/application-data";
import { DESK_STATE_ORDER, groupApplications, stateFilter } from "@/lib/desk/application-groups";
import { requireCoordinator } from "@/lib/desk/data";
import { formatDay } from "@/lib/desk/date-format";

export async function generateMetadata({ params }: PageProps<"/[locale]/desk/applications">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "DeskShell" });
  return { title: t("nav.applications") };
}

/**
 * The women who applied to her workshops' mama-post openings (妈妈岗), by where each stands:
 * new, contacted, on trial, not now, hired. Each with how to reach her (tap to call), where she
 * lives, when she can work and what she needs for her children, and the application's history;
 * the moves the programme allows, and the hire, which gives her a login shown once.
 */
export default async function DeskApplicationsPage({ params, searchParams }: PageProps<"/[locale]/desk/applications">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const filter = stateFilter((await searchParams).state);
  const { token, coordinator } = await requireCoordinator(locale);
  const t = await getTranslations({ locale, namespace: "DeskApplications" });
  const { applications, count } = await deskApplications(locale, token);
  const { groups, counts } = groupApplications(applications, filter);
  const workshopName = new Map(coordinator.workshops.map((w) => [w.id, locale === "en" ? w.name_en : w.name_zh]));
  const day = (instant: string) => formatDay(chinaDateOf(instant), locale, false);

  const card = (a: DeskApplication) => (
    <li key={a.id} className="space-y-2 rounded-2xl border border-gold-200 bg-white p-3" data-testid="application" data-application-id={a.id} data-status={a.status}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <span className="text-lg font-medium">{a.name}</span>
        <span className="text-sm text-ink-muted">{t("applied", { date: day(a.created_at) })}</span>
      </div>
      <a
        href={`tel:${a.phone}`}
        className="inline-flex min-h-11 items-center rounded-full border border-cinnabar-700 px-4 text-lg font-medium tabular-nums text-cinnabar-700"
        data-testid="application-phone"
        aria-label={t("call", { name: a.name, phone: a.phone })}
      >
        {a.phone}
      </a>
      <p className="text-base" data-testid="application-opening">
        {t("opening", { title: locale === "en" ? a.opening_title_en : a.opening_title_zh })}
        {coordinator.workshops.length > 1 && workshopName.has(a.workshop_id) ? ` · ${workshopName.get(a.workshop_id)}` : ""}
      </p>
      <dl className="grid gap-x-3 gap-y-1 text-base sm:grid-cols-[max-content_1fr]">
        <dt className="text-ink-muted">{t("town")}</dt>
        <dd>{a.town}</dd>
        <dt className="text-ink-muted">{t("availability")}</dt>
        <dd>{a.availability}</dd>
        <dt className="text-ink-muted">{t("childcare")}</dt>
        <dd>{a.childcare_needs || t("childcareNone")}</dd>
      </dl>
      {a.history.length ? (
        <details className="rounded-lg bg-gold-100 px-3 py-2" data-testid="application-history">
          <summary className="min-h-8 cursor-pointer text-base">{t("history", { count: a.history.length })}</summary>
          <ol className="mt-1 space-y-1">
            {a.history.map((move, i) => (
              <li key={i} className="text-base">
                <span className="text-ink-muted">{day(move.created_at)}</span>{" "}
                {move.from_status ? t("moved", { from: t(`states.${move.from_status}`), to: t(`states.${move.to_status}`) }) : t(`states.${move.to_status}`)}
                {move.note ? <span className="block pl-2">{t("note", { note: move.note })}</span> : null}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      <ApplicationActions applicationId={a.id} status={a.status} name={a.name} locale={locale} />
    </li>
  );

  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-base text-ink-muted">{t("intro")}</p>
      </div>
      <nav className="flex flex-wrap gap-2" aria-label={t("filterLabel")}>
        {(["all", ...DESK_STATE_ORDER] as const).map((s) => (
          <Link
            key={s}
            href={s === "all" ? "/desk/applications" : `/desk/applications?state=${s}`}
            aria-current={filter === s ? "page" : undefined}
            data-testid={`applications-filter-${s}`}
            className={`flex min-h-11 items-center rounded-full border px-4 text-base ${filter === s ? "border-cinnabar-700 bg-cinnabar-50 text-cinnabar-700" : "border-gold-400"}`}
          >
            {s === "all" ? t("filterAll", { count: applications.length }) : t("filterState", { state: t(`states.${s}`), count: counts[s] })}
          </Link>
        ))}
      </nav>
      {count > applications.length ? <p className="text-base text-ink-muted">{t("more", { shown: applications.length, count })}</p> : null}
      <HiredBox>
        {groups.length ? (
          <div className="space-y-5">
            {groups.map((group) => (
              <section key={group.state} aria-labelledby={`state-${group.state}`} data-testid="application-group" data-state={group.state}>
                <h2 id={`state-${group.state}`} className="mb-2 text-lg font-semibold">
                  {t("groupHeading", { state: t(`states.${group.state}`), count: group.applications.length })}
                </h2>
                <ul className="space-y-3">{group.applications.map(card)}</ul>
              </section>
            ))}
          </div>
        ) : (
          <p className="rounded-xl bg-gold-100 p-4 text-base" data-testid="applications-empty">
            {filter === "all" ? t("empty") : t("emptyState", { state: t(`states.${filter}`) })}
          </p>
        )}
      </HiredBox>
    </div>
  );
}
