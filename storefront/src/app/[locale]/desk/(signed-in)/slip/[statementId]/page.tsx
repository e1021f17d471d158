import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { PaySlipView } from "@/components/slip/pay-slip";
import { slipLayoutOf } from "@/components/slip/slip-layout";
import { SlipToolbar } from "@/components/slip/slip-toolbar";
import { routing } from "@/i18n/routing";
import { deskSlip, requireCoordinator } from "@/lib/desk/data";

export async function generateMetadata({ params }: PageProps<"/[locale]/desk/slip/[statementId]">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "PaySlip" });
  return { title: t("title") };
}

/** A woman's pay slip, printed at the desk to hand out in the workshop (A4, or `?layout=receipt` for 80 mm). */
export default async function DeskSlipPage({ params, searchParams }: PageProps<"/[locale]/desk/slip/[statementId]">) {
  const { locale, statementId } = await params;
  if (!hasLocale(routing.locales, locale) || !/^[A-Za-z0-9_-]{1,100}$/.test(statementId)) notFound();
  const { token } = await requireCoordinator(locale);
  const slip = await deskSlip(locale, token, statementId);
  if (!slip) notFound();
  const layout = slipLayoutOf((await searchParams).layout);
  return (
    <>
      <SlipToolbar
        locale={locale}
        path={`/desk/slip/${encodeURIComponent(statementId)}`}
        layout={layout}
        back={`/desk/month?month=${slip.period}`}
      />
      <PaySlipView slip={slip} locale={locale} layout={layout} />
    </>
  );
}
