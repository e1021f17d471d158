"use client";

import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/i18n/navigation";
import { CalendarIcon, ListIcon, PencilIcon } from "./icons";

const ITEMS = [
  { href: "/desk", key: "today", Icon: PencilIcon },
  { href: "/desk/history", key: "history", Icon: ListIcon },
  { href: "/desk/month", key: "month", Icon: CalendarIcon },
] as const;

/** The desk's three screens, as large tabs with an icon and a word. */
export function DeskNav() {
  const t = useTranslations("DeskShell");
  const pathname = usePathname();
  return (
    <nav aria-label={t("navLabel")} className="border-b border-gold-200 bg-paper">
      <ul className="mx-auto flex max-w-3xl">
        {ITEMS.map(({ href, key, Icon }) => {
          const current = href === "/desk" ? pathname === "/desk" : pathname.startsWith(href);
          return (
            <li key={href} className="flex-1">
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                data-testid={`desk-nav-${key}`}
                className={`flex min-h-12 flex-col items-center justify-center gap-0.5 border-b-[3px] px-2 py-1.5 text-sm ${
                  current ? "border-cinnabar-700 font-semibold text-cinnabar-700" : "border-transparent text-ink-muted hover:text-ink"
                }`}
              >
                <Icon size={22} />
                {t(`nav.${key}`)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
