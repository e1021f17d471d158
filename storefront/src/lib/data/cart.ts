import { stockState, type StockState } from "@/lib/catalog/stock";
import "server-only";
import type { HttpTypes } from "@medusajs/types";
import { cookies } from "next/headers";
import type { AppLocale } from "@/i18n/locales";
import { getAuthHeaders, getCartId, removeCartId, setCartId } from "../cookies";
import { toApiLocale } from "../i18n-locale";
import { MARKET_COOKIE, type Market, isMarket, marketCurrency } from "../market";
import { getMedusaSdk } from "../medusa";
import { getMarketRegion } from "./regions";

/** Everything the cart, checkout and header badge show. */
export const CART_FIELDS = [
  "id",
  "email",
  "currency_code",
  "region_id",
  "customer_id",
  "completed_at",
  "*region",
  "*region.countries",
  "*items",
  "*items.variant",
  "*items.variant.product",
  "*items.thumbnail",
  "*shipping_address",
  "*billing_address",
  "*shipping_methods",
  "*promotions",
  "*payment_collection",
  "*payment_collection.payment_sessions",
  "item_subtotal",
  "item_total",
  "subtotal",
  "shipping_total",
  "shipping_subtotal",
  "tax_total",
  "discount_total",
  "discount_subtotal",
  "original_total",
  "total",
].join(",");

/**
 * The visitor's cart (from the cart cookie), or null when there is none, it no longer exists or it
 * was completed. Always read fresh: it is per visitor and changes on every action.
 */
export async function retrieveCart(
  locale?: AppLocale,
  fields: string = CART_FIELDS,
): Promise<HttpTypes.StoreCart | null> {
  const cartId = await getCartId();
  if (!cartId) return null;
  try {
    const { cart } = await getMedusaSdk().store.cart.retrieve(
      cartId,
      { fields, ...(locale ? { locale: toApiLocale(locale) } : {}) } as HttpTypes.SelectParams,
      { ...(await getAuthHeaders()) },
    );
    if (cart.completed_at) return null;
    return cart;
  } catch {
    return null;
  }
}

/**
 * The visitor's cart, created in the market's region when she has none yet. A cart that is in
 * another region (she switched market) is moved to the market's region first.
 */
export async function getOrCreateCart(market: Market): Promise<HttpTypes.StoreCart> {
  const region = await getMarketRegion(market);
  const existing = await retrieveCart(undefined, "id,region_id,currency_code,customer_id,completed_at");
  const sdk = getMedusaSdk();
  const authHeaders = await getAuthHeaders();
  if (existing) {
    if (existing.region_id !== region.id) {
      const { cart } = await sdk.store.cart.update(existing.id, { region_id: region.id }, { fields: "id,region_id" }, authHeaders);
      return cart;
    }
    return existing;
  }
  const { cart } = await sdk.store.cart.create({ region_id: region.id }, { fields: "id,region_id" }, authHeaders);
  await setCartId(cart.id);
  return cart;
}

/**
 * Moves the visitor's cart (if any) into the market's region; prices are recalculated in the new
 * currency. A shipping address outside the new region is dropped by the checkout's next step.
 */
export async function moveCartToMarket(market: Market): Promise<void> {
  const cart = await retrieveCart(undefined, "id,region_id,currency_code,completed_at");
  if (!cart) return;
  if (cart.currency_code?.toLowerCase() === marketCurrency[market]) return;
  const region = await getMarketRegion(market);
  await getMedusaSdk().store.cart.update(cart.id, { region_id: region.id }, { fields: "id" }, await getAuthHeaders());
}

/** Forget the cart (after it became an order, or when the backend no longer knows it). */
export async function forgetCart(): Promise<void> {
  await removeCartId();
}

/** Number of pieces in a cart (sum of quantities). */
export function cartItemCount(cart: Pick<HttpTypes.StoreCart, "items"> | null): number {
  return (cart?.items ?? []).reduce((sum, item) => sum + (item.quantity ?? 0), 0);
}

/**
 * The visitor's cart for the cart and checkout pages, moved into the page's market first when it
 * is in another region (she switched market in another tab, or the cookie changed).
 */
export async function retrieveCartForMarket(market: Market, locale: AppLocale): Promise<HttpTypes.StoreCart | null> {
  const cart = await retrieveCart(locale);
  if (!cart) return null;
  if (cart.currency_code?.toLowerCase() === marketCurrency[market]) return cart;
  // While the market is being switched, the page of the old market is rendered once more (after
  // the server action set the new cookie): it must not move the cart back.
  const chosen = (await cookies()).get(MARKET_COOKIE)?.value;
  if (isMarket(chosen) && chosen !== market) return cart;
  try {
    await moveCartToMarket(market);
    return await retrieveCart(locale);
  } catch {
    return cart;
  }
}

/** The shipping options that can deliver this cart (its address decides the zone), with prices. */
export async function listCartShippingOptions(cartId: string): Promise<HttpTypes.StoreCartShippingOption[]> {
  const { shipping_options } = await getMedusaSdk().store.fulfillment.listCartOptions(
    { cart_id: cartId },
    await getAuthHeaders(),
  );
  return shipping_options;
}

export type LocalizedTitles = Record<string, { productTitle: string; variantTitle: string | null; handle: string | null }>;

/**
 * The given products with the fields asked for, in `locale` when given: one store API read for
 * the cart's lines. An error (the backend away, a product gone) reads as none: what the cart
 * shows from them (stock, titles) then falls back to the line items' own.
 */
async function productsOfLines(productIds: string[], fields: string, locale?: AppLocale): Promise<HttpTypes.StoreProduct[]> {
  const ids = [...new Set(productIds.filter(Boolean))];
  if (!ids.length) return [];
  try {
    const { products } = await getMedusaSdk().store.product.list({
      id: ids,
      limit: ids.length,
      fields,
      ...(locale ? { locale: toApiLocale(locale) } : {}),
    } as HttpTypes.StoreProductListParams);
    return products;
  } catch {
    return [];
  }
}

/**
 * What is in stock of each variant of these products, as the product page reads it (the store
 * API's inventory_quantity for the key's sales channel): the cart offers no more than that.
 * Unknown (an error, a product gone) is left out: the cart then offers its usual choices.
 */
export async function variantStock(productIds: string[]): Promise<Record<string, StockState>> {
  const products = await productsOfLines(productIds, "id,variants.id,variants.manage_inventory,variants.allow_backorder,+variants.inventory_quantity");
  const stock: Record<string, StockState> = {};
  for (const product of products) {
    for (const variant of product.variants ?? []) stock[variant.id] = stockState(variant);
  }
  return stock;
}

/**
 * Product and variant titles in the page's language for the given variants. Line items keep the
 * titles of the moment they were added (Chinese, the base language); English comes from the
 * catalog's translations.
 */
export async function localizedVariantTitles(productIds: string[], locale: AppLocale): Promise<LocalizedTitles> {
  const products = await productsOfLines(productIds, "id,title,handle,variants.id,variants.title", locale);
  const titles: LocalizedTitles = {};
  for (const product of products) {
    for (const variant of product.variants ?? []) {
      titles[variant.id] = { productTitle: product.title, variantTitle: variant.title ?? null, handle: product.handle ?? null };
    }
  }
  return titles;
}
