"use client";

import { useTranslations } from "@/i18n/client";
import { useActionState, useState } from "react";
import type { AppLocale } from "@/i18n/locales";
import { saveContactAndAddress } from "@/lib/actions/checkout";
import { idleState } from "@/lib/actions/form-state";
import { addressToFormValues } from "@/lib/checkout/address";
import type { ChinaDivisionChoices } from "@/lib/checkout/china-divisions";
import type { Market } from "@/lib/market";
import { AddressFields } from "./address-fields";
import { FormMessage, TextField, primaryButton } from "./field";

export type SavedAddress = { id: string; label: string; address: Record<string, string | null> };

type Props = {
  locale: AppLocale;
  market: Market;
  countries: string[];
  initial: Record<string, string>;
  /** China market: the province → city → district choices for `initial` */
  divisions: ChinaDivisionChoices | null;
  savedAddresses: SavedAddress[];
  loggedInEmail: string | null;
};

/** Step 1: e-mail and delivery address, checked by the server (errors come back per field). */
export function ContactStep({ locale, market, countries, initial, divisions, savedAddresses, loggedInEmail }: Props) {
  const t = useTranslations("CheckoutPage");
  const [state, formAction, pending] = useActionState(saveContactAndAddress, idleState);
  // A saved address she picked fills the address fields (anew: its province's cities are
  // fetched), until the server answers the form again.
  const [filled, setFilled] = useState<{ id: string; values: Record<string, string>; answer: typeof state } | null>(null);
  const picked = filled && filled.answer === state ? filled : null;
  const values = picked?.values ?? state.values ?? initial;
  const errors = picked ? {} : (state.errors ?? {});

  const fillFrom = (id: string) => {
    const saved = savedAddresses.find((address) => address.id === id);
    if (saved) setFilled({ id, values: { ...values, ...addressToFormValues(market, saved.address) }, answer: state });
  };

  return (
    <form action={formAction} noValidate className="space-y-6" data-testid="contact-form">
      <input type="hidden" name="locale" value={locale} />
      <FormMessage message={state.status === "error" ? state.message : undefined} />
      <TextField
        name="email"
        type="email"
        inputMode="email"
        label={t("email")}
        hint={loggedInEmail ? t("loggedInAs", { email: loggedInEmail }) : t("emailHint")}
        required
        autoComplete="email"
        defaultValue={values.email}
        error={errors.email}
      />
      {savedAddresses.length > 0 && (
        <div>
          <label htmlFor="saved-address" className="block text-sm font-medium text-ink">
            {t("savedAddresses")}
          </label>
          <select
            id="saved-address"
            defaultValue=""
            onChange={(event) => fillFrom(event.target.value)}
            data-testid="saved-address-select"
            className="mt-1 block min-h-11 w-full rounded-sm border border-gold-200 bg-paper px-3 text-base"
          >
            <option value="">{t("savedAddressNone")}</option>
            {savedAddresses.map((address) => (
              <option key={address.id} value={address.id}>
                {address.label}
              </option>
            ))}
          </select>
        </div>
      )}
      <AddressFields
        key={picked?.id ?? "form"}
        market={market}
        countries={countries}
        values={values}
        errors={errors}
        divisions={state.divisions ?? divisions}
      />
      <button type="submit" disabled={pending} className={primaryButton} data-testid="contact-continue">
        {pending ? t("saving") : t("continue")}
      </button>
    </form>
  );
}
