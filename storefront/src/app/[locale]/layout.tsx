import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { IntlProvider } from "@/i18n/client";
import { getMessages, getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import "../globals.css";

// Only /zh-CN and /en exist: the layout answers 404 for anything else in the locale position (e.g.
// /favicon.ico), and the request config falls back to zh-CN, so no Intl call sees a bad locale.
// No `dynamicParams = false` here: Next applies it to every segment below, and the shop's pages
// are rendered on their first request ([market] prerenders nothing at build time).

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return {
    title: { default: t("title"), template: t("titleTemplate") },
    description: t("description"),
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();

  const t = await getTranslations({ locale, namespace: "Layout" });
  // Each section (the shop under [market], the desk, the income pages) renders its own header and
  // the <main id="main"> the skip link points at.
  // Client Components get only the messages they use, not the whole catalogue.
  const { ErrorPage, LanguageSwitch } = await getMessages({ locale });

  return (
    <html lang={locale}>
      <body className="min-h-screen">
        <IntlProvider locale={locale} messages={{ ErrorPage, LanguageSwitch }}>
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:bg-paper focus:px-3 focus:py-2"
          >
            {t("skipToContent")}
          </a>
          {children}
        </IntlProvider>
      </body>
    </html>
  );
}
