import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { IntlProvider } from "@/i18n/client";
import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { renderPerRequest } from "@/lib/security/per-request";
import { DESK_CLIENT_NAMESPACES, pickMessages } from "@/lib/desk/messages";
import { DESK_THEME_COLOR, deskManifestPath } from "@/lib/desk/web-app-manifest";

/** The phone's browser bar in the desk's cinnabar. */
export const viewport: Viewport = { themeColor: DESK_THEME_COLOR };

/** The coordinators' desk: recording the workshop's piecework, on a phone in the workshop. */
export async function generateMetadata({ params }: LayoutProps<"/[locale]/desk">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "DeskShell" });
  const app = await getTranslations({ locale, namespace: "DeskApp" });
  return {
    title: { default: t("title"), template: `%s · ${t("title")}` },
    robots: { index: false, follow: false },
    // Installable: the desk's own manifest (start and scope: the desk in this language).
    manifest: deskManifestPath(locale),
    appleWebApp: { capable: true, title: app("shortName"), statusBarStyle: "default" },
    icons: { apple: "/desk/icon-192.png" },
  };
}

export default async function DeskLayout({ children, params }: LayoutProps<"/[locale]/desk">) {
  await renderPerRequest();
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const messages = await pickMessages(locale, DESK_CLIENT_NAMESPACES);
  return (
    <IntlProvider locale={locale} messages={messages}>
      <div className="min-h-screen bg-paper text-base">{children}</div>
    </IntlProvider>
  );
}
