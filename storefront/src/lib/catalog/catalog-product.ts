import { cheapestPrice, type Price, type PricedVariant, variantPrice } from "../product-price";
import type { ListableProduct } from "./query";
import { isPurchasable, type StockFields } from "./stock";

/** What a product card and the catalog's sorting and filtering need of a product. */
export type CatalogProduct = ListableProduct & {
  handle: string;
  title: string;
  subtitle: string | null;
  thumbnail: string | null;
  /** the cheapest variant's price in the market ("from" price) */
  price: Price | null;
  /** the variants have different prices (the card says "from") */
  priceVaries: boolean;
  /** the workshop the seed or the programme recorded on the product (metadata.workshop_handle) */
  workshopHandle: string | null;
  /** at least one variant can be bought */
  inStock: boolean;
};

/** The subset of a Medusa store product that the catalog list reads (see CATALOG_FIELDS). */
export type CatalogSourceProduct = {
  id: string;
  handle?: string | null;
  title?: string | null;
  subtitle?: string | null;
  thumbnail?: string | null;
  created_at?: string | Date | null;
  metadata?: Record<string, unknown> | null;
  categories?: ReadonlyArray<{ handle?: string | null } | null> | null;
  variants?: ReadonlyArray<PricedVariant & StockFields> | null;
};

export function toCatalogProduct(product: CatalogSourceProduct): CatalogProduct {
  const variants = product.variants ?? [];
  const price = cheapestPrice(variants);
  const workshop = product.metadata?.workshop_handle;
  return {
    id: product.id,
    handle: product.handle ?? product.id,
    title: product.title ?? "",
    subtitle: product.subtitle ?? null,
    thumbnail: product.thumbnail ?? null,
    created_at: product.created_at ?? null,
    categoryHandles: (product.categories ?? []).flatMap((category) => (category?.handle ? [category.handle] : [])),
    price,
    priceVaries: new Set(variants.flatMap((variant) => variantPrice(variant)?.amount ?? [])).size > 1,
    fromPrice: price?.amount ?? null,
    workshopHandle: typeof workshop === "string" && workshop ? workshop : null,
    inStock: variants.some((variant) => isPurchasable(variant)),
  };
}

/**
 * Products related to `product`: others in its categories first, then others from its workshop,
 * in the catalog's order, at most `limit`; out-of-stock products only when nothing else is left.
 */
export function relatedProducts(product: CatalogProduct, catalog: readonly CatalogProduct[], limit = 4): CatalogProduct[] {
  const others = catalog.filter((candidate) => candidate.id !== product.id);
  const sameCategory = others.filter((candidate) =>
    candidate.categoryHandles.some((handle) => product.categoryHandles.includes(handle)),
  );
  const sameWorkshop = product.workshopHandle
    ? others.filter((candidate) => candidate.workshopHandle === product.workshopHandle)
    : [];
  const ordered = [...new Set([...sameCategory, ...sameWorkshop])];
  return [...ordered.filter((p) => p.inStock), ...ordered.filter((p) => !p.inStock)].slice(0, limit);
}
