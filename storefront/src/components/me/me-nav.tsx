"use client";

import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/i18n/navigation";
import { HomeIcon, SettingsIcon } from "@/components/desk/icons";

const ITEMS = [
  { href: "/me", key: "income", Icon: HomeIcon },
  { href: "/me/settings", key: "settings", Icon: SettingsIcon },
] as const;

/** Two big tabs: her money, and her goal and password. */
export function MeNav() {
  const t = useTranslations("MeShell");
  const pathname = usePathname();
  return (
    <nav aria-label={t("navLabel")} className="border-b border-gold-200 bg-paper">
      <ul className="mx-auto flex max-w-3xl">
        {ITEMS.map(({ href, key, Icon }) => {
          const current = href === "/me" ? pathname === "/me" || pathname.startsWith("/me/month") : pathname.startsWith(href);
          return (
            <li key={href} className="flex-1">
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                data-testid={`me-nav-${key}`}
                className={`flex min-h-12 items-center justify-center gap-2 border-b-[3px] px-2 py-2 text-base ${
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
