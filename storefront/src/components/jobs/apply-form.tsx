"use client";

import { useTranslations } from "@/i18n/client";
import { type ReactNode, useActionState, useEffect, useRef } from "react";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/locales";
import { type ApplyState, applyToOpening } from "@/lib/actions/jobs";
import type { ApplyErrorCode } from "@/lib/jobs/apply-form";

const inputClass =
  "mt-1 block min-h-12 w-full rounded-sm border bg-paper px-3 py-2 text-lg text-ink focus:border-cinnabar-700 aria-[invalid=true]:border-cinnabar-700 aria-[invalid=true]:bg-cinnabar-50";

type FieldProps = {
  name: string;
  label: string;
  hint?: string;
  error?: ApplyErrorCode;
  required?: boolean;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
};

/** A label, the input, its hint and, when refused, the reason beside it in the page's language. */
function Field({ name, label, hint, error, required, children }: FieldProps) {
  const t = useTranslations("JobApply");
  const id = `apply-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div data-field={name}>
      <label htmlFor={id} className="block text-base font-medium text-ink">
        {label}
        {required && <span className="ml-1 text-sm font-normal text-ink-muted">{t("requiredMark")}</span>}
      </label>
      {children({ id, describedBy, invalid: Boolean(error) })}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-ink-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-base text-cinnabar-700" data-testid="field-error" data-field-error={error}>
          {t(`errors.${error}`)}
        </p>
      )}
    </div>
  );
}

/** What she sees once the application is in: her private status link, to keep. */
function Applied({ state }: { state: Extract<ApplyState, { status: "applied" }> }) {
  const t = useTranslations("JobApply");
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div role="status" className="rounded-sm border-2 border-cinnabar-700 bg-cinnabar-50 p-5" data-testid="apply-done" data-updated={state.updated}>
      <h3 ref={heading} tabIndex={-1} className="text-xl font-semibold text-ink outline-none">
        {state.updated ? t("done.updatedTitle") : t("done.createdTitle")}
      </h3>
      <p className="mt-2 text-ink">{state.updated ? t("done.updatedBody") : t("done.createdBody")}</p>
      <p className="mt-5 text-sm font-medium text-gold-700">{t("done.linkLabel")}</p>
      <p className="mt-1 break-all rounded-sm border border-gold-200 bg-paper p-3 font-mono text-base text-ink select-all" data-testid="status-link">
        {state.statusUrl}
      </p>
      <p className="mt-3 text-ink">{t("done.keepIt")}</p>
      <p className="mt-2 text-sm text-ink-muted">{t("done.smsToo")}</p>
      <Link
        href={state.statusPath}
        className="mt-5 inline-flex min-h-12 w-full items-center justify-center rounded-full bg-cinnabar-700 px-6 text-lg text-paper hover:bg-cinnabar-800 sm:w-auto"
        data-testid="status-link-open"
      >
        {t("done.open")}
      </Link>
    </div>
  );
}

/**
 * Applying to an opening without an account: checked on the server (errors beside the fields,
 * in her language), sent with the page's locale. Works before JavaScript has loaded too.
 */
export function ApplyForm({ openingId, locale }: { openingId: string; locale: AppLocale }) {
  const t = useTranslations("JobApply");
  const [state, formAction, pending] = useActionState(applyToOpening, { status: "idle" } as ApplyState);
  if (state.status === "applied") return <Applied state={state} />;
  const errors = state.status === "error" ? (state.errors ?? {}) : {};
  const values = state.status === "error" ? state.values : {};
  const border = (invalid: boolean) => (invalid ? "border-cinnabar-700" : "border-gold-200");

  return (
    <form action={formAction} noValidate className="space-y-5" data-testid="apply-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="opening_id" value={openingId} />
      {state.status === "error" && (
        <p role="alert" className="rounded-sm bg-cinnabar-50 px-4 py-3 text-base text-cinnabar-800" data-testid="form-error">
          {state.message}
        </p>
      )}
      <Field name="name" label={t("name")} error={errors.name} required>
        {({ id, describedBy, invalid }) => (
          <input id={id} name="name" type="text" autoComplete="name" defaultValue={values.name} aria-invalid={invalid || undefined} aria-describedby={describedBy} aria-required className={`${inputClass} ${border(invalid)}`} />
        )}
      </Field>
      <Field name="phone" label={t("phone")} hint={t("phoneHint")} error={errors.phone} required>
        {({ id, describedBy, invalid }) => (
          <input id={id} name="phone" type="tel" inputMode="tel" autoComplete="tel-national" defaultValue={values.phone} aria-invalid={invalid || undefined} aria-describedby={describedBy} aria-required className={`${inputClass} ${border(invalid)}`} />
        )}
      </Field>
      <Field name="town" label={t("town")} hint={t("townHint")} error={errors.town} required>
        {({ id, describedBy, invalid }) => (
          <input id={id} name="town" type="text" autoComplete="address-level3" defaultValue={values.town} aria-invalid={invalid || undefined} aria-describedby={describedBy} aria-required className={`${inputClass} ${border(invalid)}`} />
        )}
      </Field>
      <Field name="availability" label={t("availability")} hint={t("availabilityHint")} error={errors.availability} required>
        {({ id, describedBy, invalid }) => (
          <textarea id={id} name="availability" rows={2} autoComplete="off" defaultValue={values.availability} aria-invalid={invalid || undefined} aria-describedby={describedBy} aria-required className={`${inputClass} ${border(invalid)}`} />
        )}
      </Field>
      <Field name="childcare_needs" label={t("childcare")} hint={t("childcareHint")} error={errors.childcare_needs}>
        {({ id, describedBy, invalid }) => (
          <textarea id={id} name="childcare_needs" rows={2} autoComplete="off" defaultValue={values.childcare_needs} aria-invalid={invalid || undefined} aria-describedby={describedBy} className={`${inputClass} ${border(invalid)}`} />
        )}
      </Field>
      <div data-field="consent">
        <label className="flex items-start gap-3 text-base text-ink">
          <input
            type="checkbox"
            name="consent"
            value="yes"
            defaultChecked={values.consent === "yes"}
            aria-invalid={errors.consent ? true : undefined}
            aria-describedby={errors.consent ? "apply-consent-error" : undefined}
            aria-required
            className="mt-0.5 size-6 shrink-0 accent-cinnabar-700"
            data-testid="apply-consent"
          />
          <span>
            {t("consent")} <span className="text-sm text-ink-muted">{t("requiredMark")}</span>
          </span>
        </label>
        {errors.consent && (
          <p id="apply-consent-error" className="mt-1 text-base text-cinnabar-700" data-testid="field-error" data-field-error={errors.consent}>
            {t(`errors.${errors.consent}`)}
          </p>
        )}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="inline-flex min-h-14 w-full items-center justify-center rounded-full bg-cinnabar-700 px-8 text-lg text-paper hover:bg-cinnabar-800 disabled:cursor-not-allowed disabled:bg-ink-muted/40 disabled:text-ink"
        data-testid="apply-submit"
      >
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
