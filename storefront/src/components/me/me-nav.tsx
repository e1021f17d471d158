"use client";

import { useTranslations } from "next-intl";
import { HomeIcon, SettingsIcon } from "@/components/desk/icons";
import { SectionTabs } from "@/components/section-tabs";
import { usePathname } from "@/i18n/navigation";

const ITEMS = [
  { href: "/me", key: "income", Icon: HomeIcon },
  { href: "/me/settings", key: "settings", Icon: SettingsIcon },
] as const;

/** Two big tabs: her money, and her goal and password. */
export function MeNav() {
  const t = useTranslations("MeShell");
  const pathname = usePathname();
  const tabs = ITEMS.map(({ href, key, Icon }) => ({
    href,
    label: t(`nav.${key}`),
    Icon,
    testId: `me-nav-${key}`,
    current: href === "/me" ? pathname === "/me" || pathname.startsWith("/me/month") : pathname.startsWith(href),
  }));
  return <SectionTabs label={t("navLabel")} tabs={tabs} />;
}
