import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { NoticesPage } from "@/components/notices/notices-page";
import { routing } from "@/i18n/routing";
import { requireCoordinator } from "@/lib/desk/data";
import { readerNotices } from "@/lib/notices/data";
import { offsetParam } from "@/lib/notices/notice-view";

export async function generateMetadata({ params }: PageProps<"/[locale]/desk/notices">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Notices" });
  return { title: t("heading") };
}

/** Her notices on the desk: a woman of her workshops questioned her month. */
export default async function DeskNoticesPage({ params, searchParams }: PageProps<"/[locale]/desk/notices">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const { token } = await requireCoordinator(locale);
  const answer = await readerNotices("coordinator", locale, token, offsetParam((await searchParams).offset));
  return <NoticesPage locale={locale} audience="desk" answer={answer} basePath="/desk/notices" />;
}
