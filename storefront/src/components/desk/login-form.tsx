"use client";

import { useTranslations } from "@/i18n/client";
import { useActionState } from "react";

export type LoginFormState = { error?: string; email?: string; phone?: string; retryMinutes?: number };

type LoginFormProps = {
  /** "DeskLogin" or "MeLogin" */
  namespace: "DeskLogin" | "MeLogin";
  locale: string;
  /** "email" for coordinators, "phone" for artisans */
  identifier: "email" | "phone";
  action: (state: LoginFormState, formData: FormData) => Promise<LoginFormState>;
};

/** A two-field login (e-mail or phone, and password) with one clear error line. */
export function LoginForm({ namespace, locale, identifier, action }: LoginFormProps) {
  const t = useTranslations(namespace);
  const [state, formAction, pending] = useActionState(action, {});
  const errorId = "login-error";
  return (
    <form action={formAction} className="space-y-5" noValidate data-testid="login-form">
      <input type="hidden" name="locale" value={locale} />
      <div>
        <label htmlFor="login-identifier" className="mb-1.5 block text-base font-medium">
          {t("identifier")}
        </label>
        <input
          id="login-identifier"
          name={identifier}
          type={identifier === "email" ? "email" : "tel"}
          inputMode={identifier === "email" ? "email" : "tel"}
          autoComplete={identifier === "email" ? "username" : "tel"}
          required
          defaultValue={identifier === "email" ? state.email : state.phone}
          aria-invalid={state.error ? true : undefined}
          aria-describedby={state.error ? errorId : undefined}
          className="block min-h-12 w-full rounded-lg border border-gold-400 bg-white px-3 text-lg"
        />
      </div>
      <div>
        <label htmlFor="login-password" className="mb-1.5 block text-base font-medium">
          {t("password")}
        </label>
        <input
          id="login-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={state.error ? true : undefined}
          aria-describedby={state.error ? errorId : undefined}
          className="block min-h-12 w-full rounded-lg border border-gold-400 bg-white px-3 text-lg"
        />
      </div>
      <p id={errorId} role="alert" className="min-h-6 text-base font-medium text-cinnabar-700" data-testid="login-error">
        {state.error ? t(`errors.${state.error as "too_many_attempts"}`, { minutes: state.retryMinutes ?? 15 }) : ""}
      </p>
      <button
        type="submit"
        disabled={pending}
        className="flex min-h-12 w-full items-center justify-center rounded-full bg-cinnabar-700 px-6 text-lg font-semibold text-white hover:bg-cinnabar-800 disabled:opacity-60"
      >
        {pending ? t("signingIn") : t("submit")}
      </button>
      {t.has("forgot") ? (
        <p className="text-base text-ink-muted" data-testid="login-forgot">
          {t("forgot")}
        </p>
      ) : null}
    </form>
  );
}
