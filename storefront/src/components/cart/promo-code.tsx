"use client";

import { useTranslations } from "@/i18n/client";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { announceCartChanged } from "@/components/header/header-summary";
import type { AppLocale } from "@/i18n/locales";
import { applyPromoCode, removePromoCode } from "@/lib/actions/cart";

/** Apply a promotion code to the cart, or remove one that is applied. */
export function PromoCode({ codes, locale }: { codes: string[]; locale: AppLocale }) {
  const t = useTranslations("CartPage");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [code, setCode] = useState("");
  const inputId = useId();
  const errorId = useId();

  const apply = () => {
    setError(null);
    startTransition(async () => {
      const result = await applyPromoCode({ code, locale });
      if (result.ok) {
        setCode("");
        announceCartChanged();
        router.refresh();
      } else {
        setError(result.message);
      }
    });
  };

  return (
    <section aria-labelledby={`${inputId}-heading`} className="space-y-3" data-testid="promo-code">
      <h2 id={`${inputId}-heading`} className="text-sm font-medium tracking-widest text-gold-700">
        {t("promoHeading")}
      </h2>
      {codes.length > 0 && (
        <ul className="flex flex-wrap gap-2">
          {codes.map((applied) => (
            <li key={applied} className="inline-flex items-center gap-2 rounded-full bg-gold-100 px-3 py-1 text-sm" data-testid="promo-applied">
              <span>{t("promoApplied", { code: applied })}</span>
              <button
                type="button"
                disabled={pending}
                onClick={() =>
                  startTransition(async () => {
                    const result = await removePromoCode({ code: applied, locale });
                    if (!result.ok) setError(result.message);
                    announceCartChanged();
                    router.refresh();
                  })
                }
                className="min-h-8 rounded-full px-2 text-cinnabar-700 underline-offset-4 hover:underline"
                data-testid="promo-remove"
              >
                {t("promoRemove", { code: applied })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="flex gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          apply();
        }}
      >
        <label htmlFor={inputId} className="sr-only">
          {t("promoLabel")}
        </label>
        <input
          id={inputId}
          name="code"
          value={code}
          onChange={(event) => setCode(event.target.value)}
          autoComplete="off"
          placeholder={t("promoLabel")}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          data-testid="promo-input"
          className="min-h-11 w-full min-w-0 rounded-sm border border-gold-200 bg-paper px-3 text-base uppercase aria-[invalid=true]:border-cinnabar-700"
        />
        <button
          type="submit"
          disabled={pending || !code.trim()}
          data-testid="promo-apply"
          className="min-h-11 shrink-0 rounded-full border border-cinnabar-700 px-5 text-sm text-cinnabar-700 hover:bg-cinnabar-50 disabled:border-gold-200 disabled:text-ink-muted"
        >
          {t("promoApply")}
        </button>
      </form>
      {error && (
        <p id={errorId} role="alert" className="text-sm text-cinnabar-700" data-testid="promo-error">
          {error}
        </p>
      )}
    </section>
  );
}
