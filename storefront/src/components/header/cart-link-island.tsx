"use client";

import { Link } from "@/i18n/navigation";
import { useHeaderSummary } from "./header-summary";

type Props = { label: string; countLabel: string; emptyLabel: string };

/** The cart link with its badge; labels come from the server wrapper (CartLink). */
export function CartLinkIsland({ label, countLabel, emptyLabel }: Props) {
  const summary = useHeaderSummary();
  const count = summary?.itemCount ?? 0;
  const accessibleName = count > 0 ? countLabel.replace("{count}", String(count)) : emptyLabel;

  return (
    <Link
      href="/cart"
      aria-label={accessibleName}
      data-testid="cart-link"
      data-count={count}
      className="relative inline-flex min-h-11 items-center gap-2 rounded-full px-3 text-sm text-ink transition-colors hover:text-cinnabar-700"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="1.6">
        <path d="M5 8h14l-1.2 11.1a1 1 0 0 1-1 .9H7.2a1 1 0 0 1-1-.9L5 8Z" />
        <path d="M9 8V6.5a3 3 0 0 1 6 0V8" />
      </svg>
      <span className="hidden sm:inline">{label}</span>
      {count > 0 && (
        <span
          aria-hidden="true"
          data-testid="cart-count"
          className="min-w-5 rounded-full bg-cinnabar-700 px-1.5 text-center text-xs font-medium leading-5 text-paper"
        >
          {count}
        </span>
      )}
    </Link>
  );
}
