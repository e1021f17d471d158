import { useLocale, useTranslations } from "next-intl";
import { AccountLink } from "@/components/header/account-link";
import { CartLink } from "@/components/header/cart-link";
import { MarketSelect } from "@/components/header/market-select";
import { Link } from "@/i18n/navigation";
import type { Market } from "@/lib/market";
import { LanguageSwitch } from "./language-switch";
import { SearchForm } from "./search-form";

const NAV = [
  { href: "/store", key: "shop" },
  { href: "/categories", key: "categories" },
  { href: "/workshops", key: "workshops" },
  { href: "/impact", key: "impact" },
  { href: "/jobs", key: "jobs" },
] as const;

/**
 * The shop's header. It reads no cookies and no request data, so every catalog page stays
 * cacheable per (locale, market): the cart badge, the account link and the market selector are
 * client islands that ask for the visitor's state from the browser.
 */
export function SiteHeader({ market }: { market: Market }) {
  const t = useTranslations("SiteHeader");
  const brand = useTranslations("Brand");
  const locale = useLocale();

  const nav = (className: string, testId: string) => (
    <ul className={className} data-testid={testId}>
      {NAV.map((item) => (
        <li key={item.href}>
          <Link
            href={item.href}
            className="inline-flex min-h-11 items-center whitespace-nowrap px-1 text-ink underline-offset-8 hover:text-cinnabar-700 hover:underline"
          >
            {t(`nav.${item.key}`)}
          </Link>
        </li>
      ))}
    </ul>
  );

  return (
    <header className="border-b border-gold-200/70">
      <div className="bg-gold-100/60">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-end gap-x-4 gap-y-1 px-4 py-1 sm:px-10">
          <p className="mr-auto hidden text-xs text-ink-muted md:block">{t("tagline")}</p>
          <MarketSelect market={market} />
          <LanguageSwitch />
        </div>
      </div>
      <div className="mx-auto flex max-w-6xl items-center gap-4 px-4 py-3 sm:px-10">
        <Link
          href="/"
          className="shrink-0 text-xl font-semibold tracking-wide text-cinnabar-700 hover:text-cinnabar-800"
        >
          {brand("name")}
        </Link>
        <nav aria-label={t("navLabel")} className="hidden lg:block">
          {nav("flex items-center gap-5 text-sm", "site-nav")}
        </nav>
        <div className="ml-auto hidden md:block md:w-64">
          <SearchForm locale={locale} idSuffix="header" />
        </div>
        <div className="ml-auto flex items-center md:ml-0">
          <AccountLink />
          <CartLink />
        </div>
      </div>
      <div className="mx-auto max-w-6xl space-y-2 px-4 pb-3 sm:px-10 lg:hidden">
        <nav aria-label={t("navLabel")}>
          {nav("flex items-center gap-4 overflow-x-auto text-sm", "site-nav-compact")}
        </nav>
        <div className="md:hidden">
          <SearchForm locale={locale} idSuffix="header-compact" />
        </div>
      </div>
    </header>
  );
}
