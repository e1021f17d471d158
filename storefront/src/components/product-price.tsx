import { useTranslations } from "next-intl";
import { formatMoney } from "@/lib/money";
import type { Price } from "@/lib/product-price";

type ProductPriceProps = {
  price: Price | null;
  locale: string;
  className?: string;
};

export function ProductPrice({ price, locale, className }: ProductPriceProps) {
  const t = useTranslations("Product");

  return (
    <p data-testid="product-price" className={className}>
      {price ? formatMoney(price.amount, price.currencyCode, locale) : t("priceUnavailable")}
    </p>
  );
}
