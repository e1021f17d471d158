import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { IntlProvider } from "@/i18n/client";
import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { renderPerRequest } from "@/lib/security/per-request";
import { pickMessages } from "@/lib/desk/messages";
import { ME_CLIENT_NAMESPACES } from "@/lib/me/messages";

/** The craftswomen's income pages: what she earned, on her own phone. */
export async function generateMetadata({ params }: LayoutProps<"/[locale]/me">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "MeShell" });
  return { title: { default: t("title"), template: `%s · ${t("title")}` }, robots: { index: false, follow: false } };
}

export default async function MeLayout({ children, params }: LayoutProps<"/[locale]/me">) {
  await renderPerRequest();
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const messages = await pickMessages(locale, ME_CLIENT_NAMESPACES);
  return (
    <IntlProvider locale={locale} messages={messages}>
      <div className="min-h-screen bg-paper text-base">{children}</div>
    </IntlProvider>
  );
}
