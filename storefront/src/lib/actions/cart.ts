"use server";

import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { type AppLocale, isAppLocale, defaultLocale } from "@/i18n/locales";
import { MAX_QUANTITY } from "../catalog/stock";
import { classifyBackendError } from "../checkout/backend-errors";
import { promoCodeCandidates } from "../checkout/promo-code";
import { cartItemCount, getOrCreateCart, retrieveCart } from "../data/cart";
import { getAuthHeaders } from "../cookies";
import { MARKET_COOKIE, resolveMarket } from "../market";
import { getMedusaSdk } from "../medusa";

export type CartActionResult =
  | { ok: true; itemCount: number }
  | { ok: false; code: string; message: string };

async function failure(locale: AppLocale, code: string): Promise<CartActionResult> {
  const t = await getTranslations({ locale, namespace: "CheckoutErrors" });
  const message = t.has(code as "unknown") ? t(code as "unknown") : t("unknown");
  return { ok: false, code, message };
}

function validQuantity(quantity: unknown): quantity is number {
  return typeof quantity === "number" && Number.isInteger(quantity) && quantity >= 1 && quantity <= MAX_QUANTITY;
}

/**
 * Puts `quantity` pieces of a variant into the visitor's cart, creating the cart in her market's
 * region (cookie, else the page's language) when she has none. Answers the new number of pieces,
 * or an error code with a message in the page's language (e.g. out of stock).
 */
export async function addToCart(input: {
  variantId: string;
  quantity: number;
  locale: AppLocale;
}): Promise<CartActionResult> {
  const locale = isAppLocale(input?.locale) ? input.locale : defaultLocale;
  if (typeof input?.variantId !== "string" || !/^variant_[A-Za-z0-9]+$/.test(input.variantId)) {
    return failure(locale, "variant_not_found");
  }
  if (!validQuantity(input.quantity)) return failure(locale, "invalid_quantity");

  const market = resolveMarket((await cookies()).get(MARKET_COOKIE)?.value, locale);
  try {
    const cart = await getOrCreateCart(market);
    const { cart: updated } = await getMedusaSdk().store.cart.createLineItem(
      cart.id,
      { variant_id: input.variantId, quantity: input.quantity },
      { fields: "id,items.quantity" },
      await getAuthHeaders(),
    );
    return { ok: true, itemCount: cartItemCount(updated) };
  } catch (error) {
    return failure(locale, classifyBackendError(error));
  }
}

/** Changes a line's quantity (0 removes it). */
export async function updateLineItem(input: {
  lineItemId: string;
  quantity: number;
  locale: AppLocale;
}): Promise<CartActionResult> {
  const locale = isAppLocale(input?.locale) ? input.locale : defaultLocale;
  if (typeof input?.lineItemId !== "string" || input.lineItemId.length === 0) return failure(locale, "not_found");
  if (!(input.quantity === 0 || validQuantity(input.quantity))) return failure(locale, "invalid_quantity");
  const cart = await retrieveCart(undefined, "id,completed_at,items.id,items.quantity");
  if (!cart) return failure(locale, "cart_not_found");
  if (!(cart.items ?? []).some((item) => item.id === input.lineItemId)) return failure(locale, "not_found");
  const sdk = getMedusaSdk();
  const headers = await getAuthHeaders();
  try {
    if (input.quantity === 0) {
      await sdk.store.cart.deleteLineItem(cart.id, input.lineItemId, {}, headers);
      const after = await retrieveCart(undefined, "id,completed_at,items.quantity");
      return { ok: true, itemCount: cartItemCount(after) };
    }
    const { cart: updated } = await sdk.store.cart.updateLineItem(
      cart.id,
      input.lineItemId,
      { quantity: input.quantity },
      { fields: "id,items.quantity" },
      headers,
    );
    return { ok: true, itemCount: cartItemCount(updated) };
  } catch (error) {
    return failure(locale, classifyBackendError(error));
  }
}

/** Removes a line from the cart. */
export async function removeLineItem(input: { lineItemId: string; locale: AppLocale }): Promise<CartActionResult> {
  return updateLineItem({ ...input, quantity: 0 });
}

/** Applies a promotion code to the cart; an unknown or inapplicable code is an error. */
export async function applyPromoCode(input: { code: string; locale: AppLocale }): Promise<CartActionResult> {
  const locale = isAppLocale(input?.locale) ? input.locale : defaultLocale;
  const candidates = typeof input?.code === "string" ? promoCodeCandidates(input.code) : [];
  if (!candidates.length || candidates[0]!.length > 64) return failure(locale, "promo_code_required");
  const cart = await retrieveCart(undefined, "id,completed_at,items.quantity,promotions.code");
  if (!cart) return failure(locale, "cart_not_found");
  // Codes aren't case-sensitive for customers (jinxiu10 is JINXIU10); Medusa matches them
  // exactly, so the code is tried as typed, then in capitals, as the shop writes its codes.
  let lastError: unknown = null;
  for (const code of candidates) {
    try {
      const { cart: updated } = await getMedusaSdk().store.cart.addPromotions(
        cart.id,
        { promo_codes: [code] },
        { fields: "id,items.quantity,promotions.code" },
        await getAuthHeaders(),
      );
      // Medusa ignores a code it does not know (or that does not apply) without an error.
      if ((updated.promotions ?? []).some((promotion) => promotion.code?.toLowerCase() === code.toLowerCase())) {
        return { ok: true, itemCount: cartItemCount(updated) };
      }
    } catch (error) {
      lastError = error;
    }
  }
  if (lastError === null) return failure(locale, "invalid_promo_code");
  const classified = classifyBackendError(lastError);
  return failure(locale, classified === "unknown" ? "invalid_promo_code" : classified);
}

/** Removes a promotion code from the cart. */
export async function removePromoCode(input: { code: string; locale: AppLocale }): Promise<CartActionResult> {
  const locale = isAppLocale(input?.locale) ? input.locale : defaultLocale;
  const cart = await retrieveCart(undefined, "id,completed_at,items.quantity");
  if (!cart) return failure(locale, "cart_not_found");
  try {
    const { cart: updated } = await getMedusaSdk().store.cart.removePromotions(
      cart.id,
      { promo_codes: [String(input?.code ?? "")] },
      { fields: "id,items.quantity" },
      await getAuthHeaders(),
    );
    return { ok: true, itemCount: cartItemCount(updated) };
  } catch (error) {
    return failure(locale, classifyBackendError(error));
  }
}
