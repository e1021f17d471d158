"use client";

import { useTranslations } from "@/i18n/client";
import { BellIcon } from "@/components/desk/icons";
import { Link, usePathname } from "@/i18n/navigation";
import { UnreadBadge, type NoticesReadDetail } from "./unread-badge";

/** The way to her notices from a section's header: a bell and a word, with how many are new. */
export function NoticesLink({ href, reader, unread }: { href: "/desk/notices" | "/me/notices"; reader: NoticesReadDetail["reader"]; unread: number }) {
  const t = useTranslations("Notices");
  const current = usePathname().startsWith(href);
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      data-testid="notices-link"
      className={`flex min-h-11 items-center gap-1 rounded-full px-2 text-sm hover:bg-gold-100 ${current ? "font-semibold text-cinnabar-700" : "text-ink-muted hover:text-ink"}`}
    >
      <span className="relative inline-flex">
        <BellIcon size={20} />
        <span className="absolute -right-3 -top-2">
          <UnreadBadge reader={reader} initial={unread} />
        </span>
      </span>
      <span className="ml-0.5 whitespace-nowrap">{t("nav")}</span>
    </Link>
  );
}
