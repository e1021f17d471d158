import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { CartChanged } from "@/components/cart/cart-changed";
import { OrderDetails } from "@/components/checkout/order-details";
import { OrderMakers } from "@/components/checkout/order-makers";
import { Link } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { getRememberedOrders } from "@/lib/cookies";
import { retrieveCustomer } from "@/lib/data/customer";
import { retrieveOrder, retrieveOrderMakers } from "@/lib/data/orders";
import { isMarket } from "@/lib/market";
import { renderPerRequest } from "@/lib/security/per-request";

// Per visitor: never cached.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/[market]/order/[id]/confirmed">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "OrderConfirmed" });
  return { title: t("title"), robots: { index: false } };
}

/**
 * The order confirmation. Shown to the browser that placed the order (its recent orders are in an
 * httpOnly cookie) or to the customer it belongs to; anyone else gets the not-found page.
 */
export default async function OrderConfirmedPage({ params }: PageProps<"/[locale]/[market]/order/[id]/confirmed">) {
  await renderPerRequest();
  const { locale, market, id } = await params;
  if (!hasLocale(routing.locales, locale) || !isMarket(market)) notFound();
  const [order, remembered, customer] = await Promise.all([retrieveOrder(id), getRememberedOrders(), retrieveCustomer()]);
  if (!order) notFound();
  const mine = remembered.includes(order.id) || (customer !== null && order.customer_id === customer.id);
  if (!mine) notFound();

  const t = await getTranslations({ locale, namespace: "OrderConfirmed" });
  const makers = await retrieveOrderMakers(order.id);

  return (
    <section className="space-y-10 py-10 sm:py-14" data-testid="order-confirmed" data-order-id={order.id}>
      <CartChanged />
      <header>
        <h1 className="text-2xl font-semibold tracking-wide text-ink sm:text-3xl">{t("title")}</h1>
        <p className="mt-3 text-lg text-ink">{t("thanks")}</p>
        <p className="mt-2 text-ink" data-testid="order-number">
          {t("orderNumber", { number: order.display_id ?? order.id })}
        </p>
        {order.email && <p className="mt-1 text-sm text-ink-muted">{t("emailSent", { email: order.email })}</p>}
      </header>
      {makers && <OrderMakers makers={makers} locale={locale} />}
      <OrderDetails order={order} locale={locale} />
      <div className="flex flex-wrap gap-4">
        <Link href="/" className="inline-flex min-h-11 items-center rounded-full bg-cinnabar-700 px-6 text-paper hover:bg-cinnabar-800">
          {t("continueShopping")}
        </Link>
        {customer && (
          <Link href="/account" className="inline-flex min-h-11 items-center rounded-full border border-gold-200 px-6 text-ink hover:border-cinnabar-700">
            {t("viewOrders")}
          </Link>
        )}
      </div>
    </section>
  );
}
