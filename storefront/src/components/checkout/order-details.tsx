import type { HttpTypes } from "@medusajs/types";
import { getTranslations } from "next-intl/server";
import { Totals } from "@/components/cart/totals";
import type { AppLocale } from "@/i18n/locales";
import { formatAddressLines } from "@/lib/checkout/address";
import { lineViews } from "@/lib/checkout/line-views";
import { localizedVariantTitles } from "@/lib/data/cart";
import { SummaryLines } from "./summary-lines";

/** An order's pieces, delivery address, delivery method and totals (confirmation and account). */
export async function OrderDetails({ order, locale }: { order: HttpTypes.StoreOrder; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "OrderConfirmed" });
  const shippingNames = await getTranslations({ locale, namespace: "ShippingOptions" });
  const items = order.items ?? [];
  const titles = locale === "zh-CN" ? {} : await localizedVariantTitles(items.map((item) => item.product_id ?? ""), locale);
  const lines = lineViews(items, order.currency_code, locale, titles);
  const countryName = (code: string) => new Intl.DisplayNames([locale], { type: "region" }).of(code.toUpperCase()) ?? code;
  const method = (order.shipping_methods ?? [])[0];
  const methodCode = (method?.data as { code?: string } | null | undefined)?.code;
  const methodLabel = methodCode && shippingNames.has(methodCode as "standard") ? shippingNames(methodCode as "standard") : method?.name;

  return (
    <div className="grid gap-10 lg:grid-cols-[1fr_22rem]" data-testid="order-details">
      <section aria-labelledby="order-items-heading">
        <h2 id="order-items-heading" className="text-sm font-medium tracking-widest text-gold-700">
          {t("itemsHeading")}
        </h2>
        <SummaryLines lines={lines} quantityLabel={(count) => `× ${count}`} />
        <div className="mt-8 grid gap-8 sm:grid-cols-2">
          <section aria-labelledby="order-address-heading">
            <h2 id="order-address-heading" className="text-sm font-medium tracking-widest text-gold-700">
              {t("addressHeading")}
            </h2>
            <address className="mt-2 text-sm not-italic text-ink" data-testid="order-address">
              {formatAddressLines(order.shipping_address, countryName).map((line) => (
                <span key={line} className="block">
                  {line}
                </span>
              ))}
            </address>
          </section>
          {method && (
            <section aria-labelledby="order-shipping-heading">
              <h2 id="order-shipping-heading" className="text-sm font-medium tracking-widest text-gold-700">
                {t("shippingHeading")}
              </h2>
              <p className="mt-2 text-sm text-ink">{methodLabel}</p>
            </section>
          )}
        </div>
      </section>
      <aside className="rounded-sm bg-gold-100/50 p-5 sm:p-6 lg:self-start">
        <Totals
          data={{
            currency_code: order.currency_code,
            item_subtotal: order.item_subtotal as number,
            shipping_subtotal: order.shipping_subtotal as number,
            discount_subtotal: ((order as { discount_subtotal?: number }).discount_subtotal ?? order.discount_total) as number,
            tax_total: order.tax_total as number,
            total: order.total as number,
            hasShipping: true,
          }}
        />
      </aside>
    </div>
  );
}
