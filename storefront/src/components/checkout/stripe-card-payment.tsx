"use client";

import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js";
import { loadStripe, type Stripe } from "@stripe/stripe-js";
import { useEffect, useMemo } from "react";
import type { AppLocale } from "@/i18n/locales";
import { classifyPaymentError } from "@/lib/checkout/backend-errors";

/** Confirms the card with Stripe; answers null when confirmed, else the shop's error code. */
export type ConfirmCard = () => Promise<string | null>;

const stripePromises = new Map<string, Promise<Stripe | null>>();
function stripeFor(publishableKey: string) {
  let promise = stripePromises.get(publishableKey);
  if (!promise) {
    promise = loadStripe(publishableKey);
    stripePromises.set(publishableKey, promise);
  }
  return promise;
}

type Props = {
  publishableKey: string;
  clientSecret: string;
  locale: AppLocale;
  onReady: (confirm: ConfirmCard | null) => void;
};

/**
 * Stripe's Payment Element for the payment session's PaymentIntent. The publishable key comes
 * from the server (runtime environment) as a prop; no secret is in the browser.
 */
export function StripeCardPayment({ publishableKey, clientSecret, locale, onReady }: Props) {
  const stripe = useMemo(() => stripeFor(publishableKey), [publishableKey]);
  return (
    <Elements stripe={stripe} options={{ clientSecret, locale: locale === "zh-CN" ? "zh" : "en" }}>
      <CardForm onReady={onReady} />
    </Elements>
  );
}

function CardForm({ onReady }: { onReady: Props["onReady"] }) {
  const stripe = useStripe();
  const elements = useElements();

  useEffect(() => {
    if (!stripe || !elements) {
      onReady(null);
      return;
    }
    onReady(async () => {
      const { error } = await stripe.confirmPayment({
        elements,
        redirect: "if_required",
        confirmParams: { return_url: window.location.href },
      });
      if (!error) return null;
      // Stripe's own codes (card_declined, expired_card, …) map onto the shop's messages.
      const code = error.code === "card_declined" && error.decline_code === "insufficient_funds" ? "insufficient_funds" : error.code;
      return classifyPaymentError(`(code: ${code ?? "card_declined"})`);
    });
  }, [stripe, elements, onReady]);

  return <PaymentElement data-testid="stripe-payment-element" />;
}
