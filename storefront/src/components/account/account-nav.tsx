import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/locales";
import { logout } from "@/lib/actions/account";

type Section = "overview" | "orders" | "addresses";

/** The account's sections and the log-out button. */
export async function AccountNav({ locale, current }: { locale: AppLocale; current: Section }) {
  const t = await getTranslations({ locale, namespace: "Account" });
  const items: { key: Section; href: string }[] = [
    { key: "overview", href: "/account" },
    { key: "orders", href: "/account#orders" },
    { key: "addresses", href: "/account/addresses" },
  ];
  return (
    <nav aria-label={t("title")} className="flex flex-wrap items-center gap-x-5 gap-y-2 border-b border-gold-200/70 pb-3 text-sm">
      {items.map((item) => (
        <Link
          key={item.key}
          href={item.href}
          aria-current={item.key === current ? "page" : undefined}
          className="inline-flex min-h-11 items-center text-ink underline-offset-8 hover:text-cinnabar-700 aria-[current=page]:font-medium aria-[current=page]:text-cinnabar-700 aria-[current=page]:underline"
        >
          {t(`nav.${item.key}`)}
        </Link>
      ))}
      <form action={logout} className="ml-auto">
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className="inline-flex min-h-11 items-center rounded-full border border-gold-200 px-4 text-ink hover:border-cinnabar-700 hover:text-cinnabar-700" data-testid="logout">
          {t("logout")}
        </button>
      </form>
    </nav>
  );
}
