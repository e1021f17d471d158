"use client";

import { Link } from "@/i18n/navigation";
import { useHeaderSummary } from "./header-summary";

type Props = { accountLabel: string; loginLabel: string };

/** "Log in" for a guest, "My account" for a logged-in customer. */
export function AccountLinkIsland({ accountLabel, loginLabel }: Props) {
  const summary = useHeaderSummary();
  const loggedIn = summary?.loggedIn ?? false;
  return (
    <Link
      href={loggedIn ? "/account" : "/account/login"}
      data-testid="account-link"
      className="inline-flex min-h-11 items-center gap-2 rounded-full px-3 text-sm text-ink transition-colors hover:text-cinnabar-700"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="1.6">
        <circle cx="12" cy="8.5" r="3.5" />
        <path d="M5 20c.8-3.6 3.6-5.5 7-5.5s6.2 1.9 7 5.5" />
      </svg>
      <span className="sr-only sm:not-sr-only">{loggedIn ? accountLabel : loginLabel}</span>
    </Link>
  );
}
