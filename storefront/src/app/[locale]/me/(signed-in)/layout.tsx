import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { SectionHeader } from "@/components/desk/section-header";
import { MeNav } from "@/components/me/me-nav";
import { routing } from "@/i18n/routing";
import { logoutArtisan } from "@/lib/me/actions";
import { requireArtisan } from "@/lib/me/data";
import { unreadNotices } from "@/lib/notices/data";

/** The signed-in income pages: her name in the header, the tabs (her notices with how many are new). */
export default async function SignedInMeLayout({ children, params }: LayoutProps<"/[locale]/me">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const { token, artisan } = await requireArtisan(locale);
  const unread = await unreadNotices("artisan", token);
  const workshop = artisan.workshop ? (locale === "en" ? artisan.workshop.name_en : artisan.workshop.name_zh) : "";
  return (
    <>
      <SectionHeader
        namespace="MeShell"
        locale={locale}
        subtitle={[artisan.display_name, workshop].filter(Boolean).join(" · ")}
        logout={logoutArtisan}
      />
      <MeNav unreadNotices={unread} />
      <main id="main" className="mx-auto max-w-3xl px-3 pb-16 pt-4 sm:px-4">
        {children}
      </main>
    </>
  );
}
