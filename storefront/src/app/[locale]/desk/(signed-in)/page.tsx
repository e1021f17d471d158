import { todayInChina } from "@jinxiu/workshop/domain/calendar";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { DayTotals } from "@/components/desk/day-totals";
import { DeskToday } from "@/components/desk/desk-today";
import { routing } from "@/i18n/routing";
import { daySummary, listArtisans, listPieceTypes, requireCoordinator } from "@/lib/desk/data";
import { formatDay } from "@/lib/desk/date-format";

export async function generateMetadata({ params }: PageProps<"/[locale]/desk">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "DeskShell" });
  return { title: t("nav.today") };
}

/** Today on the desk: record the day's work, see what is waiting, and the day's totals. */
export default async function DeskTodayPage({ params }: PageProps<"/[locale]/desk">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const { token, coordinator } = await requireCoordinator(locale);
  const today = todayInChina();
  const [artisans, pieceTypes, summary] = await Promise.all([
    listArtisans(locale, token),
    listPieceTypes(locale, token),
    daySummary(locale, token, today),
  ]);
  const t = await getTranslations({ locale, namespace: "DeskToday" });
  return (
    <div className="space-y-6">
      <DeskToday
        coordinatorId={coordinator.id}
        today={today}
        artisans={artisans}
        pieceTypes={pieceTypes}
        workshops={coordinator.workshops}
      />
      <DayTotals
        locale={locale}
        heading={t("totalsHeading", { day: formatDay(today, locale) })}
        artisans={artisans}
        summary={summary}
      />
    </div>
  );
}
