"use client";

import { useTranslations } from "@/i18n/client";
import { SectionTabs } from "@/components/section-tabs";
import { usePathname } from "@/i18n/navigation";
import { AlertIcon, CalendarIcon, ListIcon, PeopleIcon, PencilIcon, TrainingIcon, UserPlusIcon } from "./icons";

const ITEMS = [
  { href: "/desk", key: "today", Icon: PencilIcon },
  { href: "/desk/history", key: "history", Icon: ListIcon },
  { href: "/desk/month", key: "month", Icon: CalendarIcon },
  { href: "/desk/women", key: "women", Icon: PeopleIcon },
  { href: "/desk/questions", key: "questions", Icon: AlertIcon },
  { href: "/desk/applications", key: "applications", Icon: UserPlusIcon },
  { href: "/desk/training", key: "training", Icon: TrainingIcon },
] as const;

/** The desk's screens, as large tabs with an icon and a word. */
export function DeskNav() {
  const t = useTranslations("DeskShell");
  const pathname = usePathname();
  const tabs = ITEMS.map(({ href, key, Icon }) => ({
    href,
    label: t(`nav.${key}`),
    Icon,
    testId: `desk-nav-${key}`,
    current: href === "/desk" ? pathname === "/desk" : pathname.startsWith(href),
  }));
  return <SectionTabs label={t("navLabel")} tabs={tabs} stacked />;
}
