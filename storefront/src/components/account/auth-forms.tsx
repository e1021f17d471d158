"use client";

import { useTranslations } from "@/i18n/client";
import { useActionState } from "react";
import { FormMessage, TextField, primaryButton } from "@/components/checkout/field";
import type { AppLocale } from "@/i18n/locales";
import { login, register } from "@/lib/actions/account";
import { idleState } from "@/lib/actions/form-state";

/** E-mail + password login; errors beside the fields, checked on the server. */
export function LoginForm({ locale, next }: { locale: AppLocale; next: string }) {
  const t = useTranslations("Account");
  const [state, formAction, pending] = useActionState(login, idleState);
  const errors = state.errors ?? {};
  return (
    <form action={formAction} noValidate className="space-y-5" data-testid="login-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="next" value={next} />
      <FormMessage message={state.status === "error" ? state.message : undefined} />
      <TextField name="email" type="email" inputMode="email" label={t("email")} required autoComplete="email" defaultValue={state.values?.email} error={errors.email} />
      <TextField name="password" type="password" label={t("password")} required autoComplete="current-password" error={errors.password} />
      <button type="submit" disabled={pending} className={`${primaryButton} w-full`} data-testid="login-submit">
        {pending ? t("loggingIn") : t("login")}
      </button>
    </form>
  );
}

/** Registration: name, e-mail, password (at least 8 characters). */
export function RegisterForm({ locale }: { locale: AppLocale }) {
  const t = useTranslations("Account");
  const [state, formAction, pending] = useActionState(register, idleState);
  const errors = state.errors ?? {};
  const values = state.values ?? {};
  return (
    <form action={formAction} noValidate className="space-y-5" data-testid="register-form">
      <input type="hidden" name="locale" value={locale} />
      <FormMessage message={state.status === "error" ? state.message : undefined} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="first_name" label={t("firstName")} required autoComplete="given-name" defaultValue={values.first_name} error={errors.first_name} />
        <TextField name="last_name" label={t("lastName")} autoComplete="family-name" defaultValue={values.last_name} error={errors.last_name} />
      </div>
      <TextField name="email" type="email" inputMode="email" label={t("email")} required autoComplete="email" defaultValue={values.email} error={errors.email} />
      <TextField name="password" type="password" label={t("password")} hint={t("passwordHint")} required autoComplete="new-password" error={errors.password} />
      <button type="submit" disabled={pending} className={`${primaryButton} w-full`} data-testid="register-submit">
        {pending ? t("registering") : t("register")}
      </button>
    </form>
  );
}
