"use client";

import { MAX_REASON_LENGTH } from "@jinxiu/workshop/domain/limits";
import { useTranslations } from "@/i18n/client";
import { useActionState, useId, useState } from "react";
import { reverseWorkEntry, type LateCorrectionAsk, type ReverseState } from "@/lib/desk/actions";
import { UndoIcon } from "./icons";

/**
 * "Reverse" on one entry: asks for the reason, then the entry shows as reversed (it never
 * disappears). In a closed or paid month it first says which month the money comes off
 * (`late`, from the page; or from the backend when the month closed since the page was read),
 * and the confirm button names that month.
 */
export function ReverseEntry({ entryId, locale, label, late }: { entryId: string; locale: string; label: string; late?: LateCorrectionAsk }) {
  const t = useTranslations("DeskHistory");
  const [open, setOpen] = useState(false);
  const [state, action, pending] = useActionState<ReverseState, FormData>(reverseWorkEntry, {});
  const id = useId();
  const ask = state.late ?? late;
  if (state.ok) return null;
  if (!open) {
    return (
      <button
        type="button"
        onClick={() => setOpen(true)}
        data-testid="reverse-open"
        aria-label={t("reverseLabel", { entry: label })}
        className="flex min-h-11 items-center gap-1 rounded-full border border-gold-400 px-3 text-sm text-ink hover:bg-gold-100"
      >
        <UndoIcon size={18} />
        {t("reverse")}
      </button>
    );
  }
  return (
    <form action={action} className="mt-2 w-full space-y-2 rounded-lg bg-gold-100 p-3" data-testid="reverse-form">
      <input type="hidden" name="id" value={entryId} />
      <input type="hidden" name="locale" value={locale} />
      {ask ? <input type="hidden" name="confirm_period" value={ask.period} /> : null}
      {ask ? (
        <p
          id={`${id}-late`}
          role={state.late ? "alert" : undefined}
          className="rounded-lg border border-cinnabar-700 bg-white p-2 text-base font-medium text-cinnabar-700"
          data-testid="reverse-late" data-period={ask.period}>
          {ask.note}
        </p>
      ) : null}
      <label htmlFor={`${id}-reason`} className="block text-base font-medium">
        {t("reason")}
      </label>
      <textarea
        id={`${id}-reason`}
        name="reason"
        aria-required="true"
        maxLength={MAX_REASON_LENGTH}
        rows={2}
        data-testid="reverse-reason"
        aria-invalid={state.error === "reason" || state.error === "reason_too_long" ? true : undefined}
        aria-describedby={[state.error && state.error !== "confirm" ? `${id}-error` : "", ask ? `${id}-late` : ""].filter(Boolean).join(" ") || undefined}
        className="block w-full rounded-lg border border-gold-400 bg-white p-2 text-base"
      />
      {state.error && state.error !== "confirm" ? (
        <p id={`${id}-error`} role="alert" className="text-base font-medium text-cinnabar-700">
          {t(`reverseErrors.${state.error}`, { max: MAX_REASON_LENGTH })}
        </p>
      ) : null}
      <div className="flex gap-2">
        <button
          type="submit"
          disabled={pending}
          data-testid="reverse-confirm"
          className="min-h-11 rounded-full bg-cinnabar-700 px-4 text-base font-medium text-white disabled:opacity-60"
        >
          {ask ? ask.confirm : t("reverseConfirm")}
        </button>
        <button type="button" onClick={() => setOpen(false)} className="min-h-11 rounded-full border border-gold-400 px-4 text-base">
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
