import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { NoticesPage } from "@/components/notices/notices-page";
import { routing } from "@/i18n/routing";
import { requireArtisan } from "@/lib/me/data";
import { readerNotices } from "@/lib/notices/data";
import { offsetParam } from "@/lib/notices/notice-view";

export async function generateMetadata({ params }: PageProps<"/[locale]/me/notices">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Notices" });
  return { title: t("heading") };
}

/** Her notices: her month closed, a payout sent or come back, her question answered. */
export default async function MeNoticesPage({ params, searchParams }: PageProps<"/[locale]/me/notices">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const { token } = await requireArtisan(locale);
  const answer = await readerNotices("artisan", locale, token, offsetParam((await searchParams).offset));
  return <NoticesPage locale={locale} audience="me" answer={answer} basePath="/me/notices" />;
}
