"use client";

import { useTranslations } from "@/i18n/client";
import { useActionState, useId } from "react";
import { AddressFields } from "@/components/checkout/address-fields";
import { FormMessage, primaryButton, secondaryButton } from "@/components/checkout/field";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/locales";
import { saveAddress } from "@/lib/actions/account";
import { idleState } from "@/lib/actions/form-state";
import type { ChinaDivisionChoices } from "@/lib/checkout/china-divisions";
import type { Market } from "@/lib/market";

type Props = {
  locale: AppLocale;
  format: Market;
  countries: string[];
  addressId?: string;
  initial: Record<string, string>;
  /** China format: the province → city → district choices for `initial` */
  divisions: ChinaDivisionChoices | null;
  isDefault: boolean;
};

/** Add or edit a saved address, in the China or the international format. */
export function AddressForm({ locale, format, countries, addressId, initial, divisions, isDefault }: Props) {
  const t = useTranslations("Account");
  const [state, formAction, pending] = useActionState(saveAddress, idleState);
  const values = state.values ?? initial;
  const defaultId = useId();
  return (
    <form action={formAction} noValidate className="space-y-5" data-testid="address-form" data-format={format}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="format" value={format} />
      {addressId && <input type="hidden" name="address_id" value={addressId} />}
      <FormMessage message={state.status === "error" ? state.message : undefined} />
      <AddressFields market={format} countries={countries} values={values} errors={state.errors ?? {}} divisions={state.divisions ?? divisions} />
      <div className="flex items-center gap-3">
        <input
          id={defaultId}
          type="checkbox"
          name="is_default_shipping"
          defaultChecked={state.values ? state.values.is_default_shipping === "on" : isDefault}
          className="h-5 w-5 accent-cinnabar-700"
        />
        <label htmlFor={defaultId} className="text-sm text-ink">
          {t("isDefault")}
        </label>
      </div>
      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={pending} className={primaryButton} data-testid="address-save">
          {t("saveAddress")}
        </button>
        <Link href="/account/addresses" className={secondaryButton}>
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}
