import { formatMoney } from "@jinxiu/workshop/domain/money";

type ItemLike = {
  id: string;
  title?: string | null;
  product_title?: string | null;
  variant_title?: string | null;
  variant_id?: string | null;
  product_handle?: string | null;
  thumbnail?: string | null;
  quantity: number;
  unit_price?: number | null;
  subtotal?: number | null;
  total?: number | null;
};

type Titles = Record<string, { productTitle: string; variantTitle: string | null; handle: string | null }>;

/**
 * What a cart or order line shows: titles in the page's language when the catalog has them (line
 * items keep the Chinese titles of the moment they were added), prices formatted in the currency.
 * The line total is before tax and discounts (unit price × quantity), like the subtotal.
 */
export function lineViews(items: ItemLike[], currencyCode: string, locale: string, titles: Titles = {}) {
  return [...items]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((item) => {
      const localized = item.variant_id ? titles[item.variant_id] : undefined;
      const unit = Number(item.unit_price ?? 0);
      return {
        id: item.id,
        title: localized?.productTitle ?? item.product_title ?? item.title ?? "",
        variantTitle: localized?.variantTitle ?? item.variant_title ?? null,
        handle: localized?.handle ?? item.product_handle ?? null,
        thumbnail: item.thumbnail ?? null,
        quantity: item.quantity,
        unitPrice: formatMoney(unit, locale, { currency: currencyCode }),
        lineTotal: formatMoney(item.subtotal ?? unit * item.quantity, locale, { currency: currencyCode }),
      };
    });
}
