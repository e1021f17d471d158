"use server";

import { newPasswordProblem } from "@jinxiu/workshop/domain/passwords";
import { getTranslations } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { type AppLocale, defaultLocale, isAppLocale } from "@/i18n/locales";
import { validateAddress, normalizeEmail, type FieldErrors } from "../checkout/address";
import { chinaDivisionChoicesFor, chinaDivisions } from "../checkout/china-divisions-data";
import { classifyBackendError } from "../checkout/backend-errors";
import { safeAccountPath } from "../checkout/account-paths";
import { getAuthHeaders, getCartId, removeAuthToken, removeCartId, setAuthToken } from "../cookies";
import { getMarketRegion } from "../data/regions";
import { isMarket } from "../market";
import { getMedusaSdk } from "../medusa";
import { BackendUnreachableError, callBackend } from "../session/backend";
import { throttledMinutes } from "../session/login-throttle";
import { loginForwardingHeaders, rememberThisBrowser } from "../session/server";
import { type FormState, formValues } from "./form-state";

function localeOf(formData: FormData): AppLocale {
  const locale = formData.get("locale");
  return isAppLocale(locale) ? locale : defaultLocale;
}

async function formError(
  locale: AppLocale,
  code: string,
  extra: Partial<FormState> = {},
  args: Record<string, number> = {},
): Promise<FormState> {
  const t = await getTranslations({ locale, namespace: "CheckoutErrors" });
  return { status: "error", error: code, message: t.has(code as "unknown") ? t(code as "too_many_attempts", { minutes: 15, ...args }) : t("unknown"), ...extra };
}

/** The visitor's guest cart becomes the customer's (so her basket follows her login). */
async function transferGuestCart(token: string) {
  const cartId = await getCartId();
  if (!cartId) return;
  try {
    await getMedusaSdk().store.cart.transferCart(cartId, { fields: "id" }, { authorization: `Bearer ${token}` });
  } catch {
    // A cart that can't be transferred (completed, another customer's) is simply not carried over.
  }
}

type PasswordLogin = { token: string | null } | { retryMinutes: number };

/**
 * POST /auth/customer/emailpass with the visitor's address forwarded (the backend throttles
 * logins): her token, or how many minutes to wait after too many wrong passwords. Other refusals
 * are thrown with their status, for classifyBackendError.
 */
async function loginWithPassword(email: string, password: string): Promise<PasswordLogin> {
  const answer = await callBackend<{ token?: unknown; message?: unknown }>("/auth/customer/emailpass", {
    body: { email, password },
    headers: await loginForwardingHeaders(),
  });
  const retryMinutes = throttledMinutes(answer);
  if (retryMinutes) return { retryMinutes };
  if (!answer.ok) {
    const message = typeof answer.body?.message === "string" ? answer.body.message : `HTTP ${answer.status}`;
    throw Object.assign(new Error(message), { status: answer.status });
  }
  return { token: typeof answer.body?.token === "string" ? answer.body.token : null };
}

/** Logs a customer in with e-mail and password; the token goes into an httpOnly cookie. */
export async function login(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const values = formValues(formData, ["locale", "password"]);
  const email = normalizeEmail(formData.get("email"));
  const password = formData.get("password");
  const errors: FieldErrors = {};
  if (!email) errors.email = values.email?.trim() ? "invalid_email" : "required";
  if (typeof password !== "string" || !password) errors.password = "required";
  if (Object.keys(errors).length) return formError(locale, "invalid_fields", { errors, values });

  let signIn: PasswordLogin;
  try {
    signIn = await loginWithPassword(email!, password as string);
  } catch (error) {
    if (error instanceof BackendUnreachableError) return formError(locale, "unknown", { values });
    const code = classifyBackendError(error);
    return formError(locale, code === "unknown" || code === "not_found" ? "invalid_credentials" : code, { values });
  }
  if ("retryMinutes" in signIn) return formError(locale, "too_many_attempts", { values }, { minutes: signIn.retryMinutes });
  const token = signIn.token;
  if (!token) return formError(locale, "invalid_credentials", { values });
  await setAuthToken(token);
  await rememberThisBrowser();
  await transferGuestCart(token);
  redirect({ href: safeAccountPath(formData.get("next")), locale });
  return { status: "idle" };
}

/**
 * Registers a customer: her e-mail login (POST /auth/customer/emailpass/register), then her
 * customer record (POST /store/customers), then a normal login.
 */
export async function register(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const values = formValues(formData, ["locale", "password"]);
  const email = normalizeEmail(formData.get("email"));
  const password = formData.get("password");
  const firstName = (values.first_name ?? "").trim();
  const lastName = (values.last_name ?? "").trim();
  const errors: FieldErrors = {};
  if (!firstName) errors.first_name = "required";
  else if (firstName.length > 50) errors.first_name = "too_long";
  if (lastName.length > 50) errors.last_name = "too_long";
  if (!email) errors.email = values.email?.trim() ? "invalid_email" : "required";
  if (typeof password !== "string" || !password) errors.password = "required";
  else {
    const problem = newPasswordProblem(password);
    if (problem === "blank_edges") errors.password = "password_blank_edges";
    else if (problem === "too_short") errors.password = "password_too_short";
    else if (problem === "too_long") errors.password = "too_long";
  }
  if (Object.keys(errors).length) return formError(locale, "invalid_fields", { errors, values });

  const sdk = getMedusaSdk();
  let signIn: PasswordLogin;
  try {
    const registration = await sdk.auth.register("customer", "emailpass", { email: email!, password: password as string });
    await sdk.store.customer.create(
      { email: email!, first_name: firstName, last_name: lastName },
      { fields: "id" },
      { authorization: `Bearer ${registration}` },
    );
    signIn = await loginWithPassword(email!, password as string);
  } catch (error) {
    const code = classifyBackendError(error);
    if (code === "email_taken") return formError(locale, "email_taken", { errors: { email: "email_taken" }, values });
    return formError(locale, code, { values });
  }
  if ("retryMinutes" in signIn) return formError(locale, "too_many_attempts", { values }, { minutes: signIn.retryMinutes });
  const token = signIn.token;
  if (!token) return formError(locale, "unknown", { values });
  await setAuthToken(token);
  await transferGuestCart(token);
  redirect({ href: "/account", locale });
  return { status: "idle" };
}

/** Logs out: forgets the login and the cart that belonged to it. */
export async function logout(formData: FormData): Promise<void> {
  const locale = localeOf(formData);
  await removeAuthToken();
  await removeCartId();
  redirect({ href: "/account/login", locale });
}

/**
 * Adds or edits one of the customer's addresses, in the format of the market it is for (China or
 * international), optionally as her default shipping address.
 */
export async function saveAddress(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const values = formValues(formData, ["locale"]);
  const market = values.format;
  if (!isMarket(market)) return formError(locale, "unknown", { values });
  const headers = await getAuthHeaders();
  if (!("authorization" in headers)) redirect({ href: "/account/login", locale });

  // the form comes back listing the cities and districts of the province she sent
  const divisions = market === "cn" ? chinaDivisionChoicesFor(values) : undefined;
  let countries: string[] = [];
  try {
    const region = await getMarketRegion(market);
    const { region: full } = await getMedusaSdk().store.region.retrieve(region.id, { fields: "id,*countries" });
    countries = (full.countries ?? []).map((country) => country.iso_2?.toLowerCase() ?? "").filter(Boolean);
  } catch (error) {
    return formError(locale, classifyBackendError(error), { values, divisions });
  }
  const result = validateAddress(market, values, countries, chinaDivisions());
  if (!result.ok) return formError(locale, "invalid_fields", { errors: result.errors, values, divisions });
  const sdk = getMedusaSdk();
  let body = { ...result.value, is_default_shipping: values.is_default_shipping === "on" };
  try {
    // Her first address is her default one.
    if (!values.address_id) {
      const { count } = await sdk.store.customer.listAddress({ limit: 1, fields: "id" }, headers);
      if (count === 0) body = { ...body, is_default_shipping: true };
    }
    if (values.address_id) await sdk.store.customer.updateAddress(values.address_id, body, { fields: "id" }, headers);
    else await sdk.store.customer.createAddress(body, { fields: "id" }, headers);
  } catch (error) {
    return formError(locale, classifyBackendError(error), { values, divisions });
  }
  redirect({ href: "/account/addresses", locale });
  return { status: "idle" };
}

/** Deletes one of the customer's addresses. */
export async function deleteAddress(formData: FormData): Promise<void> {
  const locale = localeOf(formData);
  const id = formData.get("address_id");
  if (typeof id === "string" && id) {
    try {
      await getMedusaSdk().store.customer.deleteAddress(id, await getAuthHeaders());
    } catch {
      // Already gone, or not hers: the list shows what is left either way.
    }
  }
  redirect({ href: "/account/addresses", locale });
}

/** Makes one of the customer's addresses her default shipping address. */
export async function setDefaultAddress(formData: FormData): Promise<void> {
  const locale = localeOf(formData);
  const id = formData.get("address_id");
  if (typeof id === "string" && id) {
    try {
      await getMedusaSdk().store.customer.updateAddress(id, { is_default_shipping: true }, { fields: "id" }, await getAuthHeaders());
    } catch {
      // The list shows the current default either way.
    }
  }
  redirect({ href: "/account/addresses", locale });
}
