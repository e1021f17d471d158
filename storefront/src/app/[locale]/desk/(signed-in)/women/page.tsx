import { addMonths, monthOf, todayInChina } from "@jinxiu/workshop/domain/calendar";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { ResetPassword } from "@/components/desk/reset-password";
import { Link } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { listArtisans, requireCoordinator, workshopStatements } from "@/lib/desk/data";
import { formatMonth } from "@/lib/desk/date-format";

export async function generateMetadata({ params }: PageProps<"/[locale]/desk/women">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "DeskShell" });
  return { title: t("nav.women") };
}

/**
 * The women of her workshops, by workshop; for each, a new password when she forgot hers or
 * locked her login (the backend lifts the lock with it).
 */
export default async function DeskWomenPage({ params }: PageProps<"/[locale]/desk/women">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const { token, coordinator } = await requireCoordinator(locale);
  const t = await getTranslations({ locale, namespace: "DeskWomen" });
  // last month's pay slips, to print and hand out (there are none until the month is closed)
  const lastMonth = addMonths(monthOf(todayInChina()), -1);
  const [artisans, statements] = await Promise.all([listArtisans(locale, token), workshopStatements(locale, token, lastMonth)]);
  const slipOf = new Map(statements.map((s) => [s.artisan_id, s.id]));
  const ts = await getTranslations({ locale, namespace: "PaySlip" });
  const collator = new Intl.Collator(locale);

  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-xl font-semibold">{t("heading")}</h1>
        <p className="mt-1 text-base text-ink-muted">{t("intro")}</p>
      </div>
      {coordinator.workshops.map((workshop) => {
        const women = artisans
          .filter((a) => a.workshop_id === workshop.id)
          .sort((a, b) => collator.compare(a.display_name, b.display_name));
        return (
          <section key={workshop.id} aria-labelledby={`ws-${workshop.id}`} className="rounded-2xl border border-gold-200 bg-white p-3 sm:p-4">
            <h2 id={`ws-${workshop.id}`} className="text-lg font-semibold">
              {locale === "zh-CN" ? workshop.name_zh : workshop.name_en}
            </h2>
            {women.length ? (
              <ul className="mt-2 divide-y divide-gold-200" data-testid="women-list">
                {women.map((woman) => (
                  <li key={woman.id} className="flex flex-wrap items-center justify-between gap-2 py-3" data-testid="woman-row" data-artisan-id={woman.id}>
                    <span className="text-lg font-medium">
                      {woman.display_name}
                      {woman.status !== "active" ? (
                        <span className="ml-2 rounded-full bg-gold-100 px-2 py-0.5 text-sm text-gold-700">{t(`status.${woman.status}`)}</span>
                      ) : null}
                    </span>
                    {slipOf.has(woman.id) ? (
                      <Link href={`/desk/slip/${slipOf.get(woman.id)}`} prefetch={false} className="inline-flex min-h-11 items-center text-sm text-cinnabar-700 underline underline-offset-4" data-testid="desk-slip-link">
                        {ts("titleMonth", { month: formatMonth(lastMonth, locale) })}
                      </Link>
                    ) : null}
                    <ResetPassword artisanId={woman.id} name={woman.display_name} locale={locale} />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-2 text-base text-ink-muted">{t("none")}</p>
            )}
          </section>
        );
      })}
    </div>
  );
}
