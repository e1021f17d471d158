"use client";

import type { ComponentType, ReactNode } from "react";
import { Link } from "@/i18n/navigation";

export type SectionTab = {
  href: string;
  label: string;
  Icon: ComponentType<{ size?: number }>;
  testId: string;
  current: boolean;
  /** on the icon's corner, e.g. an unread count */
  badge?: ReactNode;
};

/**
 * The big tabs under the header of the desk and of the income pages: an icon and a word each,
 * the current one underlined. `stacked` puts the word under the icon (three tabs on a phone).
 */
export function SectionTabs({ label, tabs, stacked = false }: { label: string; tabs: SectionTab[]; stacked?: boolean }) {
  const layout = stacked ? "flex-col gap-0.5 py-1.5 text-sm" : "gap-2 py-2 text-base";
  return (
    <nav aria-label={label} className="border-b border-gold-200 bg-paper">
      <ul className="mx-auto flex max-w-3xl overflow-x-auto">
        {tabs.map(({ href, label: text, Icon, testId, current, badge }) => (
          <li key={href} className="flex-1">
            <Link
              href={href}
              aria-current={current ? "page" : undefined}
              data-testid={testId}
              className={`flex min-h-12 items-center justify-center border-b-[3px] px-2 ${layout} ${
                current ? "border-cinnabar-700 font-semibold text-cinnabar-700" : "border-transparent text-ink-muted hover:text-ink"
              }`}
            >
              <span className="relative inline-flex">
                <Icon size={22} />
                {badge ? <span className="absolute -right-3.5 -top-2">{badge}</span> : null}
              </span>
              {text}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
