"use client";

import { useTranslations } from "@/i18n/client";
import { startTransition, useActionState, useCallback, useEffect, useRef, useState } from "react";
import type { AppLocale } from "@/i18n/locales";
import { placeOrder } from "@/lib/actions/checkout";
import { idleState } from "@/lib/actions/form-state";
import { FormMessage, primaryButton } from "./field";
import { StripeCardPayment, type ConfirmCard } from "./stripe-card-payment";

type Props = {
  locale: AppLocale;
  /** set when the chosen provider is Stripe: the Payment Element confirms the card first */
  stripe: { publishableKey: string; clientSecret: string } | null;
  /** the amount to pay, formatted, shown beside the button */
  total: string;
};

/**
 * Step 4: place the order. With Stripe, the card is confirmed in the browser first (Stripe.js,
 * with the payment session's client secret); the server then completes the cart, and a declined
 * card comes back as a localized error with no order.
 */
export function ReviewStep({ locale, stripe, total }: Props) {
  const t = useTranslations("CheckoutPage");
  const errors = useTranslations("CheckoutErrors");
  const totals = useTranslations("Totals");
  const [state, formAction, pending] = useActionState(placeOrder, idleState);
  const [confirmCard, setConfirmCard] = useState<ConfirmCard | null>(null);
  const [cardError, setCardError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  // A function in state must be set through an updater, or React would call it.
  const onStripeReady = useCallback((confirm: ConfirmCard | null) => setConfirmCard(() => confirm), []);

  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    if (!stripe) return; // manual payment: the form's action runs as is
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    if (!confirmCard) {
      setCardError(t("stripeUnavailable"));
      return;
    }
    setCardError(null);
    setConfirming(true);
    const code = await confirmCard();
    setConfirming(false);
    if (code) {
      setCardError(errors.has(code as "unknown") ? errors(code as "unknown") : errors("card_declined"));
      return;
    }
    startTransition(() => formAction(formData));
  };

  // Back from a payment method that leaves the page (Alipay, WeChat Pay, 3-D Secure): Stripe adds
  // redirect_status and the PaymentIntent's client secret to the return URL. The payment is
  // already confirmed, so the order is placed at once, without confirming a second time.
  const returned = useRef(false);
  useEffect(() => {
    if (!stripe || returned.current) return;
    const query = new URLSearchParams(window.location.search);
    if (query.get("payment_intent_client_secret") !== stripe.clientSecret) return;
    returned.current = true;
    const status = query.get("redirect_status");
    if (status === "succeeded" || status === "processing") {
      const formData = new FormData();
      formData.set("locale", locale);
      startTransition(() => formAction(formData));
    } else {
      setCardError(errors("card_declined"));
    }
  }, [stripe, locale, formAction, errors]);

  const busy = pending || confirming;
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-6" data-testid="review-form">
      <input type="hidden" name="locale" value={locale} />
      {stripe && (
        <section aria-labelledby="card-heading" className="space-y-3">
          <h3 id="card-heading" className="text-sm font-medium text-ink">
            {t("cardHeading")}
          </h3>
          <StripeCardPayment publishableKey={stripe.publishableKey} clientSecret={stripe.clientSecret} locale={locale} onReady={onStripeReady} />
        </section>
      )}
      <FormMessage message={cardError ?? (state.status === "error" ? state.message : undefined)} />
      <p className="flex items-baseline justify-between gap-4 border-t border-gold-200 pt-4 text-lg font-semibold text-ink sm:justify-start">
        <span>{totals("total")}</span>
        <span data-testid="review-total">{total}</span>
      </p>
      <button type="submit" disabled={busy} className={`${primaryButton} w-full sm:w-auto`} data-testid="place-order">
        {busy ? t("placing") : t("placeOrder")}
      </button>
    </form>
  );
}
