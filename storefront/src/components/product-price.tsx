import { formatMoney } from "@jinxiu/workshop/domain/money";
import { useTranslations } from "next-intl";
import type { Price } from "@/lib/product-price";

type ProductPriceProps = {
  price: Price | null;
  locale: string;
  /** "from ¥268" (the cheapest of several versions) */
  from?: boolean;
  className?: string;
};

export function ProductPrice({ price, locale, from = false, className }: ProductPriceProps) {
  const t = useTranslations("Product");

  if (!price) {
    return (
      <p data-testid="product-price" className={className}>
        {t("priceUnavailable")}
      </p>
    );
  }
  const amount = formatMoney(price.amount, locale, { currency: price.currencyCode });
  return (
    <p data-testid="product-price" className={className}>
      {from ? t("fromPrice", { price: amount }) : amount}
    </p>
  );
}
