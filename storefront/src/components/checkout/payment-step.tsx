"use client";

import { useTranslations } from "@/i18n/client";
import { useActionState } from "react";
import type { AppLocale } from "@/i18n/locales";
import { choosePaymentProvider } from "@/lib/actions/checkout";
import { idleState } from "@/lib/actions/form-state";
import { FormMessage, primaryButton } from "./field";

const KNOWN = ["pp_system_default", "pp_stripe_stripe"] as const;
type Known = (typeof KNOWN)[number];
const isKnown = (id: string): id is Known => (KNOWN as readonly string[]).includes(id);

/** Step 3: the region's payment providers that the shop can use here. */
export function PaymentStep({ locale, providers, selectedId }: { locale: AppLocale; providers: string[]; selectedId: string | null }) {
  const t = useTranslations("CheckoutPage");
  const fieldErrors = useTranslations("FieldErrors");
  const [state, formAction, pending] = useActionState(choosePaymentProvider, idleState);
  const error = state.errors?.provider_id;

  return (
    <form action={formAction} className="space-y-6" data-testid="payment-form">
      <input type="hidden" name="locale" value={locale} />
      <FormMessage message={state.status === "error" && !error ? state.message : undefined} />
      <fieldset aria-describedby={error ? "payment-error" : undefined}>
        <legend className="mb-3 text-sm text-ink-muted">{t("paymentLegend")}</legend>
        <div className="space-y-3">
          {providers.map((id, index) => (
            <label
              key={id}
              className="flex min-h-11 cursor-pointer items-start gap-3 rounded-sm border border-gold-200 px-4 py-3 has-[:checked]:border-cinnabar-700 has-[:checked]:bg-cinnabar-50 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-cinnabar-700"
            >
              <input
                type="radio"
                name="provider_id"
                value={id}
                defaultChecked={selectedId ? id === selectedId : index === 0}
                className="mt-1.5 h-4 w-4 accent-cinnabar-700"
                data-testid={`provider-${id}`}
              />
              <span>
                <span className="block text-ink">{isKnown(id) ? t(`providers.${id}`) : id}</span>
                {isKnown(id) && <span className="block text-sm text-ink-muted">{t(`providerHints.${id}`)}</span>}
              </span>
            </label>
          ))}
        </div>
        {error && (
          <p id="payment-error" className="mt-2 text-sm text-cinnabar-700" data-testid="field-error">
            {fieldErrors(error as "required")}
          </p>
        )}
      </fieldset>
      <button type="submit" disabled={pending} className={primaryButton} data-testid="payment-continue">
        {pending ? t("saving") : t("continue")}
      </button>
    </form>
  );
}
