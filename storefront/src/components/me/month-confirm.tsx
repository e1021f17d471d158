"use client";

import { useTranslations } from "@/i18n/client";
import { useActionState } from "react";
import { confirmMonth, type ConfirmMonthState } from "@/lib/me/question-actions";
import { CheckIcon } from "@/components/desk/icons";

/**
 * "确认无误 / Confirm" for her month: once confirmed, what she confirmed (the day and the total
 * then), and a note when the month changed since (a correction came after).
 */
export function MonthConfirm({
  locale,
  period,
  confirmed,
  changedSince,
}: {
  locale: string;
  period: string;
  /** "You confirmed this month on … (total then …)", already worded; null when not confirmed */
  confirmed: string | null;
  /** "This month changed after you confirmed it…", when it did */
  changedSince: string | null;
}) {
  const t = useTranslations("MeQuestions");
  const [state, action, pending] = useActionState<ConfirmMonthState, FormData>(confirmMonth, {});
  if (confirmed) {
    return (
      <div className="mt-3 space-y-1 text-base" data-testid="month-confirmed">
        <p className="flex items-center gap-2 text-gold-700">
          <CheckIcon size={20} />
          {confirmed}
        </p>
        {changedSince ? <p className="text-cinnabar-700">{changedSince}</p> : null}
      </div>
    );
  }
  return (
    <form action={action} className="mt-3 space-y-1">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="period" value={period} />
      <p className="text-sm text-ink-muted">{t("confirmHint")}</p>
      <button
        type="submit"
        disabled={pending || state.ok}
        data-testid="month-confirm"
        className="flex min-h-11 items-center gap-2 rounded-full bg-cinnabar-700 px-4 text-base font-medium text-white disabled:opacity-60"
      >
        <CheckIcon size={20} />
        {t("confirm")}
      </button>
      {state.error ? (
        <p role="alert" className="text-base font-medium text-cinnabar-700">
          {t(`confirmErrors.${state.error}`)}
        </p>
      ) : null}
    </form>
  );
}
