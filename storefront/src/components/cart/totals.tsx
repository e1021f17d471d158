import { formatMoney } from "@jinxiu/workshop/domain/money";
import { useLocale, useTranslations } from "next-intl";

export type TotalsData = {
  currency_code: string;
  item_subtotal?: number | null;
  shipping_subtotal?: number | null;
  discount_subtotal?: number | null;
  tax_total?: number | null;
  total?: number | null;
  /** false while no shipping method is chosen (cart page): shipping shows "at checkout" */
  hasShipping: boolean;
};

/**
 * Subtotal, shipping, discount, tax and total in the cart's (or order's) currency. Medusa's
 * subtotals are before tax, so subtotal + shipping − discount + tax = total.
 */
export function Totals({ data }: { data: TotalsData }) {
  const t = useTranslations("Totals");
  const locale = useLocale();
  const money = (amount: number | null | undefined) => formatMoney(amount ?? 0, locale, { currency: data.currency_code });
  const discount = Number(data.discount_subtotal ?? 0);
  const tax = Number(data.tax_total ?? 0);

  return (
    <dl className="space-y-2 text-sm" data-testid="totals">
      <Row label={t("subtotal")} value={money(data.item_subtotal)} testId="totals-subtotal" />
      <Row label={t("shipping")} value={data.hasShipping ? money(data.shipping_subtotal) : t("shippingLater")} testId="totals-shipping" />
      {discount > 0 && <Row label={t("discount")} value={`−${money(discount)}`} testId="totals-discount" />}
      <Row label={t("tax")} value={money(tax)} testId="totals-tax" />
      <div className="flex items-baseline justify-between gap-4 border-t border-gold-200 pt-3 text-base font-semibold text-ink">
        <dt>{t("total")}</dt>
        <dd data-testid="totals-total">{money(data.total)}</dd>
      </div>
    </dl>
  );
}

function Row({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="flex items-baseline justify-between gap-4">
      <dt className="text-ink-muted">{label}</dt>
      <dd className="text-ink" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}
