import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { AccountNav } from "@/components/account/account-nav";
import { requireCustomer } from "@/components/account/require-customer";
import { OrderDetails } from "@/components/checkout/order-details";
import { OrderMakers } from "@/components/checkout/order-makers";
import { Link } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { retrieveOrder, retrieveOrderMakers } from "@/lib/data/orders";
import { isMarket } from "@/lib/market";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/[market]/account/orders/[id]">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Account" });
  return { title: t("ordersHeading"), robots: { index: false } };
}

/** One of the customer's orders; another customer's order (or a guest order) is not found. */
export default async function AccountOrderPage({ params }: PageProps<"/[locale]/[market]/account/orders/[id]">) {
  const { locale, market, id } = await params;
  if (!hasLocale(routing.locales, locale) || !isMarket(market)) notFound();
  const customer = await requireCustomer(locale, `/account/orders/${id}`);
  const order = await retrieveOrder(id);
  if (!order || order.customer_id !== customer.id) notFound();
  const t = await getTranslations({ locale, namespace: "Account" });
  const makers = await retrieveOrderMakers(order.id);

  return (
    <section className="space-y-8 py-10 sm:py-14" data-testid="account-order-page" data-order-id={order.id}>
      <header className="space-y-4">
        <h1 className="text-2xl font-semibold tracking-wide text-ink sm:text-3xl">{t("orderTitle", { number: order.display_id ?? order.id })}</h1>
        <AccountNav locale={locale} current="orders" />
      </header>
      {makers && <OrderMakers makers={makers} locale={locale} />}
      <OrderDetails order={order} locale={locale} />
      <Link href="/account" className="inline-block text-sm text-cinnabar-700 underline-offset-4 hover:underline">
        {t("backToOrders")}
      </Link>
    </section>
  );
}
