"use client";

import { useTranslations } from "@/i18n/client";
import { useActionState, useId } from "react";
import { changePassword, setGoal, type GoalState, type PasswordState } from "@/lib/me/actions";
import { CheckIcon, LockIcon, TargetIcon } from "@/components/desk/icons";

const input = "block min-h-12 w-full rounded-lg border border-gold-400 bg-white px-3 text-lg";
const button = "flex min-h-12 w-full items-center justify-center rounded-full bg-cinnabar-700 px-6 text-lg font-semibold text-white hover:bg-cinnabar-800 disabled:opacity-60";

/** Her monthly goal in yuan (empty: no goal). */
export function GoalForm({ locale, current }: { locale: string; current: string }) {
  const t = useTranslations("MeSettings");
  const [state, action, pending] = useActionState<GoalState, FormData>(setGoal, {});
  const id = useId();
  return (
    <form action={action} className="space-y-3" data-testid="goal-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <h2 className="flex items-center gap-2 text-lg font-semibold">
        <TargetIcon size={22} />
        {t("goalHeading")}
      </h2>
      <label htmlFor={`${id}-goal`} className="block text-base">
        {t("goalLabel")}
      </label>
      <div className="flex items-center gap-2">
        <span className="text-2xl font-semibold" aria-hidden="true">¥</span>
        <input
          id={`${id}-goal`}
          name="goal"
          inputMode="decimal"
          autoComplete="off"
          defaultValue={state.value ?? current}
          aria-invalid={state.error ? true : undefined}
          aria-describedby={`${id}-goal-message`}
          data-testid="goal-input"
          className={`${input} text-2xl font-semibold tabular-nums`}
        />
      </div>
      <p id={`${id}-goal-message`} role="status" className={`min-h-6 text-base font-medium ${state.error ? "text-cinnabar-700" : "text-green-800"}`} data-testid="goal-message">
        {state.error ? t(`goalErrors.${state.error}`) : state.ok ? t(state.cleared ? "goalCleared" : "goalSaved") : ""}
      </p>
      <button type="submit" disabled={pending} className={button} data-testid="goal-save">
        {state.ok ? <CheckIcon size={22} className="mr-1" /> : null}
        {t("goalSave")}
      </button>
    </form>
  );
}

/** Change her password: the current one first. */
export function PasswordForm() {
  const t = useTranslations("MeSettings");
  const [state, action, pending] = useActionState<PasswordState, FormData>(changePassword, {});
  const id = useId();
  const field = (name: string, label: string, autoComplete: string) => (
    <div>
      <label htmlFor={`${id}-${name}`} className="mb-1 block text-base">
        {label}
      </label>
      <input
        id={`${id}-${name}`}
        name={name}
        type="password"
        autoComplete={autoComplete}
        aria-invalid={
          (state.error === "wrong_current" && name === "current_password") ||
          ((state.error === "too_short" || state.error === "blank_edges" || state.error === "mismatch") && name !== "current_password")
            ? true
            : undefined
        }
        aria-describedby={`${id}-message`}
        data-testid={`password-${name}`}
        className={input}
      />
    </div>
  );
  return (
    <form action={action} className="space-y-3" data-testid="password-form" noValidate>
      <h2 className="flex items-center gap-2 text-lg font-semibold">
        <LockIcon size={22} />
        {t("passwordHeading")}
      </h2>
      {field("current_password", t("currentPassword"), "current-password")}
      {field("new_password", t("newPassword"), "new-password")}
      {field("repeat_password", t("repeatPassword"), "new-password")}
      <p id={`${id}-message`} role="status" className={`min-h-6 text-base font-medium ${state.error ? "text-cinnabar-700" : "text-green-800"}`} data-testid="password-message">
        {state.error ? t(`passwordErrors.${state.error}`) : state.ok ? t("passwordSaved") : ""}
      </p>
      <button type="submit" disabled={pending} className={button} data-testid="password-save">
        {t("passwordSave")}
      </button>
    </form>
  );
}
