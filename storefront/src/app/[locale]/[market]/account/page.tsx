import { formatMoney } from "@jinxiu/workshop/domain/money";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getFormatter, getTranslations } from "next-intl/server";
import { AccountNav } from "@/components/account/account-nav";
import { requireCustomer } from "@/components/account/require-customer";
import { Link } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { CartChanged } from "@/components/cart/cart-changed";
import { listCustomerOrders } from "@/lib/data/orders";
import { isMarket } from "@/lib/market";
import { renderPerRequest } from "@/lib/security/per-request";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/[market]/account">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Account" });
  return { title: t("title"), robots: { index: false } };
}

const STATUSES = ["pending", "completed", "canceled", "archived", "requires_action", "draft"] as const;

export default async function AccountPage({ params }: PageProps<"/[locale]/[market]/account">) {
  await renderPerRequest();
  const { locale, market } = await params;
  if (!hasLocale(routing.locales, locale) || !isMarket(market)) notFound();
  const customer = await requireCustomer(locale, "/account");
  const t = await getTranslations({ locale, namespace: "Account" });
  const format = await getFormatter({ locale });
  const orders = await listCustomerOrders();
  // Chinese names are written family name first, without a space.
  const name =
    (locale === "zh-CN"
      ? [customer.last_name, customer.first_name].filter(Boolean).join("")
      : [customer.first_name, customer.last_name].filter(Boolean).join(" ")) || customer.email;

  return (
    <section className="space-y-10 py-10 sm:py-14" data-testid="account-page">
      {/* Logging in or out changes the header's account link and cart badge. */}
      <CartChanged />
      <header className="space-y-4">
        <h1 className="text-2xl font-semibold tracking-wide text-ink sm:text-3xl">{t("title")}</h1>
        <AccountNav locale={locale} current="overview" />
        <p className="text-lg text-ink" data-testid="account-greeting">
          {t("greeting", { name })}
        </p>
        <p className="text-sm text-ink-muted" data-testid="account-email">
          {customer.email}
        </p>
      </header>
      <section aria-labelledby="orders" className="space-y-4">
        <h2 id="orders" className="text-sm font-medium tracking-widest text-gold-700">
          {t("ordersHeading")}
        </h2>
        {orders.length === 0 ? (
          <p className="text-ink-muted" data-testid="no-orders">
            {t("noOrders")}
          </p>
        ) : (
          <ul className="divide-y divide-gold-200/70 border-y border-gold-200/70" data-testid="order-list">
            {orders.map((order) => {
              const count = (order.items ?? []).reduce((sum, item) => sum + item.quantity, 0);
              const status = STATUSES.find((value) => value === order.status);
              return (
                <li key={order.id} className="flex flex-wrap items-center justify-between gap-3 py-4" data-testid="order-row" data-order-id={order.id}>
                  <div>
                    <p className="font-medium text-ink">{t("orderRow", { number: order.display_id ?? order.id })}</p>
                    <p className="text-sm text-ink-muted">
                      {t("orderPlacedOn", { date: format.dateTime(new Date(order.created_at as string), { dateStyle: "medium" }) })} ·{" "}
                      {t("orderItems", { count })} · {status ? t(`status.${status}`) : order.status}
                    </p>
                  </div>
                  <div className="flex items-center gap-4">
                    <span className="text-ink">{formatMoney(order.total ?? 0, locale, { currency: order.currency_code })}</span>
                    <Link
                      href={`/account/orders/${order.id}`}
                      aria-label={t("viewOrder", { number: order.display_id ?? order.id })}
                      className="inline-flex min-h-11 items-center rounded-full border border-gold-200 px-4 text-sm hover:border-cinnabar-700 hover:text-cinnabar-700"
                    >
                      {t("viewOrder", { number: order.display_id ?? order.id })}
                    </Link>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </section>
  );
}
