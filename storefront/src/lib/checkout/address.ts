import { mainlandMobileDigits } from "@jinxiu/workshop/domain/mobile";
import { typedNumber } from "@jinxiu/workshop/domain/typed-numbers";
import type { Market } from "../market";
import { type ChinaProvince, checkChinaDivisions } from "./china-divisions";

/**
 * Checkout and account address rules, pure so they are tested without a browser or backend and
 * run the same on the server (the authority) and in the form.
 *
 * China market: recipient, 11-digit mainland mobile, province / city / district (a city of that
 * province, a district of that city: `checkChinaDivisions` over the dataset the caller passes),
 * street address, postal code optional (6 digits). Elsewhere: first and last name, street, city, state/province
 * (optional), postal code, country (one of the region's countries), phone optional.
 *
 * Errors are codes per field ("required", "invalid_mobile", ...); the pages translate them.
 */

export type FieldErrors = Record<string, string>;

export type AddressInput = Record<string, unknown>;

/** What Medusa stores for an address (cart shipping address, customer address). */
export type MedusaAddress = {
  first_name: string;
  last_name: string;
  phone: string;
  address_1: string;
  address_2: string;
  city: string;
  province: string;
  postal_code: string;
  country_code: string;
};

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

const MAX_TEXT = 120;

function text(input: AddressInput, key: string): string {
  const value = input[key];
  return typeof value === "string" ? value.trim().replace(/\s+/g, " ") : "";
}

/** A plausible e-mail address (one @, a dot in the domain, no spaces), lower-cased; or null. */
export function normalizeEmail(raw: unknown): string | null {
  if (typeof raw !== "string") return null;
  const email = raw.trim().toLowerCase();
  if (email.length > 254) return null;
  return /^[^\s@]+@[^\s@]+\.[^\s@.]+$/.test(email) ? email : null;
}

function required(errors: FieldErrors, field: string, value: string, max = MAX_TEXT) {
  if (!value) errors[field] = "required";
  else if (value.length > max) errors[field] = "too_long";
}

/**
 * A China-market address: recipient, mobile, province / city / district (chosen from `divisions`,
 * each within the one above), street, postal code.
 */
export function validateChinaAddress(input: AddressInput, divisions: readonly ChinaProvince[]): ValidationResult<MedusaAddress> {
  const errors: FieldErrors = {};
  const name = text(input, "name");
  const phoneRaw = text(input, "phone");
  const province = text(input, "province");
  const city = text(input, "city");
  const district = text(input, "district");
  const street = text(input, "address_1");
  // six digits, typed on a Chinese keyboard or not (５２６０００)
  const postal = typedNumber(text(input, "postal_code"));

  required(errors, "name", name, 50);
  if (!phoneRaw) errors.phone = "required";
  const mobile = phoneRaw ? mainlandMobileDigits(phoneRaw) : null;
  if (phoneRaw && !mobile) errors.phone = "invalid_mobile";
  Object.assign(errors, checkChinaDivisions(divisions, { province, city, district }));
  required(errors, "address_1", street, 200);
  if (postal && !/^\d{6}$/.test(postal)) errors.postal_code = "invalid_postal_code_cn";

  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    value: {
      first_name: name,
      last_name: "",
      phone: mobile!,
      province,
      city,
      // The district (区/县) is kept in address_2, so the staff see it in the admin as part of
      // the address.
      address_2: district,
      address_1: street,
      postal_code: postal,
      country_code: "cn",
    },
  };
}

/** An international address; `countries` are the ISO-2 codes of the region (lower case). */
export function validateInternationalAddress(
  input: AddressInput,
  countries: readonly string[],
): ValidationResult<MedusaAddress> {
  const errors: FieldErrors = {};
  const firstName = text(input, "first_name");
  const lastName = text(input, "last_name");
  const street = text(input, "address_1");
  const street2 = text(input, "address_2");
  const city = text(input, "city");
  const province = text(input, "province");
  const postal = text(input, "postal_code").normalize("NFKC").toUpperCase();
  const country = text(input, "country_code").toLowerCase();
  const phone = text(input, "phone");

  required(errors, "first_name", firstName, 50);
  required(errors, "last_name", lastName, 50);
  required(errors, "address_1", street, 200);
  if (street2.length > 200) errors.address_2 = "too_long";
  required(errors, "city", city, 80);
  if (province.length > 80) errors.province = "too_long";
  if (!postal) errors.postal_code = "required";
  else if (!/^[A-Z0-9][A-Z0-9 -]{1,9}$/.test(postal)) errors.postal_code = "invalid_postal_code";
  if (!country) errors.country_code = "required";
  else if (!countries.includes(country)) errors.country_code = "invalid_country";
  if (phone && !/^\+?[0-9][0-9\s\-().]{5,19}$/.test(phone)) errors.phone = "invalid_phone";

  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    value: {
      first_name: firstName,
      last_name: lastName,
      phone,
      address_1: street,
      address_2: street2,
      city,
      province,
      postal_code: postal,
      country_code: country,
    },
  };
}

/**
 * The address rules of a market: `countries` are the region's (international), `divisions` China's
 * administrative divisions (China market; server code passes `chinaDivisions()`).
 */
export function validateAddress(
  market: Market,
  input: AddressInput,
  countries: readonly string[],
  divisions: readonly ChinaProvince[],
): ValidationResult<MedusaAddress> {
  return market === "cn" ? validateChinaAddress(input, divisions) : validateInternationalAddress(input, countries);
}

/** The checkout's first step: e-mail plus the shipping address. */
export function validateContactAndAddress(
  market: Market,
  input: AddressInput,
  countries: readonly string[],
  divisions: readonly ChinaProvince[],
): ValidationResult<{ email: string; address: MedusaAddress }> {
  const email = normalizeEmail(input.email);
  const address = validateAddress(market, input, countries, divisions);
  const errors: FieldErrors = address.ok ? {} : { ...address.errors };
  if (!email) errors.email = typeof input.email === "string" && input.email.trim() ? "invalid_email" : "required";
  if (Object.keys(errors).length || !address.ok) return { ok: false, errors };
  return { ok: true, value: { email: email!, address: address.value } };
}

/**
 * The form values of a stored address (cart or customer address) in a market's form fields, the
 * inverse of validate*Address.
 */
export function addressToFormValues(market: Market, address: Partial<Record<keyof MedusaAddress, string | null>> | null | undefined): Record<string, string> {
  const a = address ?? {};
  const v = (key: keyof MedusaAddress) => (a[key] ?? "") as string;
  if (market === "cn") {
    return {
      name: [v("first_name"), v("last_name")].filter(Boolean).join(" "),
      phone: v("phone").replace(/^\+86/, ""),
      province: v("province"),
      city: v("city"),
      district: v("address_2"),
      address_1: v("address_1"),
      postal_code: v("postal_code"),
    };
  }
  return {
    first_name: v("first_name"),
    last_name: v("last_name"),
    address_1: v("address_1"),
    address_2: v("address_2"),
    city: v("city"),
    province: v("province"),
    postal_code: v("postal_code"),
    country_code: v("country_code"),
    phone: v("phone"),
  };
}

/** Lines to show an address: Chinese order (big to small) for China, Western order elsewhere. */
export function formatAddressLines(
  address: Partial<Record<keyof MedusaAddress, string | null>> | null | undefined,
  countryName?: (code: string) => string,
): string[] {
  if (!address) return [];
  const v = (key: keyof MedusaAddress) => (address[key] ?? "").trim();
  const name = [v("first_name"), v("last_name")].filter(Boolean).join(" ");
  if (v("country_code").toLowerCase() === "cn") {
    return [
      [name, v("phone")].filter(Boolean).join("  "),
      // a municipality's city is the municipality itself: 北京市 朝阳区, not 北京市 北京市 朝阳区
      [v("province"), v("city") === v("province") ? "" : v("city"), v("address_2")].filter(Boolean).join(" "),
      v("address_1"),
      v("postal_code"),
    ].filter(Boolean);
  }
  const code = v("country_code").toLowerCase();
  return [
    name,
    v("address_1"),
    v("address_2"),
    [v("postal_code"), v("city"), v("province")].filter(Boolean).join(" "),
    code ? (countryName ? countryName(code) : code.toUpperCase()) : "",
    v("phone"),
  ].filter(Boolean);
}
