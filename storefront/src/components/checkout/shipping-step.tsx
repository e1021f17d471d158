"use client";

import { useTranslations } from "@/i18n/client";
import { useRouter } from "next/navigation";
import { useActionState, useState, useTransition } from "react";
import type { AppLocale } from "@/i18n/locales";
import { chooseShippingOption, selectShippingOption } from "@/lib/actions/checkout";
import { type FormState, idleState } from "@/lib/actions/form-state";
import { FormMessage, primaryButton } from "./field";

export type ShippingChoice = { id: string; label: string; price: string };

/**
 * Step 2: the shipping options that deliver to the address, with their prices. Choosing one saves
 * it on the cart at once and refreshes the page, so the summary's delivery line and total are the
 * cart's own before she continues.
 */
export function ShippingStep({ locale, options, selectedId }: { locale: AppLocale; options: ShippingChoice[]; selectedId: string | null }) {
  const t = useTranslations("CheckoutPage");
  const fieldErrors = useTranslations("FieldErrors");
  const router = useRouter();
  const [submitted, formAction, submitting] = useActionState(chooseShippingOption, idleState);
  const [selected, setSelected] = useState<FormState | null>(null);
  const [selecting, startSelecting] = useTransition();
  const pending = submitting || selecting;
  // The latest answer: the one to choosing an option, or to continuing.
  const state = selected ?? submitted;
  const error = state.errors?.shipping_option_id;

  const select = (optionId: string) => {
    startSelecting(async () => {
      const result = await selectShippingOption({ optionId, locale });
      setSelected(result);
      if (result.status === "error") return;
      // The step stays open once shipping counts as done (without ?step= the page would move on).
      const onThisStep = new URLSearchParams(window.location.search).get("step") === "shipping";
      if (onThisStep) router.refresh();
      else router.replace(`${window.location.pathname}?step=shipping`, { scroll: false });
    });
  };

  if (!options.length) {
    return (
      <p role="alert" className="text-cinnabar-700" data-testid="no-shipping-options">
        {t("noShippingOptions")}
      </p>
    );
  }
  return (
    <form action={formAction} onSubmit={() => setSelected(null)} className="space-y-6" data-testid="shipping-form">
      <input type="hidden" name="locale" value={locale} />
      <FormMessage message={state.status === "error" && !error ? state.message : undefined} />
      <fieldset aria-describedby={error ? "shipping-error" : undefined} aria-invalid={error ? true : undefined}>
        <legend className="sr-only">{t("steps.shipping")}</legend>
        <div className="space-y-3">
          {options.map((option, index) => (
            <label
              key={option.id}
              className="flex min-h-11 cursor-pointer items-center justify-between gap-4 rounded-sm border border-gold-200 px-4 py-3 has-[:checked]:border-cinnabar-700 has-[:checked]:bg-cinnabar-50 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-cinnabar-700"
            >
              <span className="flex items-center gap-3">
                <input
                  type="radio"
                  name="shipping_option_id"
                  value={option.id}
                  defaultChecked={selectedId ? option.id === selectedId : index === 0}
                  onChange={(event) => event.currentTarget.checked && select(option.id)}
                  className="h-4 w-4 accent-cinnabar-700"
                />
                <span>{option.label}</span>
              </span>
              <span className="text-ink">{option.price}</span>
            </label>
          ))}
        </div>
        {error && (
          <p id="shipping-error" className="mt-2 text-sm text-cinnabar-700" data-testid="field-error">
            {fieldErrors(error as "required")}
          </p>
        )}
      </fieldset>
      <p role="status" className="sr-only">
        {selecting ? t("updatingShipping") : ""}
      </p>
      <button type="submit" disabled={pending} className={primaryButton} data-testid="shipping-continue">
        {pending ? t("saving") : t("continue")}
      </button>
    </form>
  );
}
