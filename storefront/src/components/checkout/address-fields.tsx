"use client";

import { useLocale, useTranslations } from "@/i18n/client";
import type { FieldErrors } from "@/lib/checkout/address";
import type { ChinaDivisionChoices } from "@/lib/checkout/china-divisions";
import type { Market } from "@/lib/market";
import { ChinaDivisionFields } from "./china-division-fields";
import { SelectField, TextField } from "./field";

type Props = {
  market: Market;
  /** ISO-2 codes (lower case) of the region's countries, for the international country select */
  countries: string[];
  values: Record<string, string>;
  errors: FieldErrors;
  /** China market: the province → city → district choices for `values` (null elsewhere) */
  divisions: ChinaDivisionChoices | null;
};

const NO_DIVISIONS: ChinaDivisionChoices = { provinces: [], selected: null };

/**
 * The address fields of a market: China (recipient, mobile, province → city → district chosen
 * from lists, street, postal code optional) or international (names, street, city, state, postal
 * code, country).
 */
export function AddressFields({ market, countries, values, errors, divisions }: Props) {
  const t = useTranslations("AddressForm");
  const locale = useLocale();

  if (market === "cn") {
    return (
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="name" label={t("name")} required autoComplete="shipping name" defaultValue={values.name} error={errors.name} />
        <TextField
          name="phone"
          type="tel"
          inputMode="tel"
          label={t("phone")}
          hint={t("phoneHint")}
          required
          autoComplete="shipping tel-national"
          defaultValue={values.phone}
          error={errors.phone}
        />
        {/* new values (sent back by the server, or a saved address) start the choices afresh */}
        <ChinaDivisionFields
          key={[values.province, values.city, values.district].join("|")}
          choices={divisions ?? NO_DIVISIONS}
          values={values}
          errors={errors}
        />
        <TextField
          name="postal_code"
          label={t("postalCode")}
          inputMode="numeric"
          autoComplete="shipping postal-code"
          defaultValue={values.postal_code}
          error={errors.postal_code}
        />
        <TextField
          name="address_1"
          label={t("street")}
          hint={t("streetHint")}
          required
          autoComplete="shipping street-address"
          defaultValue={values.address_1}
          error={errors.address_1}
          className="sm:col-span-2"
        />
      </div>
    );
  }

  const names = new Intl.DisplayNames([locale], { type: "region" });
  const countryOptions = countries
    .map((code) => ({ value: code, label: names.of(code.toUpperCase()) ?? code.toUpperCase() }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField name="first_name" label={t("firstName")} required autoComplete="shipping given-name" defaultValue={values.first_name} error={errors.first_name} />
      <TextField name="last_name" label={t("lastName")} required autoComplete="shipping family-name" defaultValue={values.last_name} error={errors.last_name} />
      <TextField
        name="address_1"
        label={t("address1")}
        required
        autoComplete="shipping address-line1"
        defaultValue={values.address_1}
        error={errors.address_1}
        className="sm:col-span-2"
      />
      <TextField
        name="address_2"
        label={t("address2")}
        autoComplete="shipping address-line2"
        defaultValue={values.address_2}
        error={errors.address_2}
        className="sm:col-span-2"
      />
      <TextField name="city" label={t("cityIntl")} required autoComplete="shipping address-level2" defaultValue={values.city} error={errors.city} />
      <TextField name="province" label={t("provinceIntl")} autoComplete="shipping address-level1" defaultValue={values.province} error={errors.province} />
      <TextField name="postal_code" label={t("postalCodeIntl")} required autoComplete="shipping postal-code" defaultValue={values.postal_code} error={errors.postal_code} />
      <SelectField
        name="country_code"
        label={t("country")}
        required
        placeholder={t("countryPlaceholder")}
        autoComplete="shipping country"
        defaultValue={values.country_code}
        error={errors.country_code}
        options={countryOptions}
      />
      <TextField name="phone" type="tel" inputMode="tel" label={t("phoneIntl")} autoComplete="shipping tel" defaultValue={values.phone} error={errors.phone} />
    </div>
  );
}
