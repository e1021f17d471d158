"use client";

import { useTranslations } from "@/i18n/client";
import { BellIcon, HomeIcon, SettingsIcon } from "@/components/desk/icons";
import { UnreadBadge } from "@/components/notices/unread-badge";
import { SectionTabs } from "@/components/section-tabs";
import { usePathname } from "@/i18n/navigation";

const ITEMS = [
  { href: "/me", key: "income", Icon: HomeIcon },
  { href: "/me/notices", key: "notices", Icon: BellIcon },
  { href: "/me/settings", key: "settings", Icon: SettingsIcon },
] as const;

/** Big tabs: her money, her notices (with how many are new), and her goal and password. */
export function MeNav({ unreadNotices = 0 }: { unreadNotices?: number }) {
  const t = useTranslations("MeShell");
  const tn = useTranslations("Notices");
  const pathname = usePathname();
  const tabs = ITEMS.map(({ href, key, Icon }) => ({
    href,
    label: key === "notices" ? tn("nav") : t(`nav.${key}`),
    Icon,
    testId: `me-nav-${key}`,
    current: href === "/me" ? pathname === "/me" || pathname.startsWith("/me/month") : pathname.startsWith(href),
    badge: key === "notices" ? <UnreadBadge reader="artisan" initial={unreadNotices} /> : undefined,
  }));
  return <SectionTabs label={t("navLabel")} tabs={tabs} stacked />;
}
