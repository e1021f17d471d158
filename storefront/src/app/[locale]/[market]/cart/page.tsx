import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { CartLine } from "@/components/cart/cart-line";
import { quantityChoices } from "@/lib/checkout/quantity-choices";
import { PromoCode } from "@/components/cart/promo-code";
import { Totals } from "@/components/cart/totals";
import { ClientMessages } from "@/components/checkout/client-messages";
import { Link } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { localizedVariantTitles, retrieveCartForMarket, variantStock } from "@/lib/data/cart";
import { lineViews } from "@/lib/checkout/line-views";
import { isMarket } from "@/lib/market";
import { renderPerRequest } from "@/lib/security/per-request";

// Per visitor (reads the cart cookie): never cached.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/[market]/cart">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "CartPage" });
  return { title: t("title"), robots: { index: false } };
}

export default async function CartPage({ params }: PageProps<"/[locale]/[market]/cart">) {
  await renderPerRequest();
  const { locale, market } = await params;
  if (!hasLocale(routing.locales, locale) || !isMarket(market)) notFound();
  const t = await getTranslations({ locale, namespace: "CartPage" });
  const cart = await retrieveCartForMarket(market, locale);
  const items = cart?.items ?? [];

  if (!cart || items.length === 0) {
    return (
      <section className="py-12 sm:py-16" data-testid="cart-page">
        <h1 className="text-2xl font-semibold tracking-wide text-ink sm:text-3xl">{t("title")}</h1>
        <p className="mt-6 text-ink" data-testid="cart-empty">
          {t("empty")}
        </p>
        <p className="mt-2 text-ink-muted">{t("emptyHint")}</p>
        <Link href="/" className="mt-8 inline-flex min-h-11 items-center rounded-full bg-cinnabar-700 px-6 text-paper hover:bg-cinnabar-800">
          {t("continueShopping")}
        </Link>
      </section>
    );
  }

  const productIds = items.map((item) => item.product_id ?? "");
  const [titles, stock] = await Promise.all([
    locale === "zh-CN" ? Promise.resolve({}) : localizedVariantTitles(productIds, locale),
    variantStock(productIds),
  ]);
  // each line's quantity menu: no more than is in stock, and how many are left when few are
  const lines = lineViews(items, cart.currency_code, locale, titles).map((line) => {
    const item = items.find((i) => i.id === line.id);
    return { ...line, ...quantityChoices(line.quantity, (item?.variant_id && stock[item.variant_id]) || null) };
  });
  const count = items.reduce((sum, item) => sum + item.quantity, 0);
  const codes = (cart.promotions ?? []).map((promotion) => promotion.code).filter((code): code is string => Boolean(code));

  return (
    <section className="py-12 sm:py-16" data-testid="cart-page" data-currency={cart.currency_code}>
      <h1 className="text-2xl font-semibold tracking-wide text-ink sm:text-3xl">{t("title")}</h1>
      <p className="mt-2 text-sm text-ink-muted" data-testid="cart-count-text">
        {t("itemCount", { count })}
      </p>
      <div className="mt-8 grid gap-10 lg:grid-cols-[1fr_22rem]">
        <ClientMessages locale={locale} namespaces={["CartPage"]}>
          <section aria-labelledby="cart-items-heading">
            <h2 id="cart-items-heading" className="sr-only">
              {t("itemsHeading")}
            </h2>
            <ul className="divide-y divide-gold-200/70 border-y border-gold-200/70">
              {lines.map((line) => (
                <CartLine key={line.id} line={line} locale={locale} />
              ))}
            </ul>
          </section>
          <aside className="space-y-8 rounded-sm bg-gold-100/50 p-5 sm:p-6 lg:self-start">
            <PromoCode codes={codes} locale={locale} />
            <Totals
              data={{
                currency_code: cart.currency_code,
                item_subtotal: cart.item_subtotal,
                shipping_subtotal: cart.shipping_subtotal,
                discount_subtotal: (cart as { discount_subtotal?: number }).discount_subtotal ?? cart.discount_total,
                tax_total: cart.tax_total,
                total: cart.total,
                hasShipping: (cart.shipping_methods ?? []).length > 0,
              }}
            />
            <Link
              href="/checkout"
              data-testid="go-to-checkout"
              className="flex min-h-11 w-full items-center justify-center rounded-full bg-cinnabar-700 px-6 text-paper hover:bg-cinnabar-800"
            >
              {t("checkout")}
            </Link>
          </aside>
        </ClientMessages>
      </div>
    </section>
  );
}
