"use client";

import { useTranslations } from "@/i18n/client";
import { useActionState, useId, useState } from "react";
import { resetArtisanPassword, type ResetPasswordState } from "@/lib/desk/actions";
import { KeyIcon } from "./icons";

/** The password in groups of four digits, easier to read out and to copy onto paper. */
function spaced(password: string): string {
  return password.replace(/(.{4})(?=.)/g, "$1 ");
}

/**
 * "New password" for one woman: asks first (her old password stops working), then shows the new
 * one once, large, to read out or write down. Closing it forgets it.
 */
export function ResetPassword({ artisanId, name, locale }: { artisanId: string; name: string; locale: string }) {
  const t = useTranslations("DeskWomen");
  const [step, setStep] = useState<"idle" | "confirm" | "closed">("idle");
  const [state, action, pending] = useActionState<ResetPasswordState, FormData>(resetArtisanPassword, {});
  const id = useId();

  if (state.password && step !== "closed") {
    return (
      <div role="status" aria-labelledby={`${id}-title`} className="mt-2 w-full rounded-xl border-2 border-cinnabar-700 bg-white p-4" data-testid="new-password">
        <p id={`${id}-title`} className="text-base font-medium">
          {t("newPasswordFor", { name })}
        </p>
        <p className="my-2 text-center font-mono text-4xl font-bold tracking-wider text-cinnabar-700 tabular-nums" data-testid="new-password-value" data-password={state.password}>
          {spaced(state.password)}
        </p>
        <p className="text-base">{t("newPasswordHelp")}</p>
        <button
          type="button"
          onClick={() => setStep("closed")}
          className="mt-3 min-h-12 w-full rounded-full bg-ink px-4 text-base font-semibold text-white"
          data-testid="new-password-done"
        >
          {t("done")}
        </button>
      </div>
    );
  }

  if (step !== "confirm") {
    return (
      <button
        type="button"
        onClick={() => setStep("confirm")}
        data-testid="reset-open"
        aria-label={t("resetLabel", { name })}
        className="flex min-h-11 items-center gap-1 rounded-full border border-gold-400 px-3 text-sm text-ink hover:bg-gold-100"
      >
        <KeyIcon size={18} />
        {t("reset")}
      </button>
    );
  }

  return (
    <form action={action} className="mt-2 w-full space-y-2 rounded-lg bg-gold-100 p-3" data-testid="reset-form">
      <input type="hidden" name="artisan_id" value={artisanId} />
      <input type="hidden" name="locale" value={locale} />
      <p className="text-base">{t("resetConfirmText", { name })}</p>
      {state.error ? (
        <p role="alert" className="text-base font-medium text-cinnabar-700">
          {t(`errors.${state.error}`)}
        </p>
      ) : null}
      <div className="flex gap-2">
        <button
          type="submit"
          disabled={pending}
          data-testid="reset-confirm"
          className="min-h-11 rounded-full bg-cinnabar-700 px-4 text-base font-medium text-white disabled:opacity-60"
        >
          {t("resetConfirm")}
        </button>
        <button type="button" onClick={() => setStep("idle")} className="min-h-11 rounded-full border border-gold-400 px-4 text-base">
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
