"use server";

import type { HttpTypes } from "@medusajs/types";
import { getTranslations } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { type AppLocale, defaultLocale, isAppLocale } from "@/i18n/locales";
import { addressToFormValues, validateAddress, validateContactAndAddress, normalizeEmail } from "../checkout/address";
import { classifyBackendError, classifyPaymentError } from "../checkout/backend-errors";
import { chinaDivisionChoicesFor, chinaDivisions } from "../checkout/china-divisions-data";
import { cheapestFirst } from "../checkout/shipping-choice";
import { marketOfCurrency } from "../checkout/market-of-cart";
import { getAuthHeaders, rememberOrder, removeCartId } from "../cookies";
import { CART_FIELDS, listCartShippingOptions, retrieveCart } from "../data/cart";
import { isUsableProvider, listPaymentProviders } from "../data/payment";
import { getMedusaSdk } from "../medusa";
import { type FormState, formValues } from "./form-state";

function localeOf(formData: FormData): AppLocale {
  const locale = formData.get("locale");
  return isAppLocale(locale) ? locale : defaultLocale;
}

async function formError(locale: AppLocale, code: string, extra: Partial<FormState> = {}): Promise<FormState> {
  const t = await getTranslations({ locale, namespace: "CheckoutErrors" });
  return { status: "error", error: code, message: t.has(code as "unknown") ? t(code as "unknown") : t("unknown"), ...extra };
}

function regionCountries(cart: HttpTypes.StoreCart): string[] {
  return (cart.region?.countries ?? []).map((country) => country.iso_2?.toLowerCase() ?? "").filter(Boolean);
}

/**
 * Step 1: the e-mail and the shipping address (also the billing address). Validated here, on the
 * server, with the market's rules (the cart's region decides: CNY → China format); nothing is
 * saved when any field is wrong.
 */
export async function saveContactAndAddress(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const values = formValues(formData, ["locale"]);
  const cart = await retrieveCart(undefined);
  if (!cart || !(cart.items ?? []).length) return formError(locale, "cart_not_found", { values });
  const market = marketOfCurrency(cart.currency_code);
  // the form comes back listing the cities and districts of the province she sent
  const divisions = market === "cn" ? chinaDivisionChoicesFor(values) : undefined;
  const result = validateContactAndAddress(market, values, regionCountries(cart), chinaDivisions());
  if (!result.ok) return formError(locale, "invalid_fields", { errors: result.errors, values, divisions });
  try {
    await getMedusaSdk().store.cart.update(
      cart.id,
      { email: result.value.email, shipping_address: result.value.address, billing_address: result.value.address },
      { fields: "id" },
      await getAuthHeaders(),
    );
  } catch (error) {
    return formError(locale, classifyBackendError(error), { values, divisions });
  }
  await saveCheapestDelivery(locale);
  redirect({ href: "/checkout?step=shipping", locale });
  return { status: "idle" };
}

/**
 * Sets the chosen shipping option as the cart's shipping method (Medusa replaces the one before),
 * so the cart's own totals include its price. Null when saved, else the form's error.
 */
async function saveShippingMethod(locale: AppLocale, optionId: unknown): Promise<FormState | null> {
  const cart = await retrieveCart(undefined, "id,completed_at,items.id,shipping_address.country_code,shipping_methods.shipping_option_id");
  if (!cart || !(cart.items ?? []).length) return formError(locale, "cart_not_found");
  if (!cart.shipping_address?.country_code) return formError(locale, "address_missing");
  if (typeof optionId !== "string" || !optionId) {
    return formError(locale, "invalid_fields", { errors: { shipping_option_id: "required" } });
  }
  // Chosen a moment ago (the summary already shows it): nothing to save again.
  if ((cart.shipping_methods ?? []).some((method) => method.shipping_option_id === optionId)) return null;
  try {
    const options = await listCartShippingOptions(cart.id);
    const option = options.find((candidate) => candidate.id === optionId);
    if (!option) {
      return formError(locale, "invalid_fields", { errors: { shipping_option_id: "invalid_option" } });
    }
    // The option's type code goes with the shipping method (and so with the order), so order
    // pages can name the delivery in the page's language.
    await getMedusaSdk().store.cart.addShippingMethod(
      cart.id,
      { option_id: optionId, data: { code: option.type?.code ?? null } },
      { fields: "id" },
      await getAuthHeaders(),
    );
  } catch (error) {
    return formError(locale, classifyBackendError(error));
  }
  return null;
}

/**
 * The next step ticks the cheapest delivery: when the cart has none yet, it is saved now, so the
 * summary shows its price and the total from the cart's own totals from the start. If it can't be
 * saved, nothing is lost: the step shows the options and she chooses (or continues) there.
 */
async function saveCheapestDelivery(locale: AppLocale): Promise<void> {
  try {
    const cart = await retrieveCart(undefined, "id,shipping_methods.id");
    if (!cart || (cart.shipping_methods ?? []).length) return;
    const [cheapest] = cheapestFirst(await listCartShippingOptions(cart.id));
    if (cheapest) await saveShippingMethod(locale, cheapest.id);
  } catch {
    // shown and chosen on the shipping step instead
  }
}

/**
 * Step 2, on choosing an option (before she continues): saved on the cart at once, so the page's
 * summary shows the delivery price and the total from the cart's own totals. The form refreshes
 * the page after it.
 */
export async function selectShippingOption(input: { optionId: string; locale: string }): Promise<FormState> {
  const locale = isAppLocale(input.locale) ? input.locale : defaultLocale;
  return (await saveShippingMethod(locale, input.optionId)) ?? { status: "idle" };
}

/** Step 2: one of the shipping options that can deliver this cart; then on to payment. */
export async function chooseShippingOption(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const failed = await saveShippingMethod(locale, formData.get("shipping_option_id"));
  if (failed) return failed;
  redirect({ href: "/checkout?step=payment", locale });
  return { status: "idle" };
}

/** Step 3: a payment provider of the cart's region; starts its payment session. */
export async function choosePaymentProvider(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const providerId = formData.get("provider_id");
  const cart = await retrieveCart(undefined, "id,region_id,completed_at,items.id,shipping_methods.id,*payment_collection,*payment_collection.payment_sessions");
  if (!cart || !(cart.items ?? []).length) return formError(locale, "cart_not_found");
  if (!(cart.shipping_methods ?? []).length) return formError(locale, "shipping_missing");
  if (typeof providerId !== "string" || !providerId) {
    return formError(locale, "invalid_fields", { errors: { provider_id: "required" } });
  }
  try {
    const providers = await listPaymentProviders(cart.region_id!);
    if (!providers.some((provider) => provider.id === providerId) || !isUsableProvider(providerId)) {
      return formError(locale, "invalid_fields", { errors: { provider_id: "invalid_option" } });
    }
    await getMedusaSdk().store.payment.initiatePaymentSession(cart, { provider_id: providerId }, {}, await getAuthHeaders());
  } catch (error) {
    return formError(locale, classifyBackendError(error));
  }
  redirect({ href: "/checkout?step=review", locale });
  return { status: "idle" };
}

/**
 * Places the order. Everything is checked again here, whatever the page showed: items, e-mail,
 * the address by the market's rules, a shipping method and a payment session of a usable
 * provider. Only then is the cart completed; a refused payment (e.g. a declined card) comes back
 * as a localized error and no order exists.
 */
export async function placeOrder(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const cart = await retrieveCart(undefined, CART_FIELDS);
  if (!cart || !(cart.items ?? []).length) return formError(locale, "cart_not_found");
  const market = marketOfCurrency(cart.currency_code);
  if (!normalizeEmail(cart.email)) return formError(locale, "address_missing");
  const address = validateAddress(market, addressToFormValues(market, cart.shipping_address), regionCountries(cart), chinaDivisions());
  if (!address.ok) return formError(locale, "address_missing");
  if (!(cart.shipping_methods ?? []).length) return formError(locale, "shipping_missing");
  const session = (cart.payment_collection?.payment_sessions ?? []).find((s) => s.status === "pending" || s.status === "authorized");
  if (!session || !isUsableProvider(session.provider_id)) return formError(locale, "payment_missing");

  let orderId: string;
  try {
    const result = await getMedusaSdk().store.cart.complete(cart.id, {}, await getAuthHeaders());
    if (result.type !== "order") {
      return formError(locale, classifyPaymentError(result.error?.message));
    }
    orderId = result.order.id;
  } catch (error) {
    const code = classifyBackendError(error);
    return formError(locale, code === "unknown" ? classifyPaymentError(error instanceof Error ? error.message : "") : code);
  }
  await removeCartId();
  await rememberOrder(orderId);
  redirect({ href: `/order/${orderId}/confirmed`, locale });
  return { status: "idle" };
}
