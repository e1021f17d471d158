import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { Suspense } from "react";
import { DeskLogoutForm } from "@/components/desk/desk-logout-form";
import { DeskNav } from "@/components/desk/desk-nav";
import { DeskOfflineWorker } from "@/components/desk/desk-offline-worker";
import { SectionHeader } from "@/components/desk/section-header";
import { NoticesLink } from "@/components/notices/notices-link";
import { routing } from "@/i18n/routing";
import { logoutCoordinator } from "@/lib/desk/actions";
import { requireCoordinator } from "@/lib/desk/data";
import { unreadNotices } from "@/lib/notices/data";

/**
 * The signed-in desk: her workshop in the header, the three screens as tabs. Each page she opens is
 * kept by the desk's service worker for an offline open (DeskOfflineWorker).
 */
export default async function SignedInDeskLayout({ children, params }: LayoutProps<"/[locale]/desk">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const { token, coordinator } = await requireCoordinator(locale);
  const unread = await unreadNotices("coordinator", token);
  const workshops = coordinator.workshops.map((w) => (locale === "en" ? w.name_en : w.name_zh)).join(" · ");
  return (
    <>
      <SectionHeader
        namespace="DeskShell"
        locale={locale}
        subtitle={workshops || coordinator.name}
        logoutControl={<DeskLogoutForm action={logoutCoordinator} locale={locale} coordinatorId={coordinator.id} />}
        extra={<NoticesLink href="/desk/notices" reader="coordinator" unread={unread} />}
      />
      <DeskNav />
      <Suspense>
        <DeskOfflineWorker />
      </Suspense>
      <main id="main" className="mx-auto max-w-3xl px-3 pb-24 pt-4 sm:px-4">
        {children}
      </main>
    </>
  );
}
