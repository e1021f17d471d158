import { currentMonth, isMonth } from "@jinxiu/workshop/domain/calendar";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { PaySlipView } from "@/components/slip/pay-slip";
import { slipLayoutOf } from "@/components/slip/slip-layout";
import { SlipToolbar } from "@/components/slip/slip-toolbar";
import { Link } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { formatMonth } from "@/lib/desk/date-format";
import { herSlip, herStatements, requireArtisan } from "@/lib/me/data";

export async function generateMetadata({ params }: PageProps<"/[locale]/me/month/[period]/slip">): Promise<Metadata> {
  const { locale, period } = await params;
  if (!hasLocale(routing.locales, locale) || !isMonth(period)) return {};
  const t = await getTranslations({ locale, namespace: "PaySlip" });
  return { title: t("titleMonth", { month: formatMonth(period, locale) }) };
}

/** Her pay slip of a closed month, to read on the phone or print (A4, or `?layout=receipt` for 80 mm). */
export default async function MeSlipPage({ params, searchParams }: PageProps<"/[locale]/me/month/[period]/slip">) {
  const { locale, period } = await params;
  if (!hasLocale(routing.locales, locale) || !isMonth(period) || period > currentMonth()) notFound();
  const { token } = await requireArtisan(locale);
  const layout = slipLayoutOf((await searchParams).layout);
  const statement = (await herStatements(locale, token)).find((s) => s.period === period);
  const slip = statement ? await herSlip(locale, token, statement.id) : null;
  const back = `/me/month/${period}`;
  if (!slip) {
    const t = await getTranslations({ locale, namespace: "PaySlip" });
    return (
      <div className="space-y-4">
        <Link href={back} className="inline-flex min-h-11 items-center text-base text-cinnabar-700">
          {t("back")}
        </Link>
        <p className="rounded-xl bg-gold-100 p-4" data-testid="slip-not-closed">
          {t("notClosed")}
        </p>
      </div>
    );
  }
  return (
    <>
      <SlipToolbar locale={locale} path={`/me/month/${period}/slip`} layout={layout} back={back} />
      <PaySlipView slip={slip} locale={locale} layout={layout} />
    </>
  );
}
